// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { readToken, saveToken } from '../api/token';
import { ErrorState } from './states';

afterEach(() => {
  cleanup();
  saveToken(undefined);
});

describe('ErrorState', () => {
  it("shows the server's message and hint, and retries", () => {
    let retried = 0;
    render(
      <ErrorState
        error={new ApiError(400, 'bad_request', 'limit must be at most 500', 'use a smaller page')}
        onRetry={() => retried++}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h2')?.textContent).toBe('Something went wrong');
    expect(alert.textContent).toContain('limit must be at most 500');
    expect(alert.textContent).toContain('use a smaller page');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retried).toBe(1);
  });

  it('asks for the access token on a 401, keeps it and retries with it', () => {
    let retried = 0;
    render(
      <ErrorState
        error={new ApiError(401, 'unauthorized', 'this server needs an access token')}
        onRetry={() => retried++}
      />,
    );
    expect(screen.getByRole('alert').querySelector('h2')?.textContent).toBe('Access token needed');
    fireEvent.change(screen.getByLabelText('Access token'), { target: { value: '  s3cret ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use token' }));
    expect(readToken()).toBe('s3cret');
    expect(retried).toBe(1);
  });
});
