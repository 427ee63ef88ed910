import { describe, expect, it } from 'vitest';
import { ConfigError, NotionApiError } from '../errors.ts';
import type { Output } from './output.ts';
import { runCommand } from './run-command.ts';

function recorder(): Output & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), error: (l) => lines.push(l) };
}

describe('runCommand', () => {
  it.each([
    [
      'a config error',
      new ConfigError('config is invalid', { details: ['cycles[0].opens: expected a date as YYYY-MM-DD'] }),
      2,
      ['ConfigError: config is invalid', '  cycles[0].opens: expected a date as YYYY-MM-DD'],
    ],
    [
      'a refused Notion token',
      new NotionApiError('databases.retrieve failed with 401', { status: 401 }),
      2,
      [
        'NotionApiError: databases.retrieve failed with 401',
        '  Notion refused NOTION_TOKEN: set it to the current secret of the integration the databases are shared with.',
      ],
    ],
    [
      'an unexpected error',
      new TypeError('x is undefined'),
      1,
      [
        'Unexpected error: x is undefined',
        '  Run again with --debug for the stack trace, and please report it.',
      ],
    ],
  ])('reports %s and exits %i, without a stack trace', async (_label, error, code, lines) => {
    const output = recorder();
    expect(await runCommand(() => Promise.reject(error), { debug: false, output })).toBe(code);
    expect(output.lines).toEqual(lines);
  });

  it('prints the stack and every cause with --debug', async () => {
    const output = recorder();
    const error = new NotionApiError('pages.update failed', {
      cause: new Error('socket hang up'),
      status: 502,
    });
    await runCommand(() => Promise.reject(error), { debug: true, output });
    const text = output.lines.join('\n');
    expect(text).toContain('Caused by:');
    expect(text).toMatch(/Error: socket hang up\n\s+at /);
  });
});
