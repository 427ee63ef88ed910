import { describe, expect, it } from 'vitest';
import { useGoogleHarness } from '../../../test/support/google-emulator-sandbox.ts';

const harness = useGoogleHarness();
const now = (): Date => new Date('2026-11-20T10:00:00Z');

describe('forms.create and forms.batchUpdate', () => {
  it('creates a form, adds a scale question and renames it, moving the revision once per batch', async () => {
    const emulator = harness.install({ seed: {}, now });
    const client = harness.forms('init-token').forms;
    const { data: created } = await client.create({
      requestBody: { info: { title: '360 feedback', documentTitle: 'Reviews 2026-H2' } },
    });
    expect(created).toMatchObject({
      info: { title: '360 feedback', documentTitle: 'Reviews 2026-H2' },
      revisionId: '00000001',
      items: [],
      publishSettings: { publishState: { isPublished: true, isAcceptingResponses: true } },
    });
    const formId = created.formId ?? '';
    expect(formId).toMatch(/^1[0-9a-z]{43}$/);

    const { data: updated } = await client.batchUpdate({
      formId,
      requestBody: {
        includeFormInResponse: true,
        writeControl: { requiredRevisionId: '00000001' },
        requests: [
          {
            createItem: {
              item: {
                title: 'API-1: API design',
                questionItem: { question: { required: true, scaleQuestion: { low: 1, high: 5 } } },
              },
              location: { index: 0 },
            },
          },
          {
            createItem: {
              item: { title: 'Comments', questionItem: { question: { textQuestion: { paragraph: true } } } },
              location: { index: 1 },
            },
          },
          {
            updateFormInfo: {
              info: { title: '360 feedback 2026-H2', description: 'Be kind' },
              updateMask: 'title,description',
            },
          },
        ],
      },
    });
    expect(updated.replies).toEqual([
      {
        createItem: {
          itemId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
          questionId: [expect.stringMatching(/^[0-9a-f]{8}$/) as unknown],
        },
      },
      {
        createItem: {
          itemId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
          questionId: [expect.stringMatching(/^[0-9a-f]{8}$/) as unknown],
        },
      },
      {},
    ]);
    expect(updated.writeControl).toEqual({ requiredRevisionId: '00000002' });
    expect(updated.form?.info).toEqual({
      title: '360 feedback 2026-H2',
      documentTitle: 'Reviews 2026-H2',
      description: 'Be kind',
    });
    expect(updated.form?.items?.map((item) => item.title)).toEqual(['API-1: API design', 'Comments']);
    expect(emulator.dump().forms?.[0]?.items?.[0]?.questionItem?.question.scaleQuestion).toEqual({
      low: 1,
      high: 5,
    });
  });

  it.each([
    ['items at create', { info: { title: 'x' }, items: [] }],
    ['a description at create', { info: { title: 'x', description: 'no' } }],
    ['settings at create', { info: { title: 'x' }, settings: {} }],
  ])('refuses %s with 400', async (_label, requestBody) => {
    harness.install({ seed: {} });
    await expect(harness.forms().forms.create({ requestBody })).rejects.toMatchObject({
      status: 400,
      response: { data: { error: { status: 'INVALID_ARGUMENT' } } },
    });
  });

  it.each([
    [
      'a scale beyond 10',
      [
        {
          createItem: {
            item: { questionItem: { question: { scaleQuestion: { low: 1, high: 11 } } } },
            location: { index: 0 },
          },
        },
      ],
    ],
    ['a missing location', [{ createItem: { item: { title: 'x', textItem: {} } } }]],
    ['an update without a mask', [{ updateFormInfo: { info: { title: 'y' } } }]],
    [
      'changing the document title',
      [{ updateFormInfo: { info: { documentTitle: 'y' }, updateMask: 'documentTitle' } }],
    ],
    [
      'a valid request followed by a bad one',
      [
        { updateFormInfo: { info: { title: 'y' }, updateMask: 'title' } },
        { deleteItem: { location: { index: 5 } } },
      ],
    ],
  ])('refuses %s atomically', async (_label, requests) => {
    const emulator = harness.install({ seed: { forms: [{ formId: 'f', info: { title: 'Original' } }] } });
    await expect(
      harness.forms().forms.batchUpdate({ formId: 'f', requestBody: { requests } }),
    ).rejects.toMatchObject({ status: 400 });
    expect(emulator.dump().forms?.[0]).toMatchObject({
      info: { title: 'Original' },
      revisionId: '00000001',
      items: [],
    });
  });

  it('refuses a stale requiredRevisionId with FAILED_PRECONDITION', async () => {
    harness.install({
      seed: { forms: [{ formId: 'f', info: { title: 'Original' }, revisionId: '00000004' }] },
    });
    await expect(
      harness.forms().forms.batchUpdate({
        formId: 'f',
        requestBody: {
          writeControl: { requiredRevisionId: '00000003' },
          requests: [{ updateFormInfo: { info: { title: 'y' }, updateMask: '*' } }],
        },
      }),
    ).rejects.toMatchObject({
      status: 400,
      response: { data: { error: { status: 'FAILED_PRECONDITION' } } },
    });
  });
});
