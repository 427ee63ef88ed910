import type { forms_v1 } from '@googleapis/forms';
import type {
  AnswerSeed,
  FormInfoSeed,
  FormItemSeed,
  FormResponseSeed,
  FormSeed,
} from './forms-seed-schema.ts';
import { questionIdsOf } from './seed-schema.ts';

/** A response with every output-only field filled, as the API would report it. */
export interface StoredResponse extends FormResponseSeed {
  responseId: string;
  lastSubmittedTime: string;
  answers: Record<string, AnswerSeed & { questionId: string }>;
}

export interface FormState {
  formId: string;
  info: FormInfoSeed;
  settings: NonNullable<FormSeed['settings']>;
  revisionId: string;
  responderUri: string;
  linkedSheetId: string | undefined;
  publishSettings: FormSeed['publishSettings'];
  sharedWith: string[] | undefined;
  items: FormItemSeed[];
  responses: StoredResponse[];
}

/** Stable 32-bit FNV-1a hash: generated ids stay the same from run to run, so dumps and tests are stable. */
function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

const hex8 = (seed: string): string => hash(seed).toString(16).padStart(8, '0');

/** Item and question ids in Forms are 8 hex digits, unique within the form. */
export function freshId(taken: Set<string>, salt: string): string {
  for (let attempt = 0; ; attempt++) {
    const id = hex8(`${salt}#${attempt}`);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** Every item and question id used in a form, so new ones never collide. */
export function idsInUse(items: FormItemSeed[]): Set<string> {
  const taken = new Set<string>();
  for (const item of items) {
    if (item.itemId) taken.add(item.itemId);
    for (const id of questionIdsOf(item)) if (id) taken.add(id);
  }
  return taken;
}

/** Fills missing item and question ids in place; returns the question ids of each item. */
export function assignIds(item: FormItemSeed, taken: Set<string>, salt: string): string[] {
  item.itemId ??= freshId(taken, `${salt}:item`);
  const questions = item.questionItem
    ? [item.questionItem.question]
    : (item.questionGroupItem?.questions ?? []);
  return questions.map((question, q) => (question.questionId ??= freshId(taken, `${salt}:question:${q}`)));
}

function storeResponse(formId: string, response: FormResponseSeed, index: number): StoredResponse {
  const answers: StoredResponse['answers'] = {};
  for (const [questionId, answer] of Object.entries(response.answers ?? {})) {
    answers[questionId] = { questionId, textAnswers: structuredClone(answer.textAnswers) };
  }
  return {
    ...structuredClone(response),
    responseId:
      response.responseId ?? `ACYDBN${hex8(`${formId}:response:${index}`)}${hex8(`${index}:${formId}`)}`,
    lastSubmittedTime: response.lastSubmittedTime ?? response.createTime,
    answers,
  };
}

export function loadForm(seed: FormSeed): FormState {
  const items = structuredClone(seed.items ?? []);
  const taken = idsInUse(items);
  items.forEach((item, i) => assignIds(item, taken, `${seed.formId}:${i}`));
  return {
    formId: seed.formId,
    info: { ...seed.info, documentTitle: seed.info.documentTitle ?? seed.info.title },
    settings: structuredClone(seed.settings ?? {}),
    revisionId: seed.revisionId ?? '00000001',
    responderUri:
      seed.responderUri ??
      `https://docs.google.com/forms/d/e/1FAIpQLS${hex8(seed.formId)}${hex8(`r:${seed.formId}`)}/viewform`,
    linkedSheetId: seed.linkedSheetId,
    publishSettings: seed.publishSettings,
    sharedWith: seed.sharedWith,
    items,
    responses: (seed.responses ?? []).map((response, i) => storeResponse(seed.formId, response, i)),
  };
}

export function dumpForm(state: FormState): FormSeed {
  return {
    formId: state.formId,
    info: { ...state.info },
    settings: structuredClone(state.settings),
    revisionId: state.revisionId,
    responderUri: state.responderUri,
    ...(state.linkedSheetId ? { linkedSheetId: state.linkedSheetId } : {}),
    ...(state.publishSettings ? { publishSettings: structuredClone(state.publishSettings) } : {}),
    ...(state.sharedWith ? { sharedWith: [...state.sharedWith] } : {}),
    items: structuredClone(state.items),
    responses: structuredClone(state.responses),
  };
}

/** The Form resource as forms.get returns it. */
export function formResource(state: FormState): forms_v1.Schema$Form {
  return {
    formId: state.formId,
    info: { ...state.info },
    settings: structuredClone(state.settings),
    revisionId: state.revisionId,
    responderUri: state.responderUri,
    items: structuredClone(state.items),
    ...(state.linkedSheetId ? { linkedSheetId: state.linkedSheetId } : {}),
    ...(state.publishSettings ? { publishSettings: structuredClone(state.publishSettings) } : {}),
  } satisfies forms_v1.Schema$Form;
}

/** Revision ids look like "00000012"; a seed may use another shape, which the next edit replaces. */
export function nextRevision(current: string): string {
  const n = /^\d{8}$/.test(current) ? Number(current) + 1 : 1;
  return String(n).padStart(8, '0');
}

/** New form ids: 44 URL-safe characters, like the ids Drive hands out. */
export function newFormId(counter: number, title: string): string {
  let id = '1';
  for (let i = 0; id.length < 44; i++) id += hash(`${counter}:${title}:${i}`).toString(36);
  return id.slice(0, 44);
}
