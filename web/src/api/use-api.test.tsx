// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunsResponse } from '../../../src/server/api';
import { type ApiClient, ApiError } from './client';
import { ApiProvider } from './context';
import { useApi } from './use-api';

afterEach(cleanup);

interface Pending {
  query: string | undefined;
  signal: AbortSignal;
  resolve: (value: RunsResponse) => void;
  reject: (error: unknown) => void;
}

function fakeClient(): { client: ApiClient; pending: Pending[] } {
  const pending: Pending[] = [];
  const runs = (query: { q?: string }, signal?: AbortSignal) =>
    new Promise<RunsResponse>((resolve, reject) =>
      pending.push({ query: query.q, signal: signal!, resolve, reject }),
    );
  return { client: { runs } as unknown as ApiClient, pending };
}

const page = (id: string): RunsResponse => ({
  items: [
    {
      id,
      suitePath: '/s/groundtruth.yaml',
      status: 'completed',
      createdAt: '',
      datasetRef: 'inline',
      targets: [],
    },
  ],
  total: 1,
  offset: 0,
  limit: 50,
});

function Runs({ q }: { q: string }) {
  const state = useApi(`runs:${q}`, (api, signal) => api.runs({ q }, signal));
  if (state.error) return <p>error: {state.error.message}</p>;
  if (state.loading) return <p>loading</p>;
  return <p>run {state.data?.items[0]?.id}</p>;
}

describe('useApi', () => {
  it('shows the answer for the current inputs only, aborting the request for the old ones', async () => {
    const { client, pending } = fakeClient();
    const view = render(
      <ApiProvider client={client}>
        <Runs q="a" />
      </ApiProvider>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    view.rerender(
      <ApiProvider client={client}>
        <Runs q="b" />
      </ApiProvider>,
    );
    expect(pending.map((p) => [p.query, p.signal.aborted])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    // The slow answer to the old request arrives last: it must not replace the new one.
    await act(async () => pending[1]!.resolve(page('run-b')));
    await act(async () => pending[0]!.resolve(page('run-a')));
    expect(screen.getByText('run run-b')).toBeTruthy();
  });

  it('aborts the request when the component unmounts', () => {
    const { client, pending } = fakeClient();
    const view = render(
      <ApiProvider client={client}>
        <Runs q="a" />
      </ApiProvider>,
    );
    view.unmount();
    expect(pending[0]!.signal.aborted).toBe(true);
  });

  it('shows the API error', async () => {
    const { client, pending } = fakeClient();
    render(
      <ApiProvider client={client}>
        <Runs q="a" />
      </ApiProvider>,
    );
    await act(async () => pending[0]!.reject(new ApiError(404, 'not_found', 'no run "a"')));
    expect(screen.getByText('error: no run "a"')).toBeTruthy();
  });
});
