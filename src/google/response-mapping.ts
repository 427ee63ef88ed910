import type { Config, SourceConfig } from '../core/config-schema.ts';
import { NO_COMMENTS } from '../core/validation/text.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { ConfigError } from '../errors.ts';
import { parseResponseTimestamp } from './response-timestamp.ts';
import { createStringPool, type StringPool } from './string-pool.ts';

// One mapping from a header row (CSV, sheet) or question titles (form) to response fields, shared by every
// Google source so that the same answers read from any of them give the same RawResponse.

/** Column indexes of each field; null for an optional field the source does not have. */
export interface ColumnMap {
  timestamp: number;
  respondentEmail: number | null;
  reviewee: number;
  relationship: number;
  cycle: number | null;
  /** The general comment, stored as `comments.overall`. */
  comment: number | null;
  /** Rating column by competency code. */
  ratings: Record<string, number>;
  /** Per-code comment column, for the codes whose `commentQuestion` was found. */
  comments: Record<string, number>;
  /** Zone for timestamps written without one, and for serial dates: a sheet's own zone, else the fallback. */
  timeZone: string;
}

export type Cell = string | number | null | undefined;

interface Wanted {
  header: string;
  what: string;
}

/** Header text as people see it: case, surrounding spaces and runs of whitespace do not matter. */
export function normaliseHeader(header: string): string {
  return header.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The label a source's responses carry in reports: its configured name, else its type and location. */
export function sourceLabel(source: SourceConfig): string {
  if (source.name !== undefined) return source.name;
  if (source.type === 'csv') return `csv:${source.path.split(/[\\/]/).pop() ?? source.path}`;
  if (source.type === 'sheet') return `sheet:${source.spreadsheet}/${source.sheet}`;
  return `form:${source.form}`;
}

/**
 * A source may carry its own `timeZone`; otherwise timestamps without a zone are read in the team's zone,
 * which is what the form owner's spreadsheet usually shows.
 */
export function fallbackTimeZone(source: SourceConfig, config: Config): string {
  return source.timeZone ?? config.timeZone;
}

/**
 * Finds each configured header in `headers`, ignoring extra and reordered columns. Every missing required
 * header is named in one ConfigError together with the headers that were found, so one fix-up round is
 * enough; a header that appears twice is an error too, since either column could be the answer.
 * `timeZone` reads zone-less timestamps; a sheet passes its own, every other source the fallback.
 */
export function buildColumnMap(
  headers: string[],
  source: SourceConfig,
  config: Config,
  timeZone: string = fallbackTimeZone(source, config),
): ColumnMap {
  const label = sourceLabel(source);
  const positions = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (key !== '') positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const missing: Wanted[] = [];
  const duplicated: string[] = [];

  const find = (wanted: Wanted, required: boolean): number | null => {
    const found = positions.get(normaliseHeader(wanted.header)) ?? [];
    if (found.length > 1)
      duplicated.push(`"${wanted.header}" (columns ${found.map((i) => i + 1).join(', ')})`);
    if (found.length === 0 && required) missing.push(wanted);
    return found[0] ?? null;
  };

  const { fields } = source;
  const map: ColumnMap = {
    timestamp: find({ header: fields.timestamp, what: 'timestamp' }, true) ?? -1,
    respondentEmail:
      fields.respondentEmail === null
        ? null
        : find({ header: fields.respondentEmail, what: 'respondent email' }, false),
    reviewee: find({ header: fields.reviewee, what: 'reviewee' }, true) ?? -1,
    relationship: find({ header: fields.relationship, what: 'relationship' }, true) ?? -1,
    cycle: fields.cycle === undefined ? null : find({ header: fields.cycle, what: 'cycle' }, false),
    comment: fields.comment === undefined ? null : find({ header: fields.comment, what: 'comment' }, false),
    ratings: {},
    comments: {},
    timeZone,
  };
  for (const competency of config.framework.competencies) {
    const rating = find({ header: competency.question, what: `rating for ${competency.code}` }, true);
    if (rating !== null) map.ratings[competency.code] = rating;
    if (competency.commentQuestion === undefined) continue;
    const comment = find(
      { header: competency.commentQuestion, what: `comment on ${competency.code}` },
      false,
    );
    if (comment !== null) map.comments[competency.code] = comment;
  }

  const found = `Headers found: ${headers.map((header) => `"${header}"`).join(', ') || '(none)'}`;
  if (missing.length > 0) {
    const names = missing.map((wanted) => `"${wanted.header}" (${wanted.what})`).join(', ');
    throw new ConfigError(`${label}: missing column${missing.length > 1 ? 's' : ''} ${names}. ${found}`, {
      details: [
        'Headers are matched ignoring case and extra spaces.',
        "Set the source's `fields` or the competency's `question` to the header text exactly as the form shows it.",
      ],
    });
  }
  if (duplicated.length > 0) {
    throw new ConfigError(
      `${label}: more than one column has the header ${duplicated.join(', ')}. ${found}`,
      {
        details: ['Rename one of the questions in the form so that each title is unique.'],
      },
    );
  }
  return map;
}

/** A cell as trimmed text or a number; empty text and absent cells (short rows) are null. */
function cellValue(row: readonly Cell[], index: number | null): string | number | null {
  if (index === null || index < 0) return null;
  const cell = row[index];
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = (cell ?? '').trim();
  return text === '' ? null : text;
}

/** A text cell as the pool's copy: what a response keeps must not hold on to the source's text. */
function pooledValue(row: readonly Cell[], index: number | null, pool: StringPool): string | number | null {
  const value = cellValue(row, index);
  return typeof value === 'string' ? pool(value) : value;
}

function cellText(row: readonly Cell[], index: number | null, pool: StringPool): string | null {
  const value = cellValue(row, index);
  return value === null ? null : pool(String(value));
}

/**
 * Turns one data row into a RawResponse, or null for a blank row (every cell empty), which is skipped
 * silently. Everything else is kept as found, even half-empty: ratings stay raw text or numbers and text
 * is never interpreted, because checking is the core's job and a rejection there carries `ref`.
 * Texts go through `pool` (one per read, see string-pool.ts); without one, the row's own pool.
 */
export function mapRow(
  row: readonly Cell[],
  map: ColumnMap,
  ref: string,
  sourceName: string,
  pool: StringPool = createStringPool(),
): RawResponse | null {
  if (row.every((_cell, index) => cellValue(row, index) === null)) return null;
  const ratings: Record<string, string | number | null> = {};
  for (const [code, index] of Object.entries(map.ratings)) ratings[code] = pooledValue(row, index, pool);
  let comments: Record<string, string> | null = null;
  for (const [code, index] of Object.entries(map.comments)) {
    const text = cellText(row, index, pool);
    if (text !== null) (comments ??= {})[code] = text;
  }
  const overall = cellText(row, map.comment, pool);
  if (overall !== null) (comments ??= {}).overall = overall;
  return {
    source: sourceName,
    ref,
    submittedAt: parseResponseTimestamp(cellValue(row, map.timestamp), map.timeZone),
    respondentEmail: cellText(row, map.respondentEmail, pool),
    reviewee: cellText(row, map.reviewee, pool) ?? '',
    relationship: cellText(row, map.relationship, pool) ?? '',
    cycle: cellText(row, map.cycle, pool),
    ratings,
    comments: comments ?? NO_COMMENTS,
  };
}
