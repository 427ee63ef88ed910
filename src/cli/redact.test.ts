import { describe, expect, it } from 'vitest';
import { redact } from './redact.ts';

const env = {
  NOTION_TOKEN: 'ntn_abcdefghijklmnopqrstuvwx',
  GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.a0AfH6SMBxyz1234567890',
};

describe('redact', () => {
  it.each([
    ['the Notion token itself', `token is ${env.NOTION_TOKEN}!`, 'token is [redacted]!'],
    ['the Google token itself', `got ${env.GOOGLE_OAUTH_ACCESS_TOKEN}`, 'got [redacted]'],
    ['a bearer header', 'authorization: Bearer abcdef123456789', 'authorization: Bearer [redacted]'],
    ['a Notion-looking token not in env', 'secret_0123456789abcdefXYZ', '[redacted]'],
    ['plain text', 'nothing to hide here', 'nothing to hide here'],
  ])('hides %s', (_label, input, expected) => {
    expect(redact(input, env)).toBe(expected);
  });

  it('ignores empty or very short variables, which would otherwise blank out ordinary text', () => {
    expect(redact('a b c', { NOTION_TOKEN: 'a' })).toBe('a b c');
  });
});
