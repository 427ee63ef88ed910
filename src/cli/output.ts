import { colourEnabled, paint, type Tone } from './colour.ts';
import { redact } from './redact.ts';
import { escapeControl } from './terminal-text.ts';

/** The one way commands print: everything goes through secret redaction and control-character escaping. */
export interface Output {
  /** Progress and results for a person; silenced by --quiet. */
  info(line: string): void;
  /** Problems; always shown, on stderr. */
  error(line: string): void;
}

export interface OutputOptions {
  /** Print only problems (and the JSON report when it goes to stdout). */
  quiet?: boolean;
  /**
   * Stdout carries machine output (`--report-file -`), so every human line moves to stderr and the
   * JSON stays parseable.
   */
  stdoutIsData?: boolean;
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
    info: (line) =>
      stdout.write(`${escapeControl(redact(line, env))}
`),
    error: (line) =>
      stderr.write(`${escapeControl(redact(line, env))}
`),
  };
}

/** An output with --quiet (no info lines) and --report-file - (info lines to the error stream) applied. */
export function shapeOutput(output: Output, options: OutputOptions): Output {
  return {
    info: (line) => {
      if (options.quiet) return;
      if (options.stdoutIsData) output.error(line);
      else output.info(line);
    },
    error: (line) => output.error(line),
  };
}

export function consoleOutput(options: OutputOptions = {}): Output {
  return shapeOutput(streamOutput(process.stdout, process.stderr, process.env), options);
}

/** Colours a fragment of a line bound for stderr, when stderr is a terminal and NO_COLOR is unset. */
export function toneForStderr(text: string, tone: Tone): string {
  return paint(text, tone, colourEnabled(process.stderr));
}

/** Writes machine output (the JSON report) to stdout, redacted like everything else. */
export function writeData(
  text: string,
  sink: TextSink = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): void {
  sink.write(redact(text, env));
}
