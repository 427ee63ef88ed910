import { APIResponseError } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { IDS, reviewSeed, TOKEN, useNotionHarness } from '../../../test/support/notion-emulator-sandbox.ts';
import { missingCapabilities, requiredCapability } from './capabilities.ts';

const harness = useNotionHarness();

describe('capabilities by token', () => {
  it.each([
    ['secret_team', []],
    ['secret_team--without-insert-comments', ['insert-comments']],
    ['secret_team--without-insert-content--without-read-comments', ['insert-content', 'read-comments']],
    ['secret_team--without-everything', []],
  ])('%s lacks %j', (token, missing) => {
    expect([...missingCapabilities(token)]).toEqual(missing);
  });

  it.each([
    ['POST', '/comments', 'insert-comments'],
    ['GET', '/comments', 'read-comments'],
    ['POST', '/pages', 'insert-content'],
    ['POST', '/databases', 'insert-content'],
    ['PATCH', '/blocks/abc/children', 'insert-content'],
    ['PATCH', '/pages/abc', 'update-content'],
    ['PATCH', '/blocks/abc', 'update-content'],
    ['DELETE', '/blocks/abc', 'update-content'],
    ['GET', '/pages/abc', 'read-content'],
    ['GET', '/blocks/abc/children', 'read-content'],
    ['POST', '/data_sources/abc/query', 'read-content'],
    ['GET', '/users/me', null],
  ])('%s %s needs %s', (method, path, capability) => {
    expect(requiredCapability(method, path)).toBe(capability);
  });

  it('answers 403 restricted_resource to a token without the capability, and nothing changes', async () => {
    const sandbox = harness.install({ seed: reviewSeed() });
    const limited = harness.client({ auth: `${TOKEN}--without-insert-comments`, retry: false });
    const error = await limited.comments
      .create({ parent: { page_id: IDS.database }, rich_text: [{ text: { content: 'hi' } }] })
      .catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && [error.status, error.code, error.message]).toEqual([
      403,
      'restricted_resource',
      'Insufficient permissions for this endpoint.',
    ]);
    expect(sandbox.notion.store.comments.size).toBe(0);
    // Everything else still works with the same token.
    expect(await limited.users.me({})).toMatchObject({ type: 'bot' });
  });
});
