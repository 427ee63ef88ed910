import type { forms_v1 } from '@googleapis/forms';
import { canAccess } from './auth.ts';
import { invalidArgument, methodNotFound, notFound, permissionDenied } from './errors.ts';
import { batchUpdate } from './forms-batch-update.ts';
import { listResponses, responseResource } from './forms-responses.ts';
import { formResource, newFormId, type FormState } from './forms-store.ts';
import type { Route } from './sheets-routes.ts';

export interface FormsContext {
  forms: Map<string, FormState>;
  now: () => Date;
}

const FORM_PATH = /^\/v1\/forms(?:\/([^/:]+)(:batchUpdate|\/responses(?:\/([^/]+))?)?)?$/;

async function jsonBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await req.json();
    if (body !== null && typeof body === 'object' && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw invalidArgument('Invalid JSON payload received.');
}

/** forms.create copies only info.title and info.documentTitle; anything else is a 400, as in the API. */
async function createForm(
  req: Request,
  url: URL,
  ctx: FormsContext,
  owner: string,
): Promise<forms_v1.Schema$Form> {
  const body = await jsonBody(req);
  const info = (body.info ?? {}) as Record<string, unknown>;
  const extra = [
    ...Object.keys(body).filter((key) => key !== 'info'),
    ...Object.keys(info)
      .filter((key) => key !== 'title' && key !== 'documentTitle')
      .map((key) => `info.${key}`),
  ];
  if (extra.length > 0) {
    throw invalidArgument(
      `Only info.title and info.documentTitle can be set when creating a form; set ${extra.join(', ')} with batchUpdate.`,
    );
  }
  const title = typeof info.title === 'string' ? info.title : '';
  const documentTitle =
    typeof info.documentTitle === 'string' ? info.documentTitle : title || 'Untitled form';
  const formId = newFormId(ctx.forms.size, `${title}:${ctx.now().toISOString()}`);
  const published = url.searchParams.get('unpublished') !== 'true';
  const state: FormState = {
    formId,
    info: { title, documentTitle },
    settings: { emailCollectionType: 'DO_NOT_COLLECT' },
    revisionId: '00000001',
    responderUri: `https://docs.google.com/forms/d/e/1FAIpQLS${formId.slice(1, 29)}/viewform`,
    linkedSheetId: undefined,
    publishSettings: { publishState: { isPublished: published, isAcceptingResponses: published } },
    // Drive shares a new file with its creator only.
    sharedWith: [owner],
    items: [],
    responses: [],
  };
  ctx.forms.set(formId, state);
  return formResource(state);
}

/** Matches the Forms v1 endpoints; null when the path is not a Forms path. */
export function formsRoute(req: Request, url: URL, ctx: FormsContext): Route | null {
  if (url.pathname !== '/v1/forms' && !url.pathname.startsWith('/v1/forms/')) return null;
  const match = FORM_PATH.exec(url.pathname);
  const [, formId, suffix, responseId] = match ?? [];
  const open = (token: string): FormState => {
    const form = ctx.forms.get(decodeURIComponent(formId ?? ''));
    if (!form) throw notFound();
    if (!canAccess(form.sharedWith, token)) throw permissionDenied();
    return form;
  };
  const method = req.method;
  if (match && formId === undefined && method === 'POST') {
    return { bucket: 'forms-write', run: (token) => createForm(req, url, ctx, token) };
  }
  if (match && formId !== undefined && suffix === undefined && method === 'GET') {
    return { bucket: 'forms-read', run: (token) => Promise.resolve(formResource(open(token))) };
  }
  if (match && suffix === ':batchUpdate' && method === 'POST') {
    return {
      bucket: 'forms-write',
      run: async (token) => {
        const form = open(token);
        return batchUpdate(form, await jsonBody(req));
      },
    };
  }
  if (match && suffix?.startsWith('/responses') && method === 'GET') {
    if (responseId === undefined) {
      // responses.list is metered as an "expensive read", with its own, smaller quota.
      return {
        bucket: 'forms-expensive-read',
        run: (token) => Promise.resolve(listResponses(open(token), url.searchParams)),
      };
    }
    return {
      bucket: 'forms-read',
      run: (token) => {
        const form = open(token);
        const response = form.responses.find((r) => r.responseId === decodeURIComponent(responseId));
        if (!response) throw notFound();
        return Promise.resolve(responseResource(form, response, true));
      },
    };
  }
  return { bucket: 'forms-read', run: () => Promise.reject(methodNotFound()) };
}
