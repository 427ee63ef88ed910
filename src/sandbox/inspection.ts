import type { RequestLog } from './request-log.ts';

export interface InspectionTarget {
  log: RequestLog;
  state(): unknown;
}

/** `/__sandbox/...`: the request log and a state dump; never logged, rate limited or faulted. */
export function handleInspection(request: Request, url: URL, target: InspectionTarget): Response {
  const route = `${request.method.toUpperCase()} ${url.pathname.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /__sandbox/requests':
      return Response.json(target.log.entries());
    case 'DELETE /__sandbox/requests':
      target.log.clear();
      return new Response(null, { status: 204 });
    case 'GET /__sandbox/state':
      return Response.json(target.state());
    default:
      return Response.json(
        { error: `unknown sandbox route ${route}; try GET /__sandbox/requests or GET /__sandbox/state` },
        { status: 404 },
      );
  }
}
