// Colour only where a person reads it: a terminal, with NO_COLOR unset (https://no-color.org) and a
// terminal that is not "dumb". Logs, pipes and GitHub Actions output stay plain text.

export type Tone = 'red' | 'yellow' | 'green' | 'dim';

const CODES: Record<Tone, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  dim: [2, 22],
};

export function colourEnabled(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function paint(text: string, tone: Tone, enabled: boolean): string {
  if (!enabled) return text;
  const [open, close] = CODES[tone];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}
