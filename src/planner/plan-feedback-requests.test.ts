import { describe, expect, it } from 'vitest';
import type { Nominations } from '../core/domain.ts';
import type { ExistingFeedbackRequest, FeedbackRequestChange } from '../core/feedback-requests/types.ts';
import type { FormLinkTemplate } from '../core/forms/prefill-links.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { makeReview } from '../../test/support/review-builders.ts';
import { planFeedbackRequests } from './plan-feedback-requests.ts';
import { plan } from './plan.ts';

const BOB = { id: 'u-bob', email: 'bob@example.com', name: 'Bob' };
const CY = { id: 'u-cy', email: 'cy@example.com', name: 'Cy' };
const BEFORE_DUE = new Date('2026-10-20T10:00:00Z');
// The 360 stage is due on 2026-10-31 (Europe/Berlin): overdue from 1 November.
const AFTER_DUE = new Date('2026-11-02T10:00:00Z');
const template: FormLinkTemplate = {
  responderUri: 'https://docs.google.com/forms/d/e/abc/viewform',
  revieweeEntry: '10',
  revieweeOptions: null,
  relationshipEntry: null,
  selfAnswer: null,
};
const LINK = 'https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.10=ada%40example.com';

interface Case {
  nominations?: Nominations | null;
  existing?: ExistingFeedbackRequest[];
  answers?: string[];
  answeredStatus?: boolean;
  now?: Date;
  nudges?: boolean;
}

function run(c: Case): FeedbackRequestChange[] {
  const config = makeConfig({
    notion: {
      reviews: { database: 'db-reviews' },
      feedbackRequests: { database: 'db-req', answeredStatus: c.answeredStatus ?? true },
    },
    nudges: { enabled: c.nudges ?? true, graceDays: 0 },
  });
  const review = makeReview({
    stage: 'feedback',
    nominations: c.nominations === undefined ? { peers: [BOB, CY], approved: true } : c.nominations,
  });
  const now = c.now ?? BEFORE_DUE;
  const planned = plan({ reviews: [review], goals: [], responses: [] }, config, now);
  return planFeedbackRequests({
    reviews: planned.reviews,
    peerAnswers: new Map([['p-ada', c.answers ?? []]]),
    existing: c.existing ?? [],
    template,
    config,
    now,
  });
}

const row = (peer: string, status: string | null, extra: Partial<ExistingFeedbackRequest> = {}) => ({
  pageId: `row-${peer}`,
  key: `p-ada/${peer}`,
  status,
  due: '2026-10-31',
  link: LINK,
  reminded: [],
  ...extra,
});

