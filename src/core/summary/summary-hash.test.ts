import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SummaryModel } from './types.ts';
import { buildSummary } from './build-summary.ts';
import { canonicalJson, sha256Hex } from '../hash/canonical-json.ts';
import { summaryHash } from './summary-hash.ts';
import { makeSummaryInput } from '../../../test/support/summary-builders.ts';

const built = buildSummary(makeSummaryInput());
// Every section is released at the fixture's stage; the type still allows null for earlier stages.
const base = built as SummaryModel & {
  overall: NonNullable<SummaryModel['overall']>;
  rows: NonNullable<SummaryModel['rows']>;
  growthAreas: string[];
  highlights: string[];
  goals: NonNullable<SummaryModel['goals']>;
  actionPlan: NonNullable<SummaryModel['actionPlan']>;
};
type Full = typeof base;

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }, 0], c: { e: null, d: 'x' } })).toEqual(
      '{"a":[{"x":1,"y":2},0],"b":1,"c":{"d":"x","e":null}}',
    );
  });

  it('tells an empty object from one whose only key is empty, in either order', () => {
    expect(canonicalJson([{}, { '': 1 }])).toBe('[{},{"":1}]');
    expect(canonicalJson([{ '': 1 }, {}])).toBe('[{"":1},{}]');
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toEqual('{"b":1}');
  });

  it('is JSON.stringify of a copy with sorted keys, for any JSON value', () => {
    const sorted = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(sorted);
      if (value === null || typeof value !== 'object') return value;
      const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(keys.map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toEqual(JSON.stringify(sorted(value)));
      }),
    );
    expect(canonicalJson([undefined, Number.NaN, -0, 1e21])).toEqual(
      JSON.stringify([undefined, Number.NaN, -0, 1e21]),
    );
  });
});

describe('sha256Hex', () => {
  // Stored hashes were made with a Hash object over UTF-8; the one-shot call must give the same digest.
  it('equals a Hash object over the UTF-8 bytes, for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toEqual(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
    expect(sha256Hex('a\ud800—b')).toEqual(createHash('sha256').update('a\ud800—b', 'utf8').digest('hex'));
  });
});

describe('summaryHash', () => {
  it('is v2: and 16 hex digits', () => {
    expect(summaryHash(base)).toMatch(/^v2:[0-9a-f]{16}$/);
  });

  it('does not depend on the order properties were written in', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as unknown as SummaryModel;
    expect(summaryHash(reordered)).toEqual(summaryHash(base));
  });

  it.each<[string, (model: Full) => SummaryModel]>([
    ['reviewee', (m) => ({ ...m, reviewee: 'Someone else' })],
    ['cycle', (m) => ({ ...m, cycle: '2027-H1' })],
    ['overall score', (m) => ({ ...m, overall: { ...m.overall, score: 3.81 } })],
    ['band', (m) => ({ ...m, overall: { ...m.overall, band: 'Meets expectations' } })],
    ['rater count', (m) => ({ ...m, overall: { ...m.overall, raters: { ...m.overall.raters, peers: 4 } } })],
    ['a row cell', (m) => ({ ...m, rows: m.rows.map((row, i) => (i === 0 ? { ...row, manager: 4 } : row)) })],
    [
      'peer count',
      (m) => ({ ...m, rows: m.rows.map((row, i) => (i === 0 ? { ...row, peerCount: 4 } : row)) }),
    ],
    ['strengths', (m) => ({ ...m, strengths: [] })],
    ['growth areas', (m) => ({ ...m, growthAreas: [...m.growthAreas, 'x'] })],
    ['blind spots', (m) => ({ ...m, blindSpots: [] })],
    [
      'a highlight',
      (m) => ({ ...m, highlights: m.highlights.map((text, i) => (i === 0 ? `${text}.` : text)) }),
    ],
    ['highlight order', (m) => ({ ...m, highlights: [...m.highlights].reverse() })],
    ['goal progress', (m) => ({ ...m, goals: m.goals.map((goal) => ({ ...goal, progress: 0.5 })) })],
    [
      'goal status',
      (m) => ({ ...m, goals: m.goals.map((goal) => ({ ...goal, status: 'At risk' as const })) }),
    ],
    [
      'plan due date',
      (m) => ({
        ...m,
        actionPlan: {
          ...m.actionPlan,
          entries: m.actionPlan.entries.map((e, i) => (i === 0 ? { ...e, due: '2030-01-01' } : e)),
        },
      }),
    ],
    [
      'plan detail',
      (m) => ({
        ...m,
        actionPlan: {
          ...m.actionPlan,
          entries: m.actionPlan.entries.map((e, i) => (i === 0 ? { ...e, detail: 'new' } : e)),
        },
      }),
    ],
    [
      'a plan entry removed',
      (m) => ({ ...m, actionPlan: { ...m.actionPlan, entries: m.actionPlan.entries.slice(1) } }),
    ],
    ['the plan becoming a draft', (m) => ({ ...m, actionPlan: { ...m.actionPlan, draft: true } })],
    ['a section being released', (m) => ({ ...m, highlights: null })],
    ['the progress', (m) => ({ ...m, progress: { ...m.progress, missing: ['self-assessment'] } })],
    ['the provisional note', (m) => ({ ...m, provisional: ['the manager has not yet rated X'] })],
  ])('changes when the %s changes', (_name, change) => {
    expect(summaryHash(change(base))).not.toEqual(summaryHash(base));
  });
});

describe('summaryHash and kept items', () => {
  it('does not change with the kept list, which is read from Notion only when a summary changes', () => {
    const kept = {
      ...base,
      actionPlan: { ...base.actionPlan, kept: [{ title: 'Old item', status: 'In progress' }] },
    };
    expect(summaryHash(kept)).toEqual(summaryHash(base));
  });
});

describe('canonicalJson against the key-list replacer it replaced', () => {
  // The earlier form: every key of every object, sorted, given to JSON.stringify as the replacer list.
  function replacerForm(value: unknown): string {
    const keys = new Set<string>();
    const visit = (item: unknown): void => {
      if (item === null || typeof item !== 'object') return;
      if (Array.isArray(item)) return item.forEach(visit);
      for (const [key, child] of Object.entries(item)) {
        keys.add(key);
        visit(child);
      }
    };
    visit(value);
    const all = [...keys];
    const isIndex = (key: string): boolean => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
    const indexes = all.filter(isIndex).sort((a, b) => Number(a) - Number(b));
    const names = all.filter((key) => !isIndex(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify(value, [...indexes, ...names]) ?? 'null';
  }

  it.each<[string, unknown]>([
    ['the sample model', built],
    [
      'odd values',
      {
        z: [undefined, () => 1, NaN, -0, 1e21, 'a"\n\u2028'],
        b: { '10': 1, '2': 2, a: undefined, é: null, B: true },
        when: new Date(Date.UTC(2026, 10, 25)),
        f: () => 1,
      },
    ],
    ['a bare string', 'x'],
    ['undefined', undefined],
  ])('%s is written the same', (_, value) => {
    expect(canonicalJson(value)).toEqual(replacerForm(value));
  });
});
