import { describe, expect, it } from 'vitest';
import {
  BrakeStopError,
  ConfigError,
  GoogleApiError,
  InternalError,
  NoMatchingReviewError,
  NotionApiError,
} from './errors.ts';
import { exitCodeFor } from './exit-codes.ts';

describe('exitCodeFor', () => {
  it.each([
    ['a config error', new ConfigError('bad'), 2],
    ['the blast-radius brake', new BrakeStopError('stopped before writing'), 2],
    ['a --review that matched nothing', new NoMatchingReviewError('no review matches it'), 2],
    ['a Notion 401', new NotionApiError('no', { status: 401 }), 2],
    ['a Notion 403', new NotionApiError('no', { status: 403 }), 2],
    ['a Google 403', new GoogleApiError('no', { status: 403 }), 2],
    ['a Google 404 (wrong sheet or form id)', new GoogleApiError('no', { status: 404 }), 2],
    ['a Google 503 after its retry', new GoogleApiError('down', { status: 503 }), 1],
    ['a Notion 500 after retries', new NotionApiError('down', { status: 500 }), 1],
    ['an internal error', new InternalError('bug'), 1],
    ['an unknown error', new Error('boom'), 1],
  ])('%s exits %i', (_label, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it('keeps the original error as cause and sets name', () => {
    const cause = new Error('socket hang up');
    const error = new NotionApiError('pages.update failed', { cause, status: 502 });
    expect(error.name).toBe('NotionApiError');
    expect(error.cause).toBe(cause);
  });

  it.each([
    [new ConfigError('bad'), 'ConfigError'],
    [new BrakeStopError('stopped'), 'BrakeStopError'],
    [new NoMatchingReviewError('none'), 'NoMatchingReviewError'],
  ])('names %s after its type, as the CLI prints it', (error, name) => {
    expect(error.name).toBe(name);
  });
});
