import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.ts';

// A CSV that is not UTF-8 (Excel's "CSV" on Windows saves Windows-1252) would be read with replacement
// characters in every accented name, so reviewees stop matching without a word. It is refused instead,
// with where the first bad byte is, rather than guessed at: a guess can be wrong just as silently.

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong and surrogate forms are rejected by the decoder; check them with it.
    if (length > 1) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return -1;
}

/** Decodes UTF-8 (a BOM is dropped) or throws a ConfigError that names the file, line and byte. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new ConfigError(`${path} is not UTF-8: byte 0x${byte} on line ${line} (offset ${bad})`, {
      details: [
        'The file looks like it was saved in another encoding, such as Windows-1252 or Latin-1.',
        'Download the responses again from Google Forms (its CSV is UTF-8), or save the file as "CSV UTF-8".',
      ],
    });
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readUtf8File(path: string): Promise<string> {
  return decodeUtf8(await readFile(path), path);
}
