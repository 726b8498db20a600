// A real HTTP server on 127.0.0.1 (random port) for tests: reads each request body, records it, counts
// requests in flight, and on close ends every connection, including requests left hanging on purpose.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackRequest {
  method: string;
  /** Path and query, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body text. */
  text: string;
  /** `performance.now()` when the request was fully received. */
  receivedAt: number;
}

/** Answers one request. It may respond later, or never (the server ends it on close). */
export type LoopbackHandler = (request: LoopbackRequest, response: ServerResponse) => unknown;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: LoopbackRequest[];
  /** The most requests that were being answered at the same moment. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/** `record: false` keeps `requests` empty, for benchmarks that send hundreds of thousands. */
export async function startLoopbackServer(
  handle: LoopbackHandler,
  options: { record?: boolean; port?: number } = {},
): Promise<LoopbackServer> {
  const record = options.record ?? true;
  const requests: LoopbackRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: LoopbackRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        text: Buffer.concat(chunks).toString('utf8'),
        receivedAt: performance.now(),
      };
      if (record) requests.push(request);
      Promise.resolve(handle(request, res)).catch((err: unknown) => {
        if (res.headersSent) return res.destroy();
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`test server handler failed: ${String(err)}`);
      });
    });
  });
  // Default keep-alive (5 s) is fine; no request timeout, so 'hang' really hangs until close().
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Writes a JSON response. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}