describe('planFeedbackRequests', () => {
  it('creates one row per approved pair, with the peer, link, due date and Requested', () => {
    expect(run({})).toEqual([
      {
        kind: 'create-request',
        key: 'p-ada/u-bob',
        reviewPageId: 'p-ada',
        peer: BOB,
        title: 'Feedback on Ada Lovelace',
        fields: { status: 'Requested', due: '2026-10-31', link: LINK },
        reminder: null,
      },
      expect.objectContaining({ kind: 'create-request', key: 'p-ada/u-cy' }),
    ]);
  });

  it.each<[string, Case]>([
    ['nominations not yet approved', { nominations: { peers: [BOB], approved: false } }],
    [
      'a peer without a Notion user id',
      { nominations: { peers: [{ email: 'x@example.com' }], approved: true } },
    ],
    ['rows already there and unchanged', { existing: [row('u-bob', 'Requested'), row('u-cy', 'Requested')] }],
  ])('writes nothing for %s', (_name, c) => {
    expect(run(c)).toEqual([]);
  });

  it('leaves the rows of a review whose nominations were not read as they are', () => {
    const config = makeConfig({
      notion: { reviews: { database: 'db' }, feedbackRequests: { database: 'db-req' } },
    });
    const review = makeReview({ stage: 'feedback' });
    const planned = plan({ reviews: [review], goals: [], responses: [] }, config, BEFORE_DUE);
    const changes = planFeedbackRequests({
      reviews: planned.reviews,
      peerAnswers: new Map(),
      existing: [row('u-bob', 'Requested')],
      template,
      config,
      now: BEFORE_DUE,
    });
    expect(changes).toEqual([]);
  });

  // The row state machine: [name, row status, nominated peers, answers, answeredStatus, now, new status]
  it.each<[string, string | null, boolean, string[], boolean, Date, string | undefined]>([
    ['an answer arrives', 'Requested', true, ['BOB@example.com'], true, BEFORE_DUE, 'Answered'],
    ['still waiting', 'Requested', true, [], true, BEFORE_DUE, undefined],
    ['answered stays answered', 'Answered', true, ['bob@example.com'], true, AFTER_DUE, undefined],
    ['the nomination is removed', 'Requested', false, [], true, BEFORE_DUE, 'Withdrawn'],
    ['an answered pair is removed', 'Answered', false, ['bob@example.com'], true, BEFORE_DUE, 'Withdrawn'],
    ['withdrawn stays withdrawn', 'Withdrawn', false, [], true, BEFORE_DUE, undefined],
    ['withdrawn, nominated again', 'Withdrawn', true, [], true, BEFORE_DUE, 'Requested'],
    [
      'withdrawn, nominated again, answered',
      'Withdrawn',
      true,
      ['bob@example.com'],
      true,
      BEFORE_DUE,
      'Answered',
    ],
    ['a person emptied the status', null, true, [], true, BEFORE_DUE, 'Requested'],
    [
      'no answered status: an answer changes nothing',
      'Requested',
      true,
      ['bob@example.com'],
      false,
      BEFORE_DUE,
      undefined,
    ],
    ['no answered status: the stage closes', 'Requested', true, [], false, AFTER_DUE, 'Closed'],
    ['no answered status: closed, nominated again', 'Withdrawn', true, [], false, AFTER_DUE, 'Closed'],
    ['no answered status: removed', 'Closed', false, [], false, AFTER_DUE, 'Withdrawn'],
  ])('%s', (_name, status, nominated, answers, answeredStatus, now, expected) => {
    const changes = run({
      nominations: { peers: nominated ? [BOB] : [], approved: true },
      existing: [row('u-bob', status, { reminded: ['2026-10-31'] })],
      answers,
      answeredStatus,
      now,
    });
    const set = changes.find((c) => c.kind === 'update-request')?.set;
    expect(set?.status).toBe(expected);
  });

  it('updates only the field that changed: a moved due date', () => {
    const changes = run({
      nominations: { peers: [BOB], approved: true },
      existing: [row('u-bob', 'Requested', { due: '2026-10-25' })],
    });
    expect(changes).toEqual([
      {
        kind: 'update-request',
        pageId: 'row-u-bob',
        key: 'p-ada/u-bob',
        set: { due: '2026-10-31' },
        transition: null,
        reminder: null,
      },
    ]);
  });

  it('reminds an overdue peer once per due date, on the row, with the record to write', () => {
    const changes = run({
      nominations: { peers: [BOB, CY], approved: true },
      existing: [row('u-bob', 'Requested'), row('u-cy', 'Requested', { reminded: ['2026-10-31'] })],
      now: AFTER_DUE,
    });
    expect(changes).toEqual([
      {
        kind: 'update-request',
        pageId: 'row-u-bob',
        key: 'p-ada/u-bob',
        set: {},
        transition: null,
        reminder: {
          peer: BOB,
          due: '2026-10-31',
          text: expect.stringContaining('Feedback was due on 2026-10-31:') as string,
          record: '2026-10-31',
        },
      },
    ]);
  });

  it.each<[string, Case]>([
    ['an answered peer', { answers: ['bob@example.com'] }],
    ['nudges turned off', { nudges: false }],
    ['before the due date', { now: BEFORE_DUE }],
  ])('sends no reminder to %s', (_name, c) => {
    const changes = run({
      nominations: { peers: [BOB], approved: true },
      existing: [row('u-bob', c.answers ? 'Answered' : 'Requested')],
      now: AFTER_DUE,
      ...c,
    });
    expect(changes.flatMap((change) => (change.kind === 'update-request' ? [change.reminder] : []))).toEqual(
      changes.length === 0 ? [] : [null],
    );
  });

  it('with answeredStatus false reminds every open row, whoever answered, in the same words', () => {
    const changes = run({
      nominations: { peers: [BOB, CY], approved: true },
      existing: [row('u-bob', 'Requested'), row('u-cy', 'Requested')],
      answers: ['bob@example.com'],
      answeredStatus: false,
      now: AFTER_DUE,
    });
    const reminders = changes.flatMap((c) => (c.kind === 'update-request' && c.reminder ? [c.reminder] : []));
    expect(reminders.map((r) => r.peer.id)).toEqual(['u-bob', 'u-cy']);
    expect(new Set(reminders.map((r) => r.text)).size).toBe(1);
  });

  it('skips malformed and copied rows: no duplicate, no withdrawal of a row that is not a pair', () => {
    const changes = run({
      nominations: { peers: [BOB, CY], approved: true },
      existing: [
        { ...row('u-x', 'Requested'), pageId: 'row-no-peer', key: 'p-ada/' },
        { ...row('u-x', 'Requested'), pageId: 'row-no-slash', key: 'p-ada' },
        { ...row('u-x', 'Requested'), pageId: 'row-three-parts', key: 'p-ada/u-x/copy' },
        { ...row('u-bob', 'Requested'), pageId: 'row-gone', key: 'p-gone/u-bob' },
        row('u-bob', 'Requested'),
        { ...row('u-bob', 'Withdrawn'), pageId: 'row-u-bob-copy' },
      ],
    });
    // Bob's row exists (the copy after it changes nothing); only Cy's is missing.
    expect(changes.map((c) => [c.kind, c.key])).toEqual([['create-request', 'p-ada/u-cy']]);
  });

  it('leaves alone the rows of reviews this run did not plan', () => {
    const changes = run({
      nominations: { peers: [BOB], approved: true },
      existing: [row('u-bob', 'Requested'), { ...row('u-zed', 'Requested'), key: 'p-other/u-zed' }],
    });
    expect(changes).toEqual([]);
  });
});
