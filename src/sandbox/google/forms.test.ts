import { describe, expect, it } from 'vitest';
import type { FormResponseSeed, FormSeed } from './forms-seed-schema.ts';
import { useGoogleHarness } from '../../../test/support/google-emulator-sandbox.ts';

const harness = useGoogleHarness();

/** 250 responses one minute apart from 2026-10-31T23:00Z, so filters and pages have clear edges. */
function responsesEvery(count: number): FormResponseSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 9, 31, 23, 0) + i * 60_000).toISOString().replace('.000Z', 'Z');
    return {
      responseId: `r${String(i).padStart(3, '0')}`,
      createTime: at,
      respondentEmail: `p${i}@example.com`,
      answers: { '0a1b2c3d': { textAnswers: { answers: [{ value: String((i % 5) + 1) }] } } },
    };
  });
}

const form: FormSeed = {
  formId: 'form-1',
  info: { title: '360 feedback 2026-H2' },
  revisionId: '00000007',
  items: [
    {
      title: 'Who are you reviewing?',
      questionItem: { question: { questionId: '1a2b3c4d', required: true, textQuestion: {} } },
    },
    {
      title: 'API-1: API design',
      questionItem: { question: { questionId: '0a1b2c3d', scaleQuestion: { low: 1, high: 5 } } },
    },
    {
      title: 'Relationship',
      questionItem: {
        question: {
          choiceQuestion: { type: 'RADIO', options: [{ value: 'Self' }, { value: 'Backend peer' }] },
        },
      },
    },
  ],
  responses: responsesEvery(250),
};

describe('forms.get', () => {
  it('returns items with question ids, scale bounds and generated ids', async () => {
    harness.install({ seed: { forms: [form] } });
    const { data } = await harness.forms().forms.get({ formId: 'form-1' });
    expect(data).toEqual({
      formId: 'form-1',
      info: { title: '360 feedback 2026-H2', documentTitle: '360 feedback 2026-H2' },
      settings: {},
      revisionId: '00000007',
      responderUri: expect.stringMatching(
        /^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS\w+\/viewform$/,
      ) as unknown,
      items: [
        { itemId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown, ...form.items?.[0] },
        { itemId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown, ...form.items?.[1] },
        {
          itemId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
          title: 'Relationship',
          questionItem: {
            question: {
              questionId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
              choiceQuestion: { type: 'RADIO', options: [{ value: 'Self' }, { value: 'Backend peer' }] },
            },
          },
        },
      ],
    });
  });
});

describe('forms.responses.list', () => {
  async function listAll(params: {
    pageSize?: number;
    filter?: string;
  }): Promise<{ pages: number; ids: string[] }> {
    const client = harness.forms();
    const ids: string[] = [];
    let pages = 0;
    let pageToken: string | undefined;
    do {
      const { data } = await client.forms.responses.list({
        formId: 'form-1',
        ...params,
        ...(pageToken ? { pageToken } : {}),
      });
      pages++;
      ids.push(...(data.responses ?? []).map((r) => r.responseId ?? ''));
      pageToken = data.nextPageToken ?? undefined;
    } while (pageToken);
    return { pages, ids };
  }

  it.each([
    ['the default page size (5000) returns everything at once', {}, 1, 250],
    ['pageSize 100 needs three pages', { pageSize: 100 }, 3, 250],
    ['pageSize 7 needs 36 pages', { pageSize: 7 }, 36, 250],
    ['pageSize above 5000 is capped, not refused', { pageSize: 9000 }, 1, 250],
    ['timestamp > skips the response at the bound', { filter: 'timestamp > 2026-11-01T00:00:00Z' }, 1, 189],
    ['timestamp >= keeps the response at the bound', { filter: 'timestamp >= 2026-11-01T00:00:00Z' }, 1, 190],
    [
      'fractional seconds are compared exactly',
      { filter: 'timestamp > 2026-11-01T00:59:59.999999Z' },
      1,
      130,
    ],
    ['a filter and pages together', { filter: 'timestamp > 2026-11-01T00:00:00Z', pageSize: 50 }, 4, 189],
  ])('%s', async (_label, params, pages, count) => {
    harness.install({ seed: { forms: [form] } });
    const result = await listAll(params);
    expect({ pages: result.pages, count: result.ids.length, unique: new Set(result.ids).size }).toEqual({
      pages,
      count,
      unique: count,
    });
  });

  it('returns responses in the API shape, without formId', async () => {
    harness.install({ seed: { forms: [form] } });
    const { data } = await harness.forms().forms.responses.list({ formId: 'form-1', pageSize: 1 });
    expect(data.responses).toEqual([
      {
        responseId: 'r000',
        createTime: '2026-10-31T23:00:00Z',
        lastSubmittedTime: '2026-10-31T23:00:00Z',
        respondentEmail: 'p0@example.com',
        answers: { '0a1b2c3d': { questionId: '0a1b2c3d', textAnswers: { answers: [{ value: '1' }] } } },
      },
    ]);
    expect(data.nextPageToken).toEqual(expect.any(String));
  });

  it('omits responses when nothing matches', async () => {
    harness.install({ seed: { forms: [form] } });
    const { data } = await harness
      .forms()
      .forms.responses.list({ formId: 'form-1', filter: 'timestamp > 2030-01-01T00:00:00Z' });
    expect(data).toEqual({});
  });

  it.each([
    ['a filter on another field', { filter: 'createTime > 2026-11-01T00:00:00Z' }],
    ['a timestamp with an offset', { filter: 'timestamp > 2026-11-01T00:00:00+01:00' }],
    [
      'a page token from another filter',
      { pageToken: 'eyJvZmZzZXQiOjEwLCJmaWx0ZXIiOiIifQ', filter: 'timestamp > 2026-11-01T00:00:00Z' },
    ],
    ['a forged page token', { pageToken: 'not-a-token' }],
    ['a negative page size', { pageSize: -1 }],
  ])('refuses %s with 400', async (_label, params) => {
    harness.install({ seed: { forms: [form] } });
    await expect(harness.forms().forms.responses.list({ formId: 'form-1', ...params })).rejects.toMatchObject(
      {
        status: 400,
        response: { data: { error: { code: 400, status: 'INVALID_ARGUMENT' } } },
      },
    );
  });

  it('responses.get includes the formId', async () => {
    harness.install({ seed: { forms: [form] } });
    const { data } = await harness.forms().forms.responses.get({ formId: 'form-1', responseId: 'r001' });
    expect(data).toMatchObject({ formId: 'form-1', responseId: 'r001', respondentEmail: 'p1@example.com' });
  });
});
