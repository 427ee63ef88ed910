import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, readUtf8File } from './read-utf8.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('UTF-8 only', () => {
  it.each([
    ['plain ASCII', bytes(0x61, 0x62), -1],
    ['an accented name in UTF-8', Uint8Array.from(Buffer.from('Zoë Müller', 'utf8')), -1],
    ['an emoji', Uint8Array.from(Buffer.from('ok 👍', 'utf8')), -1],
    ['Latin-1 é', bytes(0x5a, 0x6f, 0xeb), 2],
    ['Windows-1252 curly quote', bytes(0x61, 0x93, 0x62), 1],
    ['a lone continuation byte', bytes(0x80), 0],
    ['a truncated sequence at the end', bytes(0x61, 0xe2, 0x82), 1],
    ['an overlong slash', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
  ])('%s: first bad byte at %s', (_label, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  it('drops a BOM', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41), 'a.csv')).toBe('A');
  });

  it('refuses a Latin-1 export with the file, line and byte, and what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-sync-csv-'));
    const path = join(dir, 'responses.csv');
    await writeFile(path, Buffer.from('Timestamp,Who\n2026-10-02,Zo\xeb\n', 'latin1'));
    const error = (await readUtf8File(path).catch((e: unknown) => e)) as Error & { details: string[] };
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe(`${path} is not UTF-8: byte 0xEB on line 2 (offset 27)`);
    expect(error.details.join(' ')).toContain('CSV UTF-8');
  });
});
