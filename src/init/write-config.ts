import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from 'yaml';
import { isPlaceholder } from '../config/value-checks.ts';
import { ConfigError } from '../errors.ts';
import { tryNormaliseNotionId } from '../notion/ids.ts';
import type { FieldMapping } from './form-requests.ts';
import type { CreatedDatabase } from './init-notion.ts';
import { PENDING_DATABASE } from './load-init-config.ts';
import type { InitDatabaseKey } from './notion-schemas.ts';

// `init --write-config` writes the ids init made into the config file in place, through the YAML
// document so that every comment and key order stays. A value a person already put there is never
// overwritten: only an empty key, an example's `REPLACE-…` placeholder or the id itself may be replaced.

export interface CreatedForConfig {
  databases: Partial<Record<InitDatabaseKey, CreatedDatabase>>;
  form?: { formId: string; title: string; fields: FieldMapping } | null;
}

export interface ConfigEdit {
  text: string;
  /** One line per value written, `notion.reviews.dataSource: <id>`. */
  written: string[];
}

const KEYS: readonly InitDatabaseKey[] = ['reviews', 'goals', 'actionItems', 'feedbackRequests'];

/** A value init may overwrite: nothing there, a placeholder, or the database or data source itself. */
function replaceable(value: unknown, created?: CreatedDatabase): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'string') return false;
  if (isPlaceholder(value) || value === PENDING_DATABASE) return true;
  const id = tryNormaliseNotionId(value);
  return created !== undefined && (id === created.databaseId || id === created.dataSourceId);
}

function parse(text: string, path: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new ConfigError(`${path} is not valid YAML, so init cannot write the ids into it`, {
      details: [
        'Fix the file (`review-sync config check` names the line), or run init without --write-config.',
      ],
    });
  }
  return doc;
}

/**
 * The `notion.<section>.database|dataSource` values that hold something else already. Run before any
 * database is created (with `created` absent: every real value conflicts), so a refusal creates nothing.
 */
export function configConflicts(
  text: string,
  path: string,
  keys: readonly InitDatabaseKey[],
  created: Partial<Record<InitDatabaseKey, CreatedDatabase>> = {},
): string[] {
  const doc = parse(text, path);
  return keys.flatMap((key) =>
    (['database', 'dataSource'] as const).flatMap((field) => {
      const value: unknown = doc.getIn(['notion', key, field]);
      return replaceable(value, created[key]) ? [] : [`notion.${key}.${field}: ${String(value)}`];
    }),
  );
}

export function conflictError(path: string, conflicts: readonly string[]): ConfigError {
  return new ConfigError(`${path} already names Notion databases, so init will not overwrite them`, {
    details: [
      `It holds ${conflicts.join('; ')}.`,
      'Remove those lines (or set them back to a REPLACE-… placeholder) to have init write new ids, or run init without --write-config and paste what it prints.',
    ],
  });
}

const named = (pair: Pair) =>
  isScalar(pair.key) && ['database', 'dataSource'].includes(String(pair.key.value));

/** The created form as a new `sources:` entry, unless one reads it already. */
function writeForm(doc: Document, form: NonNullable<CreatedForConfig['form']>): string[] {
  const sources = doc.get('sources', true);
  const entries = isSeq(sources) ? sources.items.filter(isMap) : [];
  if (entries.some((e) => e.get('type') === 'form' && e.get('form') === form.formId)) return [];
  const entry = doc.createNode({ type: 'form', name: form.title, form: form.formId, fields: form.fields });
  if (isSeq(sources)) sources.items.push(entry);
  else doc.set('sources', doc.createNode([entry]));
  const at = isSeq(sources) ? sources.items.length - 1 : 0;
  return [`sources[${at}]: a form source for ${form.formId}`];
}

/**
 * `dataSource: <id> # database <id>` where the section's `database:` (or `dataSource:`) line was, so the
 * key keeps its place and its comments; the two may not both be given, and the data source spares a
 * lookup per run.
 */
