import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Sandbox } from '../../src/sandbox/sandbox.ts';

/**
 * msw handlers that send every request under `baseUrl` to the sandbox. A
 * dropped connection becomes msw's network error, which fetch rejects with.
 */
export function sandboxHandlers(sandbox: Sandbox, baseUrl: string): HttpHandler[] {
  const root = baseUrl.replace(/\/$/, '');
  return [
    http.all(`${root}/*`, async ({ request }) => {
      const response = await sandbox.handle(request);
      if (response.type === 'error') return HttpResponse.error();
      return response;
    }),
  ];
}
