import { describe, expect, it } from 'vitest';
import { syncExitCode } from './sync-exit.ts';

const problem = { pageId: 'p1', dataSource: 'reviews', message: 'reviewee ("Reviewee") is empty' };

describe('syncExitCode', () => {
  it.each([
    ['a clean run', false, 0, 0, false, 0],
    ['a skipped page is a warning', false, 0, 1, false, 0],
    ['--strict turns the warning into a failure', false, 0, 1, true, 1],
    ['--strict with nothing skipped', false, 0, 0, true, 0],
    ['a failed review', false, 1, 0, false, 1],
    ['a failed review and a skipped page', false, 1, 1, false, 1],
    ['a dry run with a skipped page', true, 0, 1, false, 0],
    ['a dry run with --strict and a skipped page', true, 0, 1, true, 0],
  ])('%s exits as expected', (_label, dryRun, failures, problems, strict, code) => {
    const report = { dryRun, counts: { failures } as never, problems: Array(problems).fill(problem) };
    expect(syncExitCode(report, { strict })).toBe(code);
  });

  it('the block cap is a failed run even when every review wrote its properties', () => {
    const report = { dryRun: false, counts: { failures: 0 } as never, problems: [], blockLimit: 'cap' };
    expect(syncExitCode(report, { strict: false })).toBe(1);
  });
});
