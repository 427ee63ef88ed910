import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../core/config-schema.ts';
import { ConfigError, GoogleApiError } from '../errors.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import {
  COMMENT_QUESTION,
  FIXTURE_ANSWERS,
  FORM_ITEMS,
  type FixtureAnswer,
} from '../../test/fixtures/google-responses.ts';
import { expectedResponse, formSeedFor } from '../../test/support/google-seed-builders.ts';
import type { FormItemSeed } from '../sandbox/google/forms-seed-schema.ts';
import { readFormSource, type FormSourceConfig } from './forms-source.ts';
import { useGoogleSandbox } from '../../test/support/google-sandbox.ts';

const kit = useGoogleSandbox();
const config = makeConfig();

function formSource(extra: Record<string, unknown> = {}): FormSourceConfig {
  const parsed = sourceSchema.parse({
    type: 'form',
    form: 'form-fixture-0001',
    fields: { comment: COMMENT_QUESTION },
    ...extra,
  });
  if (parsed.type !== 'form') throw new Error('expected a form source');
  return parsed;
}

async function read(
  answers: FixtureAnswer[],
  opts: { items?: FormItemSeed[]; pageSize?: number; extra?: Record<string, unknown> } = {},
) {
  const rig = await kit.start({ forms: [formSeedFor(answers, opts.items ? { items: opts.items } : {})] });
  const responses = await readFormSource(formSource(opts.extra), config, rig.context, {
    ...(opts.pageSize === undefined ? {} : { pageSize: opts.pageSize }),
  });
  return { responses, rig };
}

/** The fixture's items with one item's title or question changed. */
function withItem(index: number, change: (item: FormItemSeed) => FormItemSeed): FormItemSeed[] {
  return FORM_ITEMS.map((item, i) => (i === index ? change(structuredClone(item)) : item));
}

