import { readFile, writeFile } from 'node:fs/promises';
import type { InitDatabaseKey } from './notion-schemas.ts';
import { configConflicts, conflictError, writeCreatedIds, type CreatedForConfig } from './write-config.ts';

// The config file `init --write-config` writes into: checked before anything is created, so a file that
// already names other databases is refused with nothing made, and written after each thing init makes,
// so a form that fails to be created leaves the database ids already in the file.

export interface ConfigFile {
  path: string;
  read(): Promise<string>;
  write(text: string): Promise<void>;
}

export function configFileOnDisk(path: string): ConfigFile {
  return {
    path,
    read: () => readFile(path, 'utf8'),
    write: (text) => writeFile(path, text),
  };
}

/** Refuses, before any request, a file whose database lines hold values a person set. */
export async function ensureWritable(file: ConfigFile, keys: readonly InitDatabaseKey[]): Promise<void> {
  const conflicts = configConflicts(await file.read(), file.path, keys);
  if (conflicts.length > 0) throw conflictError(file.path, conflicts);
}

/** Writes what was created into the file and returns the lines that say what was written. */
export async function writeIntoConfig(file: ConfigFile, created: CreatedForConfig): Promise<string[]> {
  const edit = writeCreatedIds(await file.read(), file.path, created);
  await file.write(edit.text);
  return [`wrote into ${file.path}:`, ...edit.written.map((line) => `  ${line}`)];
}
