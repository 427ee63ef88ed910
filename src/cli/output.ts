import { redact } from './redact.ts';

/** The one way commands print: everything goes through secret redaction. */
export interface Output {
  info(line: string): void;
  error(line: string): void;
}

export function consoleOutput(): Output {
  return {
    info: (line) => process.stdout.write(`${redact(line)}\n`),
    error: (line) => process.stderr.write(`${redact(line)}\n`),
  };
}
