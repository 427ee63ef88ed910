import { parseCsv } from '../../src/google/csv-parse.ts';
import { normalizeId } from '../../src/sandbox/notion/ids.ts';

// The demo workspace as a person's Notion client sees it, for the feedback-request tests: the rows of
// the Feedback requests data source and the Peers of a review page, read through the public API; and
// who answered whom in a Google Forms CSV export.

export type Call = (method: string, path: string, body?: unknown) => Promise<unknown>;

export interface RequestRow {
  id: string;
  key: string;
  status: string | null;
  peer: string[];
  review: string[];
  reminders: string;
}

interface QueriedPage {
  id: string;
  properties: Record<
    string,
    {
      rich_text?: { plain_text: string }[];
      select?: { name: string } | null;
      people?: { id: string }[];
      relation?: { id: string }[];
    }
  >;
}

export const bare = (id: string) => id.replace(/-/g, '').toLowerCase();
const text = (value?: { plain_text: string }[]) => (value ?? []).map((t) => t.plain_text).join('');

/** Every keyed row of a Feedback requests data source (the demo's fit in one page of results). */
export async function readRequestRows(call: Call, dataSourceId: string): Promise<RequestRow[]> {
  const listed = (await call('POST', `/v1/data_sources/${dataSourceId}/query`, { page_size: 100 })) as {
    results: QueriedPage[];
    has_more: boolean;
  };
  if (listed.has_more) throw new Error('more request rows than one page of results');
  return listed.results
    .map((page) => ({
      id: normalizeId(page.id),
      key: text(page.properties.Key?.rich_text),
      status: page.properties.Status?.select?.name ?? null,
      peer: (page.properties.Peer?.people ?? []).map((p) => normalizeId(p.id)),
      review: (page.properties.Review?.relation ?? []).map((r) => normalizeId(r.id)),
      reminders: text(page.properties.Reminders?.rich_text),
    }))
    .filter((row) => row.key !== '');
}

/** The Peers of a review page and whether they are approved, as the page holds them now. */
export async function peersOf(call: Call, pageId: string): Promise<{ peers: string[]; approved: boolean }> {
  const page = (await call('GET', `/v1/pages/${pageId}`)) as {
    properties: { Peers: { people: { id: string }[] }; 'Peers approved': { checkbox: boolean } };
  };
  return {
    peers: page.properties.Peers.people.map((p) => normalizeId(p.id)),
    approved: page.properties['Peers approved'].checkbox,
  };
}

/** A row's key with both ids in one spelling, `reviewpage/peer`, so keys compare whatever their dashes. */
export const rowKey = (row: Pick<RequestRow, 'key'>) => row.key.split('/').map(bare).join('/');

export const statuses = (rows: RequestRow[]) => new Map(rows.map((row) => [rowKey(row), row.status]));

/**
 * Who gave an accepted peer answer about whom in a CSV export, as `respondent>reviewee` emails: a
 * relationship other than Self or Manager, and every rating on a 1..5 scale or N/A (the demo's CSV
 * holds one answer with a rating off the scale, which the tool rejects).
 */
export function acceptedPeerAnswers(csv: string): Set<string> {
  const [header = [], ...records] = parseCsv(csv);
  const ratings = header.flatMap((title, i) => (/^(?!Comments).*\[[A-Z]+\]$/.test(title) ? [i] : []));
  const onScale = (value: string) => /^[1-5]$/.test(value) || value === 'N/A';
  return new Set(
    records.flatMap((record) => {
      const [, respondent, reviewee, relationship] = record;
      if (!respondent || !reviewee || relationship === 'Self' || relationship === 'Manager') return [];
      if (!ratings.every((i) => onScale(record[i] ?? ''))) return [];
      return [`${respondent}>${reviewee}`];
    }),
  );
}
