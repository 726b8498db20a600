// HTTP calls for the server's tests: a GET that keeps status, headers and the parsed body, over
// node:http so that tests can send any Host header (fetch refuses to).
import { request } from 'node:http';

export interface HttpResponse<Body = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  body: Body;
}

export function httpGet<Body = unknown>(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<HttpResponse<Body>> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), { method: 'GET', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: body as Body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
