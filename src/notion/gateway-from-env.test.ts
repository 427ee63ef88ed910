import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useMswServer } from '../../test/msw.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { ConfigError } from '../errors.ts';
import { createNotionRequestStats } from './gateway.ts';
import { createNotionGatewayFromEnv } from './gateway-from-env.ts';

const TOKEN = 'secret_abc123TOKEN';
const server = useMswServer();

describe('createNotionGatewayFromEnv', () => {
  const config = makeConfig();

  it('requires NOTION_TOKEN', () => {
    expect(() => createNotionGatewayFromEnv({}, config)).toThrow(ConfigError);
    expect(() => createNotionGatewayFromEnv({ NOTION_TOKEN: ' ' }, config)).toThrow(
      'NOTION_TOKEN is not set',
    );
  });

  it('points the client at NOTION_API_BASE_URL', async () => {
    server.use(
      http.get('https://sandbox.test/v1/users/me', () => HttpResponse.json({ object: 'user', id: 'bot' })),
    );
    const stats = createNotionRequestStats();
    const gw = createNotionGatewayFromEnv(
      { NOTION_TOKEN: TOKEN, NOTION_API_BASE_URL: 'https://sandbox.test/v1/' },
      config,
      stats,
    );
    await gw.users.me();
    expect(stats.total).toBe(1);
  });

  it.each([
    { apiVersion: undefined, sent: '2026-03-11' },
    { apiVersion: '2025-09-03' as const, sent: '2025-09-03' },
    { apiVersion: '2026-03-11' as const, sent: '2026-03-11' },
  ])('sends Notion-Version $sent for notion.apiVersion $apiVersion', async ({ apiVersion, sent }) => {
    let seen: string | null = null;
    server.use(
      http.get('https://sandbox.test/v1/users/me', ({ request }) => {
        seen = request.headers.get('notion-version');
        return HttpResponse.json({ object: 'user', id: 'bot' });
      }),
    );
    const withVersion = makeConfig(apiVersion ? { notion: { ...config.notion, apiVersion } } : {});
    const gw = createNotionGatewayFromEnv(
      { NOTION_TOKEN: TOKEN, NOTION_API_BASE_URL: 'https://sandbox.test' },
      withVersion,
    );
    await gw.users.me();
    expect(seen).toBe(sent);
  });
});
