import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerDoctorCommand } from '../cli/commands/doctor.ts';
import { EXIT_OK, EXIT_SETUP } from '../exit-codes.ts';
import { ConfigError } from '../errors.ts';
import {
  doctorExitCode,
  formatFinding,
  ok,
  problem,
  problemFromError,
  skipped,
  summaryLine,
  warning,
} from './findings.ts';

describe('findings', () => {
  it.each([
    [ok('config', 'x.yaml is valid'), 'ok       config: x.yaml is valid'],
    [problem('notion token', 'refused.', 'set it'), 'problem  notion token: refused: set it'],
    [warning('reviews schema', 'no option', 'add it'), 'warning  reviews schema: no option: add it'],
    [skipped('notion schema', 'needs a token'), 'skipped  notion schema: needs a token'],
  ])('formats %o as one line', (finding, line) => {
    expect(formatFinding(finding)).toBe(line);
  });

  it.each([
    [[ok('a', 'fine'), warning('b', 'meh', 'do')], EXIT_OK, 'doctor: all checks passed (1 warning(s))'],
    [[ok('a', 'fine'), skipped('b', 'later')], EXIT_OK, 'doctor: all checks passed'],
    [
      [problem('a', 'bad', 'fix'), warning('b', 'meh', 'do')],
      EXIT_SETUP,
      'doctor: 1 problem(s), 1 warning(s); fix them and run doctor again',
    ],
  ])('exit code and summary for %o', (findings, code, summary) => {
    expect(doctorExitCode(findings)).toBe(code);
    expect(summaryLine(findings)).toBe(summary);
  });

  it('takes the fix of a known error from its details, and rethrows anything else', () => {
    const error = new ConfigError('NOTION_TOKEN is not set', { details: ['Export it.', ' Then retry. '] });
    expect(problemFromError('notion token', error, 'fallback').fix).toBe('Export it. Then retry.');
    expect(problemFromError('x', new ConfigError('bare'), 'fallback').fix).toBe('fallback');
    expect(() => problemFromError('x', new TypeError('bug'), 'fallback')).toThrow(TypeError);
  });
});

describe('registerDoctorCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('prints one line per check and exits 2 for a config file that is not there', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const program = new Command('review-sync').exitOverride();
    registerDoctorCommand(program);
    await program.parseAsync(['doctor', '--config', 'no-such-dir/review-sync.yaml'], { from: 'user' });
    expect(process.exitCode).toBe(EXIT_SETUP);
    expect(written.join('').split('\n')).toEqual([
      expect.stringMatching(/^problem {2}config: no file at no-such-dir\/review-sync.yaml; pass --config/),
      'skipped  notion: needs a valid config',
      'skipped  sources: needs a valid config',
      'doctor: 1 problem(s), 0 warning(s); fix them and run doctor again',
      '',
    ]);
  });
});
