import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from './sandbox.ts';

export interface SandboxServerOptions {
  /** 0 picks a free port. */
  port: number;
  sandbox: Sandbox;
  /**
   * How long an idle keep-alive connection stays open before the server closes it (Node's default is
   * 5 s). A short one reproduces a client that reuses a connection the server has already closed.
   */
  keepAliveTimeoutMs?: number;
}

export interface SandboxServer {
  url: string;
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const body =
    method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks);
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body });
}

async function respond(
  sandbox: Sandbox,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const response = await sandbox.handle(await toRequest(req, origin));
  // A dropped-connection fault: the client sees the socket close with no response.
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Serves the sandbox over HTTP on 127.0.0.1, for the demo, benchmarks and manual trials. */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  let origin = '';
  const server = createServer((req, res) => {
    respond(options.sandbox, req, res, origin).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`sandbox error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
