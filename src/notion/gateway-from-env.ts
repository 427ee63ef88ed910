import type { Config } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import {
  createNotionGateway,
  type NotionGateway,
  type NotionGatewayOptions,
  type NotionRequestStats,
} from './gateway.ts';

export type NotionEnv = Record<string, string | undefined>;

/** Extra knobs tests and the CLI may set; token, base URL and rate always come from env and config. */
export type NotionGatewayOverrides = Partial<
  Pick<NotionGatewayOptions, 'sleep' | 'random' | 'maxAttempts' | 'timeoutMs'>
>;

/**
 * Builds the gateway from `NOTION_TOKEN` and `NOTION_API_BASE_URL` (proxy or sandbox).
 * A missing token is a setup problem (exit 2), reported before any request is made.
 */
export function createNotionGatewayFromEnv(
  env: NotionEnv,
  config: Pick<Config, 'notion'>,
  stats?: NotionRequestStats,
  overrides: NotionGatewayOverrides = {},
): NotionGateway {
  const token = env.NOTION_TOKEN?.trim();
  if (!token) {
    throw new ConfigError('NOTION_TOKEN is not set', {
      details: [
        'Create an internal integration in Notion, share the databases with it, and export its secret as NOTION_TOKEN.',
      ],
    });
  }
  const rawBase = env.NOTION_API_BASE_URL?.trim();
  // The SDK appends "/v1/" itself; a trailing slash or "/v1" pasted by the user would double it.
  const baseUrl = rawBase ? rawBase.replace(/\/+$/, '').replace(/\/v1$/, '') : undefined;
  if (baseUrl !== undefined && !/^https?:\/\//i.test(baseUrl)) {
    throw new ConfigError(`NOTION_API_BASE_URL "${rawBase}" is not an http(s) URL`);
  }
  return createNotionGateway({
    ...overrides,
    token,
    baseUrl,
    notionVersion: config.notion.apiVersion,
    requestsPerSecond: config.notion.requestsPerSecond,
    waitBudgetMs: config.notion.waitBudgetSeconds * 1000,
    stats,
  });
}
