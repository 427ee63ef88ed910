/**
 * HMAC-SHA256 (RFC 2104) in plain JavaScript, for the order keys of highlights: byte for byte what
 * `createHmac('sha256', key).update(message, 'utf8').digest()` gives, since the keys decide which
 * comments a stored summary shows. A comment is a block or two, where Node's createHmac spends
 * several times the hashing itself on preparing the key and crossing into native code for every
 * message; here the padded key is hashed once per review and each message costs its own blocks only.
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4). */
// Signed 32-bit words throughout: V8 keeps them as small integers, where unsigned ones above 2^31 are doubles.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const INITIAL = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const BLOCK = 64;

// Scratch reused by every call: the message schedule and the bytes of the message being hashed.
const schedule = new Int32Array(64);
let bytes = new Uint8Array(1024);

function compress(state: Int32Array, data: Uint8Array, at: number): void {
  const w = schedule;
  for (let i = 0; i < 16; i++, at += 4) {
    w[i] = (data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!,
    b = state[1]!,
    c = state[2]!,
    d = state[3]!;
  let e = state[4]!,
    f = state[5]!,
    g = state[6]!,
    h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** Makes room for a message of `length` bytes plus its padding in the scratch buffer. */
function room(length: number): Uint8Array {
  if (bytes.length < length + 2 * BLOCK) bytes = new Uint8Array(2 * (length + BLOCK));
  return bytes;
}

/** UTF-8 as Buffer.from(text, 'utf8') writes it: a lone surrogate becomes U+FFFD. */
function encode(text: string): number {
  const out = room(3 * text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
          out[n++] = 0xf0 | (c >> 18);
          out[n++] = 0x80 | ((c >> 12) & 0x3f);
        } else {
          c = 0xfffd;
          out[n++] = 0xe0 | (c >> 12);
        }
      } else {
        out[n++] = 0xe0 | (c >> 12);
      }
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
    }
    out[n++] = 0x80 | (c & 0x3f);
  }
  return n;
}

/** Finishes a hash whose state has absorbed `before` bytes, over the first `length` bytes of scratch. */
function finish(start: Int32Array, length: number, before: number): Int32Array {
  const state = start.slice();
  const data = room(length);
  let at = 0;
  for (; at + BLOCK <= length; at += BLOCK) compress(state, data, at);
  const rest = length - at;
  const end = rest < BLOCK - 8 ? BLOCK : 2 * BLOCK;
  data.copyWithin(0, at, length);
  data[rest] = 0x80;
  data.fill(0, rest + 1, end - 8);
  const bits = (before + length) * 8;
  const high = Math.floor(bits / 0x1_0000_0000);
  for (let i = 0; i < 4; i++) {
    data[end - 8 + i] = high >>> (24 - 8 * i);
    data[end - 4 + i] = bits >>> (24 - 8 * i);
  }
  for (at = 0; at < end; at += BLOCK) compress(state, data, at);
  return state;
}

/** The message's bytes, so a hash result can be hashed again. */
function load(words: Int32Array): number {
  const out = room(words.length * 4);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out[4 * i] = word >>> 24;
    out[4 * i + 1] = word >>> 16;
    out[4 * i + 2] = word >>> 8;
    out[4 * i + 3] = word;
  }
  return words.length * 4;
}

/** The state after one block: the key, padded and masked with `mask` (0x36 inner, 0x5c outer). */
function keyed(key: Uint8Array, mask: number): Int32Array {
  const block = new Uint8Array(BLOCK).fill(mask);
  for (let i = 0; i < key.length; i++) block[i] = key[i]! ^ mask;
  const state = INITIAL.slice();
  compress(state, block, 0);
  return state;
}

/**
 * HMAC-SHA256 keyed by `key` (UTF-8): call the result once per message. The digest comes as eight
 * big-endian words, stored signed; `compareDigests` orders them as their hex strings would sort.
 */
export function hmacSha256(key: string): (message: string) => Int32Array {
  // Each result is read from the scratch only once written: writing may replace the scratch.
  const length = encode(key);
  let raw = bytes.slice(0, length);
  // A key longer than a block is replaced by its hash, as RFC 2104 says.
  if (length > BLOCK) {
    const hashed = load(finish(INITIAL, length, 0));
    raw = bytes.slice(0, hashed);
  }
  const inner = keyed(raw, 0x36);
  const outer = keyed(raw, 0x5c);
  return (message) => finish(outer, load(finish(inner, encode(message), BLOCK)), BLOCK);
}

export function compareDigests(a: Int32Array, b: Int32Array): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! >>> 0 < b[i]! >>> 0 ? -1 : 1;
  }
  return 0;
}
