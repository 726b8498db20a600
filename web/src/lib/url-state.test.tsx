// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { compareUrl } from '../features/compare/compare-url';
import { resultsFilters, resultsUrl } from '../features/run/results-url';
import { runsUrl } from '../features/runs/runs-url';
import { trendUrl } from '../features/trend/trend-url';
import { defineUrlState, type UrlStateOf, useUrlState } from './url-state';

afterEach(cleanup);

const params = (search: string) => new URLSearchParams(search);

describe('defineUrlState', () => {
  const demo = defineUrlState({
    q: { type: 'string' },
    status: { type: 'enum', values: ['pass', 'fail'] },
    view: { type: 'enum', values: ['table', 'chart'], fallback: 'table' },
    page: { type: 'int', min: 1, fallback: 1 },
  });

  it('parses each field by its type', () => {
    expect(demo.parse(params('q=refund%20policy&status=fail&view=chart&page=3'))).toEqual({
      q: 'refund policy',
      status: 'fail',
      view: 'chart',
      page: 3,
    });
  });

  it('reads missing, unknown and malformed values as defaults', () => {
    expect(demo.parse(params(''))).toEqual({ q: undefined, status: undefined, view: 'table', page: 1 });
    expect(demo.parse(params('q=%20%20&status=FAIL&view=pie&page=0'))).toEqual({
      q: undefined,
      status: undefined,
      view: 'table',
      page: 1,
    });
    expect(demo.parse(params('page=2.5')).page).toBe(1);
    expect(demo.parse(params('page=-3')).page).toBe(1);
    expect(demo.parse(params('page=99999999999999999999')).page).toBe(1);
    expect(demo.parse(params('page=abc')).page).toBe(1);
  });

  it('keeps untrusted text exactly as typed', () => {
    const q = '<script>alert(1)</script> & "quotes"';
    const next = demo.apply(params(''), { q });
    expect(next.toString()).toBe('q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E+%26+%22quotes%22');
    expect(demo.parse(next).q).toBe(q);
  });

  it('leaves defaults and empty values out of the URL', () => {
    expect(
      demo
        .apply(params('q=x&status=fail&view=chart&page=4'), {
          q: '',
          status: undefined,
          view: 'table',
          page: 1,
        })
        .toString(),
    ).toBe('');
  });

  it('changes only the patched fields and keeps parameters it does not own', () => {
    const next = demo.apply(params('case=r-42&q=old&page=2'), { status: 'fail', page: 1 });
    expect(next.toString()).toBe('case=r-42&q=old&status=fail');
  });

  it('round-trips a state through the URL', () => {
    const state: UrlStateOf<typeof demo.fields> = { q: 'typo', status: 'pass', view: 'chart', page: 7 };
    expect(demo.parse(demo.apply(params(''), state))).toEqual(state);
  });
});

describe('page URLs', () => {
  it('reads a run page link filtered to the failures of one slice', () => {
    const state = resultsUrl.parse(params('status=fail&tag=paraphrase&target=faq-assistant&case=abc'));
    expect(state).toEqual({
      target: 'faq-assistant',
      prompt: undefined,
      tag: 'paraphrase',
      status: 'fail',
      q: undefined,
      case: 'abc',
    });
    expect(resultsFilters(state)).toEqual({ target: 'faq-assistant', tag: 'paraphrase', status: 'fail' });
  });

  it('drops a results status the API does not know', () => {
    expect(resultsUrl.parse(params('status=flaky')).status).toBeUndefined();
  });

  it('bounds the search text to what the API accepts', () => {
    const state = resultsUrl.parse(params(`q=${'x'.repeat(250)}`));
    expect(resultsFilters(state).q).toHaveLength(200);
  });

  it('reads the runs list, compare and trend links', () => {
    expect(runsUrl.parse(params('q=main&status=interrupted&page=2'))).toEqual({
      q: 'main',
      status: 'interrupted',
      suite: undefined,
      page: 2,
    });
    expect(compareUrl.parse(params('base=r1&candidate=r2'))).toEqual({
      suite: undefined,
      base: 'r1',
      candidate: 'r2',
      change: 'changed',
      target: undefined,
      page: 1,
    });
    expect(
      compareUrl.apply(params('base=r1&candidate=r2&change=regressed'), { change: 'changed' }).toString(),
    ).toBe('base=r1&candidate=r2');
    expect(trendUrl.parse(params('suite=%2Frepo%2Fgroundtruth.yaml&scorer=key-fact'))).toEqual({
      suite: '/repo/groundtruth.yaml',
      scorer: 'key-fact',
      target: undefined,
    });
  });
});

type ResultsUpdate = ReturnType<typeof useUrlState<typeof resultsUrl.fields>>[1];
let latest: { state: UrlStateOf<typeof resultsUrl.fields>; update: ResultsUpdate } | undefined;

function Probe() {
  const [state, update] = useUrlState(resultsUrl);
  latest = { state, update };
  return null;
}

describe('useUrlState', () => {
  it('reads the location and patches it, keeping other parameters', async () => {
    const router = createMemoryRouter([{ path: '/runs/:id', element: <Probe /> }], {
      initialEntries: ['/runs/r1?status=fail&other=kept'],
    });
    render(<RouterProvider router={router} />);
    expect(latest?.state.status).toBe('fail');

    await act(async () => latest?.update({ tag: 'typo', status: undefined }));
    expect(router.state.location.search).toBe('?other=kept&tag=typo');
    expect(latest?.state).toMatchObject({ tag: 'typo', status: undefined });
    expect(router.state.historyAction).toBe('PUSH');

    await act(async () => latest?.update({ q: 'refund' }, { replace: true }));
    expect(router.state.location.search).toBe('?other=kept&tag=typo&q=refund');
    expect(router.state.historyAction).toBe('REPLACE');
  });
});
