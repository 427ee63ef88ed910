import { Client, type PageObjectResponse } from '@notionhq/client';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.ts';
import { startSandboxServer, type SandboxServer } from './server.ts';
import { IDS, reviewSeed, title } from '../../test/support/notion-emulator-sandbox.ts';

let server: SandboxServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('HTTP server', () => {
  it('serves the sandbox on 127.0.0.1 to the real SDK', async () => {
    const sandbox = createSandbox({
      seed: reviewSeed([{ id: IDS.page, properties: { Name: title('Ada review') } }]),
    });
    server = await startSandboxServer({ port: 0, sandbox });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // msw is not installed in this file, so this is a real socket round trip.
    const notion = new Client({ auth: 'any-token', baseUrl: server.url, retry: false });
    const query = await notion.dataSources.query({ data_source_id: IDS.dataSource });
    expect(query.results.map((p) => p.id)).toEqual([IDS.page]);
    const updated = (await notion.pages.update({
      page_id: IDS.page,
      properties: { Score: { number: 4 } },
    })) as PageObjectResponse;
    expect(updated.properties.Score).toMatchObject({ number: 4 });
    await notion.blocks.children.append({ block_id: IDS.page, children: [{ divider: {} }] });
    const blocks = await notion.blocks.children.list({ block_id: IDS.page });
    expect(blocks.results.map((b) => ('type' in b ? b.type : '?'))).toEqual(['divider']);
  });

  it('destroys the socket for a dropped-connection fault', async () => {
    const sandbox = createSandbox({ seed: reviewSeed() });
    sandbox.faults.script({ respond: 'drop' });
    server = await startSandboxServer({ port: 0, sandbox });
    await expect(
      fetch(`${server.url}/v1/users/me`, {
        headers: { authorization: 'Bearer t', 'notion-version': '2025-09-03' },
      }),
    ).rejects.toThrow();
    const ok = await fetch(`${server.url}/v1/users/me`, {
      headers: { authorization: 'Bearer t', 'notion-version': '2025-09-03' },
    });
    expect(ok.status).toBe(200);
  });

  it('closes an idle keep-alive connection after keepAliveTimeoutMs', async () => {
    server = await startSandboxServer({
      port: 0,
      sandbox: createSandbox({ seed: reviewSeed() }),
      keepAliveTimeoutMs: 300,
    });
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    let answered = 0;
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('data', () => (answered = Date.now()));
      socket.on('close', () => resolve(Date.now() - answered));
      socket.write(
        'GET /v1/users/me HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer t\r\n' +
          'Notion-Version: 2025-09-03\r\nConnection: keep-alive\r\n\r\n',
      );
    });
    expect(answered).toBeGreaterThan(0);
    // Node's default would keep it 5 s.
    expect(closedAfter).toBeGreaterThanOrEqual(200);
    expect(closedAfter).toBeLessThan(2_000);
  });
});
