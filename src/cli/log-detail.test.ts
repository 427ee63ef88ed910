import { describe, expect, it } from 'vitest';
import { errorKind, resolveLogDetail } from './log-detail.ts';

describe('resolveLogDetail', () => {
  it.each<[string | undefined, Record<string, string | undefined>, string]>([
    [undefined, { GITHUB_ACTIONS: 'true' }, 'aggregate'],
    [undefined, {}, 'full'],
    [undefined, { GITHUB_ACTIONS: 'false' }, 'full'],
    ['full', { GITHUB_ACTIONS: 'true' }, 'full'],
    ['aggregate', {}, 'aggregate'],
  ])('--log-detail %s with %j is %s', (flag, env, expected) => {
    expect(resolveLogDetail(flag, env)).toBe(expected);
  });

  it('rejects anything else as a config error', () => {
    expect(() => resolveLogDetail('names', {})).toThrow(/--log-detail "names": expected aggregate or full/);
  });
});

describe('errorKind', () => {
  it('keeps what failed and drops what the error said', () => {
    expect(errorKind('replace-summary: NotionApiError: title "Ada" too long')).toBe(
      'replace-summary: NotionApiError',
    );
  });
});
