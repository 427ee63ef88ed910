import type { forms_v1 } from '@googleapis/forms';
import { GoogleApiError, invalidArgument } from './errors.ts';
import { itemSchema, type FormItemSeed } from './forms-seed-schema.ts';
import { assignIds, formResource, idsInUse, nextRevision, type FormState } from './forms-store.ts';

type RequestKind =
  'createItem' | 'updateFormInfo' | 'updateSettings' | 'deleteItem' | 'moveItem' | 'updateItem';
const KINDS: RequestKind[] = [
  'createItem',
  'updateFormInfo',
  'updateSettings',
  'deleteItem',
  'moveItem',
  'updateItem',
];

/** The part of a form a batch may change; it is edited as a copy and committed only if every request succeeds. */
interface Draft {
  info: FormState['info'];
  settings: FormState['settings'];
  items: FormItemSeed[];
}

function maskFields(mask: string | null | undefined, allowed: string[], what: string): string[] {
  if (!mask) throw invalidArgument(`${what}: update_mask is required.`);
  const fields = mask.split(',').map((f) => f.trim());
  if (fields.includes('*')) return allowed;
  const unknown = fields.filter((f) => !allowed.includes(f));
  if (unknown.length > 0) throw invalidArgument(`${what}: cannot update field(s) ${unknown.join(', ')}.`);
  return fields;
}

function index(location: forms_v1.Schema$Location | undefined, size: number, what: string): number {
  const at = location?.index ?? undefined;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= size) {
    throw invalidArgument(`${what}: location.index must be in [0, ${size}).`);
  }
  return at;
}

function validItem(item: unknown, what: string): FormItemSeed {
  const parsed = itemSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidArgument(
      `${what}: item${issue?.path.map((p) => `.${String(p)}`).join('') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

function apply(
  draft: Draft,
  request: forms_v1.Schema$Request,
  n: number,
  salt: string,
): forms_v1.Schema$Response {
  const kinds = KINDS.filter((k) => request[k] != null);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined)
    throw invalidArgument(`requests[${n}]: exactly one request kind must be set.`);
  const what = `requests[${n}].${kind}`;
  switch (kind) {
    case 'createItem': {
      const body = request.createItem ?? {};
      // Inserting may also append, so the valid range is one wider than for other requests.
      const at = index(body.location, draft.items.length + 1, what);
      const item = validItem(body.item, what);
      const taken = idsInUse(draft.items);
      for (const id of [item.itemId, ...(item.questionItem ? [item.questionItem.question.questionId] : [])]) {
        if (id && taken.has(id)) throw invalidArgument(`${what}: id ${id} is already used in this form.`);
      }
      const questionIds = assignIds(item, taken, `${salt}:${n}`);
      draft.items.splice(at, 0, item);
      return {
        createItem: {
          itemId: item.itemId ?? null,
          ...(questionIds.length > 0 ? { questionId: questionIds } : {}),
        },
      };
    }
    case 'updateFormInfo': {
      const body = request.updateFormInfo ?? {};
      // documentTitle is the Drive file name: settable at create, never through batchUpdate.
      for (const field of maskFields(body.updateMask, ['title', 'description'], what)) {
        const value = body.info?.[field as 'title' | 'description'];
        if (value == null) delete draft.info[field as 'description'];
        else draft.info[field as 'title' | 'description'] = value;
      }
      return {};
    }
    case 'updateSettings': {
      const body = request.updateSettings ?? {};
      for (const field of maskFields(body.updateMask, ['emailCollectionType', 'quizSettings.isQuiz'], what)) {
        if (field === 'emailCollectionType') {
          const value = body.settings?.emailCollectionType;
          if (value !== 'DO_NOT_COLLECT' && value !== 'VERIFIED' && value !== 'RESPONDER_INPUT') {
            throw invalidArgument(`${what}: unknown emailCollectionType ${String(value)}.`);
          }
          draft.settings.emailCollectionType = value;
        } else draft.settings.quizSettings = { isQuiz: body.settings?.quizSettings?.isQuiz ?? false };
      }
      return {};
    }
    case 'deleteItem':
      draft.items.splice(index(request.deleteItem?.location, draft.items.length, what), 1);
      return {};
    case 'moveItem': {
      const from = index(request.moveItem?.originalLocation, draft.items.length, what);
      const to = index(request.moveItem?.newLocation, draft.items.length, what);
      const [item] = draft.items.splice(from, 1);
      if (item) draft.items.splice(to, 0, item);
      return {};
    }
    case 'updateItem': {
      const body = request.updateItem ?? {};
      const at = index(body.location, draft.items.length, what);
      const current = draft.items[at] ?? {};
      const allowed = [
        'title',
        'description',
        'questionItem',
        'questionGroupItem',
        'textItem',
        'pageBreakItem',
      ];
      const next: Record<string, unknown> = { ...current };
      for (const field of maskFields(body.updateMask, allowed, what)) {
        const value = (body.item as Record<string, unknown> | undefined)?.[field];
        if (value == null) delete next[field];
        else next[field] = value;
      }
      const item = validItem(next, what);
      assignIds(item, idsInUse(draft.items.filter((_, i) => i !== at)), `${salt}:${n}`);
      draft.items[at] = item;
      return {};
    }
  }
}

/** forms.batchUpdate: all requests apply or none do, and the revision moves once per successful batch. */
export function batchUpdate(
  form: FormState,
  body: forms_v1.Schema$BatchUpdateFormRequest,
): forms_v1.Schema$BatchUpdateFormResponse {
  const required = body.writeControl?.requiredRevisionId;
  if (required && required !== form.revisionId) {
    throw new GoogleApiError(
      'FAILED_PRECONDITION',
      'The revision ID in the write control does not match the current revision of the form.',
    );
  }
  const draft: Draft = structuredClone({ info: form.info, settings: form.settings, items: form.items });
  const salt = `${form.formId}:${form.revisionId}`;
  const replies = (body.requests ?? []).map((request, n) => apply(draft, request, n, salt));
  if (replies.length > 0) {
    Object.assign(form, draft);
    form.revisionId = nextRevision(form.revisionId);
  }
  return {
    replies,
    writeControl: { requiredRevisionId: form.revisionId },
    ...(body.includeFormInResponse ? { form: formResource(form) } : {}),
  };
}
