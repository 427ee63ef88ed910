import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { RaterRole } from '../domain.ts';
import type { ValidResponse } from '../validation/types.ts';
import { MAX_HIGHLIGHT_LENGTH, selectHighlights } from './highlights.ts';
import { PAGE_ID } from '../../../test/support/review-builders.ts';
import { JANE_PEER, makeValidResponse } from '../../../test/support/response-builders.ts';
import { makeScore } from '../../../test/support/score-builders.ts';

const config = makeConfig();
const visible = makeScore({ CQ: 3 });
const hidden = makeScore({ CQ: 3 }, { peersVisible: false });

function from(role: RaterRole, comments: Record<string, string>, extra: Partial<ValidResponse> = {}) {
  return makeValidResponse({ ...JANE_PEER, role, comments, ...extra });
}

describe('selectHighlights sources', () => {
  it.each<[string, RaterRole, boolean, string[]]>([
    ['peer, peers visible', 'peer', true, ['Great reviewer']],
    ['peer, peers hidden', 'peer', false, []],
    ['manager, peers visible', 'manager', true, ['Great reviewer']],
    ['manager, peers hidden', 'manager', false, ['Great reviewer']],
    ['self, peers visible', 'self', true, []],
    ['self, peers hidden', 'self', false, []],
  ])('%s', (_name, role, peersVisible, expected) => {
    const score = peersVisible ? visible : hidden;
    expect(selectHighlights([from(role, { overall: 'Great reviewer' })], score, config, PAGE_ID)).toEqual(
      expected,
    );
  });

  it('skips responses for another review, and accepts the undashed page id', () => {
    const other = from(
      'peer',
      { overall: 'Other' },
      { reviewPageId: 'ffffffff-5b6a-4978-8877-665544332211' },
    );
    const mine = from('peer', { overall: 'Mine' }, { reviewPageId: PAGE_ID.replace(/-/g, '').toUpperCase() });
    expect(selectHighlights([other, mine], visible, config, PAGE_ID)).toEqual(['Mine']);
  });
});

describe('selectHighlights shape', () => {
  it('puts general comments first, then codes in framework order', () => {
    const responses = [
      from('peer', { COL: 'Kind in reviews', overall: 'zeal', SD: 'Clear diagrams' }),
      from('manager', { overall: 'Always prepared', CQ: 'Tidy code', UNKNOWN: 'ignored' }),
    ];
    const highlights = selectHighlights(responses, visible, config, PAGE_ID);
    expect(highlights.slice(0, 2).sort()).toEqual(['Always prepared', 'zeal']);
    expect(highlights.slice(2)).toEqual([
      'Code quality: Tidy code',
      'System design: Clear diagrams',
      'Collaboration: Kind in reviews',
    ]);
  });

  it('orders by a keyed hash of the text: not by time, respondent or alphabet, and per review', () => {
    const texts = ['a', 'b', 'c', 'd', 'e', 'f'];
    const early = texts.map((text, i) =>
      from('peer', { overall: text }, { submittedAt: Date.UTC(2026, 9, i + 1, 9), respondentKey: `k${i}` }),
    );
    const late = texts.map((text, i) =>
      from(
        'peer',
        { overall: text },
        { submittedAt: Date.UTC(2026, 9, 9 - i, 9), respondentKey: `k${5 - i}` },
      ),
    );
    const order = selectHighlights(early, visible, config, PAGE_ID);
    expect(selectHighlights([...late].reverse(), visible, config, PAGE_ID)).toEqual(order);
    expect(order).not.toEqual(texts);
    expect([...order].sort()).toEqual(texts);
    const otherPage = 'ffffffff-5b6a-4978-8877-665544332211';
    const elsewhere = early.map((response) => ({ ...response, reviewPageId: otherPage }));
    expect(selectHighlights(elsewhere, visible, config, otherPage)).not.toEqual(order);
  });

  it('drops blanks and duplicates, and caps the list at six', () => {
    const responses = ['b', 'a', 'a', '  ', 'c', 'd', 'e', 'f', 'g'].map((text) =>
      from('peer', { overall: text }),
    );
    const highlights = selectHighlights(responses, visible, config, PAGE_ID);
    expect(highlights).toHaveLength(6);
    expect(new Set(highlights).size).toBe(6);
    expect(highlights.every((text) => 'abcdefg'.includes(text))).toBe(true);
  });

  it('truncates long comments with an ellipsis, never inside an emoji', () => {
    const long = `${'x'.repeat(MAX_HIGHLIGHT_LENGTH - 2)}😀😀😀`;
    const [highlight] = selectHighlights([from('peer', { overall: long })], visible, config, PAGE_ID);
    expect(highlight).toEqual(`${'x'.repeat(MAX_HIGHLIGHT_LENGTH - 2)}😀…`);
    expect(Array.from(highlight ?? '')).toHaveLength(MAX_HIGHLIGHT_LENGTH);
  });

  it('redacts before truncating, so a cut never reveals part of an address', () => {
    const text = `${'y'.repeat(280)} peer.one@example.com`;
    const [highlight] = selectHighlights([from('peer', { overall: text })], visible, config, PAGE_ID);
    expect(highlight).toEqual(`${'y'.repeat(280)} [redacted]`);
  });
});

describe('selectHighlights order key', () => {
  // Stored summary hashes depend on this order: HMAC-SHA256 of `key NUL text`, keyed by the undashed page id.
  const hmac = (page: string, text: string) => createHmac('sha256', page).update(text, 'utf8').digest('hex');

  it.each<[string, string]>([
    ['a dashed page id', PAGE_ID],
    ['a page id longer than a hash block', `${PAGE_ID}-${'Ab'.repeat(40)}`],
  ])('sorts each section by the keyed hash, with %s', (_name, pageId) => {
    const page = pageId.replace(/-/g, '').toLowerCase();
    const overall = ['Zoë helped', '😀 emoji', 'a', 'same', 'same'];
    const code = ['x', 'y', 'z'];
    const responses = [
      ...overall.map((text) => from('manager', { overall: text }, { reviewPageId: pageId })),
      ...code.map((text) => from('peer', { CQ: text }, { reviewPageId: pageId })),
    ];
    const byKey = (key: string, texts: string[]) =>
      [...new Set(texts)].sort((a, b) =>
        hmac(page, `${key}\u0000${a}`) < hmac(page, `${key}\u0000${b}`) ? -1 : 1,
      );
    const expected = [
      ...byKey('overall', overall),
      ...byKey('CQ', code).map((text) => `Code quality: ${text}`),
    ];
    expect(selectHighlights(responses, visible, config, pageId)).toEqual(expected.slice(0, 6));
  });
});
