// What every response carries and every API call must pass: security headers (a strict CSP: the app
// runs only its own scripts and styles, and no page may frame it), the bearer token when one is set,
// and, without a token, a Host check that keeps other web pages from reading a loopback server
// through DNS rebinding.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}

/** SHA-256 first: timingSafeEqual needs equal lengths, and a digest leaks nothing about the token's. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Every API call but `/api/health` needs `Authorization: Bearer <token>`. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === '/api/health') return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer +(\S+)\s*$/i.exec(header);
    if (match === null || !tokenMatches(match[1]!, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="groundtruth"');
      const message =
        match === null
          ? 'this server needs an access token: send Authorization: Bearer <token>'
          : 'the access token is wrong';
      return c.json(
        apiError(message, 401, 'open the URL that groundtruth serve printed, with its ?token='),
        401,
      );
    }
    return next();
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** A host name or address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The host name of a Host header value: without the port, IPv6 brackets kept. */
function hostName(header: string): string {
  if (header.startsWith('[')) {
    const end = header.indexOf(']');
    return end < 0 ? header : header.slice(0, end + 1);
  }
  const colon = header.lastIndexOf(':');
  return colon < 0 ? header : header.slice(0, colon);
}

/**
 * Without a token (so on a loopback address), only API calls addressed to a loopback name are
 * answered: a page on another site that rebinds its domain to 127.0.0.1 gets a 403.
 */
export function requireLocalHost(): MiddlewareHandler {
  return async (c, next) => {
    const name = hostName(c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (isLoopbackHost(name)) return next();
    return c.json(
      apiError(
        `requests for host '${name}' are refused: this server answers only on its own address`,
        403,
        'open the URL that groundtruth serve printed',
      ),
      403,
    );
  };
}