describe('readFormSource through the Forms client and the sandbox', () => {
  it('maps answers by question id and uses lastSubmittedTime, cut to seconds', async () => {
    const { responses, rig } = await read(FIXTURE_ANSWERS);
    expect(responses.map(({ source: _s, ref: _r, ...rest }) => rest)).toEqual(
      FIXTURE_ANSWERS.map((answer) => expectedResponse(answer)),
    );
    expect(responses.map((response) => [response.source, response.ref])).toEqual(
      FIXTURE_ANSWERS.map((answer) => ['form:form-fixture-0001', answer.id]),
    );
    expect(rig.stats).toEqual({ total: 2, retries: 0 });
  });

  it('parses each page at arrival: an answer of the wrong shape stops the read with a GoogleApiError', async () => {
    const rig = await kit.start({ forms: [formSeedFor(FIXTURE_ANSWERS)] });
    kit.server.use(
      http.get('*/v1/forms/:id/responses', () =>
        HttpResponse.json({
          responses: [{ responseId: 'r1', answers: { q1: { textAnswers: { answers: 'four' } } } }],
        }),
      ),
    );
    const error: unknown = await readFormSource(formSource(), config, rig.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoogleApiError);
    expect((error as GoogleApiError).message).toContain(
      'forms.responses.list answered with an unexpected shape',
    );
    expect((error as GoogleApiError).details[0]).toMatch(
      /^responses\.0\.answers\.q1\.textAnswers\.answers: /,
    );
  });

  it('reads an edited response at its last edit, not its first submission', async () => {
    const edited = FIXTURE_ANSWERS.find((answer) => answer.firstAt !== undefined);
    const { responses } = await read(edited ? [edited] : []);
    expect(responses.map((response) => response.submittedAt)).toEqual([
      Date.parse('2026-10-27T00:05:33+01:00'),
    ]);
  });

  it.each([
    [1, 6],
    [2, 4],
    [4, 3],
    [5000, 2],
  ])('follows nextPageToken with %i responses per page (%i requests in all)', async (pageSize, requests) => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...FIXTURE_ANSWERS[1]!, id: `resp-${i}` }));
    const { responses, rig } = await read(many, { pageSize });
    expect(responses.map((response) => response.ref)).toEqual(many.map((answer) => answer.id));
    expect(rig.stats.total).toEqual(requests);
    const tokens = rig.sandbox.requests
      .entries()
      .map((entry) => new URL(entry.path, 'http://x').searchParams.get('pageToken'));
    expect(tokens.filter((token) => token !== null).length).toEqual(requests - 2);
  });

  it('leaves the email out when the form does not collect it', async () => {
    const { email: _email, ...anonymous } = FIXTURE_ANSWERS[0]!;
    const seed = formSeedFor([{ ...anonymous, email: '' }]);
    delete seed.responses![0]!.respondentEmail;
    const rig = await kit.start({
      forms: [{ ...seed, settings: { emailCollectionType: 'DO_NOT_COLLECT' } }],
    });
    const [response] = await readFormSource(formSource(), config, rig.context);
    expect(response?.respondentEmail).toEqual(null);
  });

  it('reads the email from a question of that title when the form asks for it', async () => {
    const items = [
      ...FORM_ITEMS,
      { title: 'Email Address', questionItem: { question: { questionId: '20000001', textQuestion: {} } } },
    ];
    const seed = formSeedFor([FIXTURE_ANSWERS[0]!], { items });
    delete seed.responses![0]!.respondentEmail;
    seed.responses![0]!.answers!['20000001'] = { textAnswers: { answers: [{ value: 'typed@example.com' }] } };
    const rig = await kit.start({ forms: [seed] });
    const [response] = await readFormSource(formSource(), config, rig.context);
    expect(response?.respondentEmail).toEqual('typed@example.com');
  });

  it('reads grid rows titled "Grid [Row]", as the CSV export heads them', async () => {
    const grid: FormItemSeed = {
      title: 'Code quality',
      questionGroupItem: {
        questions: [{ questionId: '30000001', rowQuestion: { title: 'CQ' } }],
        grid: { columns: { type: 'RADIO', options: [{ value: '1' }, { value: '5' }] } },
      },
    };
    const items = FORM_ITEMS.filter((item) => item.title !== 'Code quality [CQ]').concat(grid);
    const seed = formSeedFor([FIXTURE_ANSWERS[0]!], { items });
    seed.responses![0]!.answers!['30000001'] = { textAnswers: { answers: [{ value: '5' }] } };
    delete seed.responses![0]!.answers!['10000003'];
    const rig = await kit.start({ forms: [seed] });
    const [response] = await readFormSource(formSource(), config, rig.context);
    expect(response?.ratings).toEqual({ CQ: '5', SD: '3', COL: '4' });
  });

  it.each([
    [
      'a renamed rating question',
      withItem(3, (item) => ({ ...item, title: 'System architecture [SD]' })),
      'form:form-fixture-0001: the form "360 feedback 2026-H2" has no question "System design [SD]" (rating for SD). Questions found: "Who are you reviewing?", "Your relationship to them", "Code quality [CQ]", "System architecture [SD]", "Collaboration [COL]", "Anything else you want to share?"',
    ],
    [
      'a renamed relationship question',
      withItem(1, (item) => ({ ...item, title: 'Relationship' })),
      'has no question "Your relationship to them" (relationship)',
    ],
    [
      'a 1–10 scale',
      withItem(2, (item) => ({
        ...item,
        questionItem: { question: { questionId: '10000003', scaleQuestion: { low: 1, high: 10 } } },
      })),
      'form:form-fixture-0001: the question "Code quality [CQ]" is a scale from 1 to 10, but the config\'s scale is 1 to 5',
    ],
    [
      'a scale starting at 0',
      withItem(3, (item) => ({
        ...item,
        questionItem: { question: { questionId: '10000004', scaleQuestion: { low: 0, high: 5 } } },
      })),
      'the question "System design [SD]" is a scale from 0 to 5',
    ],
  ])('refuses %s with a config error naming the question', async (_label, items, message) => {
    const error: unknown = await read(FIXTURE_ANSWERS, { items }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(message);
  });

  it.each([
    ['https://docs.google.com/forms/d/form-fixture-0001/edit', null],
    [
      'https://docs.google.com/forms/d/e/1FAIpQLSabcdefghijk/viewform',
      'is the link people answer the form at',
    ],
  ])('takes the form as %s', async (form, failure) => {
    const reading = read([FIXTURE_ANSWERS[0]!], { extra: { form } });
    if (failure === null) expect((await reading).responses.length).toEqual(1);
    else await expect(reading).rejects.toThrow(failure);
  });
});
