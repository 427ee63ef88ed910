import { dirname, isAbsolute, resolve } from 'node:path';
import type { Config } from '../core/config-schema.ts';

/**
 * Relative file paths in a config mean "next to the config file", so the same file works whichever
 * directory a command (or a GitHub Actions step) runs in.
 */
export function resolveConfigPaths(config: Config, configPath: string): Config {
  const base = dirname(resolve(configPath));
  const at = (path: string) => (isAbsolute(path) ? path : resolve(base, path));
  return {
    ...config,
    sources: config.sources.map((source) =>
      source.type === 'csv' ? { ...source, path: at(source.path) } : source,
    ),
  };
}
