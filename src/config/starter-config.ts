import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.ts';
import { keepStarterSources, STARTER_SOURCES, type StarterSource } from './starter-sources.ts';

// `review-sync config init` writes the commented example as a starting point. Its first line points
// editors at the JSON Schema; the path must work from where the file is written, not from config/.

const MODELINE = /^# yaml-language-server: \$schema=.*$/m;
export const SCHEMA_COPY_NAME = 'review-sync.schema.json';

export interface SchemaReference {
  /** What goes after `$schema=`, relative to the config file's directory. */
  ref: string;
  /** Whether the schema must be copied next to the config for the reference to work. */
  copy: boolean;
}

/**
 * A relative path to the installed schema when the installation belongs to the project the config is
 * written in (a checkout, or `node_modules` of it); otherwise (npx's cache, a global install) a copy
 * next to the config, since a path into a cache breaks when the cache is cleared.
 */
export function schemaReference(targetDir: string, packageRoot: string): SchemaReference {
  const marker = `${sep}node_modules${sep}`;
  const at = packageRoot.lastIndexOf(marker);
  const projectRoot = at === -1 ? packageRoot : packageRoot.slice(0, at);
  const inProject = targetDir === projectRoot || targetDir.startsWith(`${projectRoot}${sep}`);
  if (!inProject) return { ref: `./${SCHEMA_COPY_NAME}`, copy: true };
  const path = relative(targetDir, join(packageRoot, 'config', 'schema.json'))
    .split(sep)
    .join('/');
  return { ref: path.startsWith('.') ? path : `./${path}`, copy: false };
}

/** The example's text with its schema line rewritten to `ref`. */
export function starterConfigText(exampleText: string, ref: string): string {
  const line = `# yaml-language-server: $schema=${ref}`;
  return MODELINE.test(exampleText) ? exampleText.replace(MODELINE, line) : `${line}\n${exampleText}`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export interface StarterResult {
  configPath: string;
  schemaRef: string;
  copiedSchema: string | null;
  /** The source types the file lists. */
  sources: readonly StarterSource[];
}

/** Writes the starter config (refusing to overwrite unless `force`), and the schema copy when needed. */
export async function writeStarterConfig(options: {
  target: string;
  packageRoot: string;
  force: boolean;
  /** Only these entries of the example's `sources:` list; all three when absent. */
  sources?: readonly StarterSource[];
}): Promise<StarterResult> {
  const configPath = resolve(options.target);
  if (!options.force && (await exists(configPath))) {
    throw new ConfigError(`${options.target} already exists`, {
      details: ['Pass --force to overwrite it, or --output <file> to write somewhere else.'],
    });
  }
  const example = await readFile(join(options.packageRoot, 'config', 'review-sync.example.yaml'), 'utf8');
  const dir = dirname(configPath);
  await mkdir(dir, { recursive: true });
  const reference = schemaReference(dir, options.packageRoot);
  let copiedSchema: string | null = null;
  if (reference.copy) {
    copiedSchema = join(dir, SCHEMA_COPY_NAME);
    await copyFile(join(options.packageRoot, 'config', 'schema.json'), copiedSchema);
  }
  const sources = options.sources ?? STARTER_SOURCES;
  await writeFile(configPath, keepStarterSources(starterConfigText(example, reference.ref), sources));
  return { configPath, schemaRef: reference.ref, copiedSchema, sources };
}
