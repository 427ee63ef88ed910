import type { Sandbox } from '../../../src/sandbox/sandbox.ts';
import { checkExchange } from './validator.ts';
import { recordViolations } from './violations.ts';

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Checks one answered request; both must be unread copies (`clone()`), since their bodies are read. */
export async function observeAnswer(request: Request, response: Response): Promise<void> {
  const url = new URL(request.url);
  const sent = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  // A body that is not JSON is checked as the string it is, and so fails any object schema.
  const requestBody = sent.trim() === '' ? null : (parseJson(sent) ?? sent);
  const responseBody = parseJson(await response.text()) ?? undefined;
  recordViolations(
    checkExchange({
      method: request.method,
      pathname: url.pathname,
      search: url.search,
      notionVersion: request.headers.get('notion-version'),
      requestBody,
      status: response.status,
      responseBody,
    }),
  );
}

/**
 * The same sandbox, with every request it answers and every answer it gives checked against the SDKs'
 * published types. A dropped or hung connection has no answer to check.
 */
export function observeContract(sandbox: Sandbox): Sandbox {
  const handle = async (request: Request): Promise<Response> => {
    const sent = request.clone();
    const response = await sandbox.handle(request);
    if (response.type !== 'error') await observeAnswer(sent, response.clone());
    return response;
  };
  return { ...sandbox, handle };
}
