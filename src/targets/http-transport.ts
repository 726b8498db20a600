// The HTTP transport the model SDKs use: a fetch-compatible function over node:http(s) with keep-alive
// agents. Node's built-in fetch builds web streams for every request and costs roughly twice the CPU
// per call; at 64 calls in flight a run becomes CPU-bound in the client. Bodies are read whole (the
// targets never stream), compressed responses are decoded, and anything this transport does not
// handle (streamed request bodies) goes to the built-in fetch unchanged.
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
};

const decoders: Record<string, (data: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** Statuses whose responses have no body (a Response with one would throw). */
const NULL_BODY = new Set([101, 204, 205, 304]);

export const transportFetch: typeof fetch = async (input, init) => {
  const request = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const body = init?.body;
  const sendable =
    body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
  if (input instanceof Request || !sendable || !(request.protocol in agents)) return fetch(input, init);

  const headers = new Headers(init?.headers);
  if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate, br');
  const signal = init?.signal ?? undefined;
  signal?.throwIfAborted();

  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const client = request.protocol === 'https:' ? https : http;
    const req = client.request(request, {
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(headers),
      agent: agents[request.protocol as keyof typeof agents],
      signal,
    });
    req.on('response', resolve);
    req.on('error', (error) =>
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })),
    );
    req.end(body ?? undefined);
  });

  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response) chunks.push(chunk as Buffer);
  } catch (error) {
    throw signal?.aborted
      ? signal.reason
      : new TypeError('fetch failed: the response was cut short', { cause: error });
  }
  let data: Buffer = Buffer.concat(chunks);
  const encoding = response.headers['content-encoding']?.trim().toLowerCase();
  const decode = encoding ? decoders[encoding] : undefined;
  if (decode && data.length > 0) {
    try {
      data = await decode(data);
    } catch (error) {
      throw new TypeError(`fetch failed: the ${encoding} response body could not be decoded`, {
        cause: error,
      });
    }
  }

  const status = response.statusCode ?? 0;
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    // The body is handed over decoded: its old encoding and length no longer describe it.
    if (value === undefined || (decode && (name === 'content-encoding' || name === 'content-length')))
      continue;
    for (const item of Array.isArray(value) ? value : [value]) responseHeaders.append(name, item);
  }
  const result = new Response(NULL_BODY.has(status) ? null : data, {
    status,
    statusText: response.statusMessage ?? '',
    headers: responseHeaders,
  });
  Object.defineProperty(result, 'url', { value: request.href });
  return result;
};
