import { redact } from './redact.ts';

/** The one way commands print: everything goes through secret redaction. */
export interface Output {
  info(line: string): void;
  error(line: string): void;
}

// `review-sync … | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function consoleOutput(): Output {
  return {
    info: (line) => process.stdout.write(`${redact(line)}\n`),
    error: (line) => process.stderr.write(`${redact(line)}\n`),
  };
}
