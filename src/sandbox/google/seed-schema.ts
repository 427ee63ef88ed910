import { z } from 'zod';
import { formSeedSchema, type FormItemSeed, type FormSeed } from './forms-seed-schema.ts';
import { sheetSeedSchema, type SheetSeed } from './sheets-seed-schema.ts';

/** The Google half of the sandbox seed: the top-level "sheets" and "forms" keys. */
export interface GoogleSeed {
  sheets?: SheetSeed[];
  forms?: FormSeed[];
}

/** Question ids an item declares, including each row of a question group. */
export function questionIdsOf(item: FormItemSeed): (string | undefined)[] {
  if (item.questionItem) return [item.questionItem.question.questionId];
  return item.questionGroupItem?.questions.map((q) => q.questionId) ?? [];
}

function checkForm(form: FormSeed, path: (string | number)[], ctx: z.RefinementCtx): void {
  const known = new Set<string>();
  const itemIds = new Set<string>();
  (form.items ?? []).forEach((item, i) => {
    if (item.itemId !== undefined) {
      if (itemIds.has(item.itemId))
        ctx.addIssue({ code: 'custom', path: [...path, 'items', i, 'itemId'], message: 'duplicate itemId' });
      itemIds.add(item.itemId);
    }
    for (const id of questionIdsOf(item)) {
      if (id === undefined) continue;
      if (known.has(id))
        ctx.addIssue({ code: 'custom', path: [...path, 'items', i], message: `duplicate questionId ${id}` });
      known.add(id);
    }
  });
  const responseIds = new Set<string>();
  (form.responses ?? []).forEach((response, r) => {
    if (response.responseId !== undefined) {
      if (responseIds.has(response.responseId)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'responses', r, 'responseId'],
          message: 'duplicate responseId',
        });
      }
      responseIds.add(response.responseId);
    }
    // Answers are keyed by question id, so a response can only answer questions the form has.
    for (const [key, answer] of Object.entries(response.answers ?? {})) {
      const at = [...path, 'responses', r, 'answers', key];
      if (!known.has(key))
        ctx.addIssue({ code: 'custom', path: at, message: `no item declares questionId ${key}` });
      if (answer.questionId !== undefined && answer.questionId !== key) {
        ctx.addIssue({ code: 'custom', path: [...at, 'questionId'], message: 'must equal its key' });
      }
    }
  });
}

export const googleSeedSchema: z.ZodType<GoogleSeed> = z
  .object({
    sheets: z.array(sheetSeedSchema).optional(),
    forms: z.array(formSeedSchema).optional(),
  })
  .superRefine((seed, ctx) => {
    const spreadsheetIds = new Set<string>();
    seed.sheets?.forEach((s, i) => {
      if (spreadsheetIds.has(s.spreadsheetId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sheets', i, 'spreadsheetId'],
          message: 'duplicate spreadsheetId',
        });
      }
      spreadsheetIds.add(s.spreadsheetId);
    });
    const formIds = new Set<string>();
    seed.forms?.forEach((form, i) => {
      if (formIds.has(form.formId))
        ctx.addIssue({ code: 'custom', path: ['forms', i, 'formId'], message: 'duplicate formId' });
      formIds.add(form.formId);
      checkForm(form, ['forms', i], ctx);
    });
  });
