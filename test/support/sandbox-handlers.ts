import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Sandbox } from '../../src/sandbox/sandbox.ts';
import { observeContract } from './contract/observer.ts';

/**
 * msw handlers that send every request under `baseUrl` to the sandbox, held to the published API
 * contract (test/support/contract). A dropped connection becomes msw's network error, which fetch
 * rejects with.
 */
export function sandboxHandlers(sandbox: Sandbox, baseUrl: string): HttpHandler[] {
  const root = baseUrl.replace(/\/$/, '');
  const observed = observeContract(sandbox);
  return [
    http.all(`${root}/*`, async ({ request }) => {
      const response = await observed.handle(request);
      if (response.type === 'error') return HttpResponse.error();
      return response;
    }),
  ];
}
