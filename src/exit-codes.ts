import { isKnownError } from './errors.ts';

export const EXIT_OK = 0;
/** At least one review failed; the others were still processed. */
export const EXIT_REVIEW_FAILED = 1;
/** Config, auth or schema problem, a brake stop or a `--review` that matched nothing: nothing was written. */
export const EXIT_SETUP = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_REVIEW_FAILED | typeof EXIT_SETUP;

/** Maps an error that escaped a command to the exit code the contract promises. */
export function exitCodeFor(error: unknown): ExitCode {
  if (!isKnownError(error)) return EXIT_REVIEW_FAILED;
  switch (error.name) {
    case 'ConfigError':
    case 'BrakeStopError':
    case 'NoMatchingReviewError':
      return EXIT_SETUP;
    case 'NotionApiError':
      return error.isAuth ? EXIT_SETUP : EXIT_REVIEW_FAILED;
    case 'GoogleApiError':
      // A sheet or form that does not exist (or is not shared) is a wrong id in config.
      return error.isAuth || error.status === 404 ? EXIT_SETUP : EXIT_REVIEW_FAILED;
    case 'InternalError':
      return EXIT_REVIEW_FAILED;
  }
}
