import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../core/config-schema.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { FormResource, FormResponse } from './api-values.ts';
import { formColumns } from './form-questions.ts';
import { formFieldMap, mapFormResponse } from './form-response.ts';
import { buildColumnMap } from './response-mapping.ts';

// The Forms API response is read by question id straight into a RawResponse: no CSV-shaped row between.

const config = makeConfig();

function formSource(fields: Record<string, string> = {}) {
  const parsed = sourceSchema.parse({
    type: 'form',
    form: 'form-1',
    fields: { comment: 'Anything else?', ...fields },
  });
  if (parsed.type !== 'form') throw new Error('expected a form source');
  return parsed;
}

const question = (title: string, questionId: string) => ({
  title,
  questionItem: { question: { questionId } },
});

const FORM: FormResource = {
  info: { title: 'Feedback' },
  items: [
    question('Who are you reviewing?', 'q-reviewee'),
    question('Your relationship to them', 'q-rel'),
    question('Code quality [CQ]', 'q-cq'),
    question('System design [SD]', 'q-sd'),
    question('Collaboration [COL]', 'q-col'),
    question('Anything else?', 'q-comment'),
    question('Which team?', 'q-unused'),
  ],
};

function fieldsFor(form: FormResource, source = formSource()) {
  const columns = formColumns(form, source);
  return formFieldMap(columns, buildColumnMap(columns.headers, source, config));
}

const text = (...values: string[]) => ({ textAnswers: { answers: values.map((value) => ({ value })) } });

function response(overrides: Partial<FormResponse> = {}): FormResponse {
  return {
    responseId: 'resp-1',
    createTime: '2026-10-20T08:00:00.100000Z',
    lastSubmittedTime: '2026-10-21T09:15:04.987654Z',
    respondentEmail: 'bob@example.com',
    answers: {
      'q-reviewee': text(' Ada Lovelace '),
      'q-rel': text('Backend peer'),
      'q-cq': text('4'),
      'q-sd': text('3'),
      'q-col': text('N/A'),
      'q-comment': text('Solid work'),
    },
    ...overrides,
  };
}

describe('mapFormResponse', () => {
  it('maps answers by question id, the collected email and lastSubmittedTime cut to seconds', () => {
    expect(mapFormResponse(response(), fieldsFor(FORM), 'form:form-1')).toEqual({
      source: 'form:form-1',
      ref: 'resp-1',
      submittedAt: Date.parse('2026-10-21T09:15:04Z'),
      respondentEmail: 'bob@example.com',
      reviewee: 'Ada Lovelace',
      relationship: 'Backend peer',
      cycle: null,
      ratings: { CQ: '4', SD: '3', COL: 'N/A' },
      comments: { overall: 'Solid work' },
    });
  });

  it.each([
    ['an edited response counts from its last edit', {}, Date.parse('2026-10-21T09:15:04Z')],
    [
      'a response never edited falls back to createTime',
      { lastSubmittedTime: null },
      Date.parse('2026-10-20T08:00:00Z'),
    ],
    [
      'an offset is honoured',
      { lastSubmittedTime: '2026-10-21T11:15:04+02:00' },
      Date.parse('2026-10-21T09:15:04Z'),
    ],
    ['no time at all', { lastSubmittedTime: null, createTime: null }, null],
    ['an unreadable time', { lastSubmittedTime: 'yesterday' }, null],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(mapFormResponse(response(overrides), fieldsFor(FORM), 'form')?.submittedAt).toBe(expected);
  });

  it('joins several answers to one question with ";" and leaves unanswered questions null', () => {
    const raw = mapFormResponse(
      response({
        answers: { 'q-reviewee': text('Ada'), 'q-rel': text('Backend peer'), 'q-cq': text('4', '', '5') },
      }),
      fieldsFor(FORM),
      'form',
    );
    expect(raw).toMatchObject({ ratings: { CQ: '4;5', SD: null, COL: null }, comments: {} });
  });

  it('reads the email from a question when the form asks for it instead of collecting it', () => {
    const form = { ...FORM, items: [...(FORM.items ?? []), question('Email Address', 'q-email')] };
    const raw = mapFormResponse(
      response({
        respondentEmail: 'collected@example.com',
        answers: { ...response().answers, 'q-email': text('typed@example.com') },
      }),
      fieldsFor(form),
      'form',
    );
    expect(raw?.respondentEmail).toBe('typed@example.com');
  });

  it('skips a response that carries nothing, and keeps one that answers only an unmapped question', () => {
    const blank = { lastSubmittedTime: null, createTime: null, respondentEmail: null };
    expect(mapFormResponse(response({ ...blank, answers: {} }), fieldsFor(FORM), 'form')).toBeNull();
    expect(
      mapFormResponse(response({ ...blank, answers: { 'q-unused': text('Core') } }), fieldsFor(FORM), 'form'),
    ).toEqual(expect.objectContaining({ ref: 'resp-1', reviewee: '', relationship: '', submittedAt: null }));
  });
});