function writeDataSource(doc: Document, key: InitDatabaseKey, db: CreatedDatabase): void {
  const value = doc.createNode(db.dataSourceId);
  value.comment = ` database ${db.databaseId}`;
  const section = doc.getIn(['notion', key], true);
  if (!isMap(section)) {
    doc.setIn(['notion', key], doc.createNode({}));
    doc.setIn(['notion', key, 'dataSource'], value);
    return;
  }
  const [first, ...rest] = section.items.filter(named);
  if (!first) {
    section.set('dataSource', value);
    return;
  }
  const oldKey = first.key;
  const newKey = doc.createNode('dataSource');
  if (isScalar(oldKey)) newKey.commentBefore = oldKey.commentBefore;
  first.key = newKey;
  first.value = value;
  section.items = section.items.filter((pair) => !rest.includes(pair));
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** `database: REPLACE-…` rewritten in the text itself, when the section has exactly that one line. */
function dataSourceSplice(doc: Document, key: InitDatabaseKey, db: CreatedDatabase): Splice | null {
  const section = doc.getIn(['notion', key], true);
  const pairs = isMap(section) ? section.items.filter(named) : [];
  const [pair] = pairs;
  if (pairs.length !== 1 || !pair || !isScalar(pair.key) || !isScalar(pair.value)) return null;
  const [start] = pair.key.range ?? [];
  const end = pair.value.range?.[1];
  if (start === undefined || end === undefined) return null;
  const note = pair.value.comment === undefined ? ` # database ${db.databaseId}` : '';
  return { start, end, text: `dataSource: ${db.dataSourceId}${note}` };
}

/** The placeholder of the example's form entry rewritten in the text itself. */
function formSplice(doc: Document, formId: string): Splice | null {
  const sources = doc.get('sources', true);
  const entries = isSeq(sources) ? sources.items.filter(isMap) : [];
  const entry = entries.find((e) => {
    const id = e.get('form');
    return e.get('type') === 'form' && typeof id === 'string' && isPlaceholder(id);
  });
  const node = entry?.get('form', true);
  const range = isScalar(node) ? node.range : undefined;
  if (!entry || !range) return null;
  return { start: range[0], end: range[1], text: formId };
}

/**
 * The config text with the created ids in it; throws when a value a person set would be overwritten.
 * The usual file (the starter's `database: REPLACE-…` lines) is edited in its text, so nothing else in it
 * moves; a file laid out otherwise (a section missing, say) is edited through the document and printed
 * again, which keeps its comments but may re-space a flow list.
 */
export function writeCreatedIds(text: string, path: string, created: CreatedForConfig): ConfigEdit {
  const keys = KEYS.filter((key) => created.databases[key] !== undefined);
  const conflicts = configConflicts(text, path, keys, created.databases);
  if (conflicts.length > 0) throw conflictError(path, conflicts);
  const doc = parse(text, path);
  const splices: Splice[] = [];
  const later: ((doc: Document) => void)[] = [];
  const written: string[] = [];
  for (const key of keys) {
    const db = created.databases[key];
    if (!db) continue;
    const splice = dataSourceSplice(doc, key, db);
    if (splice) splices.push(splice);
    else later.push((d) => writeDataSource(d, key, db));
    written.push(`notion.${key}.dataSource: ${db.dataSourceId} (database ${db.databaseId})`);
  }
  const form = created.form;
  const formAt = form ? formSplice(doc, form.formId) : null;
  if (form && formAt) {
    splices.push(formAt);
    written.push(`the form source's form: ${form.formId}`);
  } else if (form) later.push((d) => written.push(...writeForm(d, form)));

  let out = text;
  for (const splice of splices.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
  }
  if (later.length === 0) return { text: out, written };
  const again = parse(out, path);
  for (const edit of later) edit(again);
  return { text: again.toString({ lineWidth: 0 }), written };
}
