import { describe, expect, it } from 'vitest';
import { excerpt, httpStatusError, isRetryableStatus, parseRetryAfter } from './http-errors.js';

describe('isRetryableStatus', () => {
  it('retries 408, 409, 425, 429 and 5xx only', () => {
    for (const status of [408, 409, 425, 429, 500, 502, 503, 504, 529])
      expect(isRetryableStatus(status), `${status}`).toBe(true);
    for (const status of [400, 401, 403, 404, 413, 422])
      expect(isRetryableStatus(status), `${status}`).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 31 Dec 2024 23:00:00 GMT' }), now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': '-1' }), now)).toBeUndefined();
  });
});

describe('httpStatusError', () => {
  it('honours Retry-After on 429 and 503 only', () => {
    const headers = new Headers({ 'retry-after': '3' });
    expect(httpStatusError('t', { status: 429, body: '', headers }).retryAfterMs).toBe(3000);
    expect(httpStatusError('t', { status: 503, body: '', headers }).retryAfterMs).toBe(3000);
    expect(httpStatusError('t', { status: 500, body: '', headers }).retryAfterMs).toBeUndefined();
  });

  it('says the status and a one-line excerpt of the body', () => {
    const error = httpStatusError('t', { status: 500, body: 'line one\n\n   line two' });
    expect(error.message).toBe('HTTP 500 Internal Server Error: line one line two');
    expect(httpStatusError('t', { status: 599, body: '' }).message).toBe('HTTP 599');
  });
});

describe('excerpt', () => {
  it('cuts long bodies', () => {
    expect(excerpt('a'.repeat(400))).toBe(`${'a'.repeat(300)}…`);
  });
});
