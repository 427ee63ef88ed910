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

/** Anything text can be written to: a process stream, or a buffer when a command runs in-process. */
export interface TextSink {
  write(text: string): unknown;
}

/** Lines to two sinks, redacted against the secrets of `env` (the environment the command was given). */
export function streamOutput(stdout: TextSink, stderr: TextSink, env: NodeJS.ProcessEnv): Output {
  return {
    info: (line) => stdout.write(`${redact(line, env)}\n`),
    error: (line) => stderr.write(`${redact(line, env)}\n`),
  };
}

export function consoleOutput(): Output {
  return streamOutput(process.stdout, process.stderr, process.env);
}
