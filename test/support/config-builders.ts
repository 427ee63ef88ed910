import { configSchema, type Config, type ConfigInput } from '../../src/core/config-schema.ts';
import { baseConfigInput } from '../fixtures/config.ts';

/** Parses the fixture config input with shallow overrides, so each test states only what it changes. */
export function makeConfig(overrides: Partial<ConfigInput> = {}): Config {
  return configSchema.parse({ ...baseConfigInput, ...overrides });
}
