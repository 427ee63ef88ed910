/** The config file commands read when `--config` is not given, relative to the working directory. */
export const DEFAULT_CONFIG_PATH = 'review-sync.yaml';
