import { describe, expect, it } from 'vitest';
import { syncArguments } from './inputs.ts';

const REPORT = '/tmp/runner/review-sync-report.json';

describe('syncArguments', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['defaults', {}, ['sync', '--config', 'review-sync.yaml', '--report-file', REPORT]],
    [
      'every input',
      {
        INPUT_CONFIG: 'team/review-sync.yaml',
        'INPUT_DRY-RUN': 'true',
        INPUT_REVIEW: 'ada@example.com',
        INPUT_SHARD: '2/3',
        'INPUT_REPORT-FILE': 'out.json',
        'INPUT_LOG-DETAIL': 'full',
      },
      [
        'sync',
        '--config',
        'team/review-sync.yaml',
        '--report-file',
        'out.json',
        '--dry-run',
        '--review',
        'ada@example.com',
        '--shard',
        '2/3',
        '--log-detail',
        'full',
      ],
    ],
    [
      'empty strings, as the runner passes unset inputs',
      { INPUT_REVIEW: '', 'INPUT_DRY-RUN': 'false' },
      ['sync', '--config', 'review-sync.yaml', '--report-file', REPORT],
    ],
  ])('%s', (_label, env, args) => {
    expect(syncArguments(env, REPORT)).toEqual(args);
  });

  it('refuses a dry-run that is not a boolean', () => {
    expect(() => syncArguments({ 'INPUT_DRY-RUN': 'yes' }, REPORT)).toThrow('expected true or false');
  });
});
