import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// bin/node-check.js is CommonJS on purpose (it must parse on any Node), so it is loaded with require.
const nodeCheck = createRequire(import.meta.url)('../../bin/node-check.js') as {
  checkNode: (version: string, engines: string, isTerminal: boolean) => { stop: boolean; message: string };
};

describe('the Node version check in bin/review-sync', () => {
  it.each([
    ['v18.20.4', true, true, /needs Node\.js 20 or newer, and this is Node\.js v18\.20\.4/],
    ['v16.0.0', false, true, /needs Node\.js 20/],
    ['v20.19.0', true, false, /^review-sync: Node\.js 20 reached end of life in April 2026; .*\n$/],
    ['v20.19.0', false, false, /^$/],
    ['v22.12.0', true, false, /^$/],
    ['v24.1.0', true, false, /^$/],
  ])('on %s (terminal: %s) stops: %s', (version, terminal, stop, message) => {
    const verdict = nodeCheck.checkNode(version, '>=20', terminal);
    expect(verdict.stop).toBe(stop);
    expect(verdict.message).toMatch(message);
  });
});
