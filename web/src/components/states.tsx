// What a page shows instead of its content: nothing yet (with the next step), loading, or an error with
// the server's message and hint; a 401 asks for the access token.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiError } from '../api/client';
import { saveToken } from '../api/token';

export function EmptyState({
  title,
  children,
  actions,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="state" role="status">
      <h2>{title}</h2>
      {children}
      {actions ? <div className="actions">{actions}</div> : null}
    </div>
  );
}

function TokenForm({ onSaved }: { onSaved: () => void }) {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    saveToken(token.trim());
    onSaved();
  };
  return (
    <form className="toolbar" onSubmit={submit} style={{ marginTop: 12 }}>
      <label className="field">
        <span>Access token</span>
        <input
          className="input"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <button className="btn primary" type="submit" style={{ alignSelf: 'flex-end' }}>
        Use token
      </button>
    </form>
  );
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: ApiError;
  onRetry?: () => void;
  title?: string;
}) {
  const unauthorized = error.status === 401;
  return (
    <div className="state error-state" role="alert">
      <h2>{title ?? (unauthorized ? 'Access token needed' : 'Something went wrong')}</h2>
      <p>{error.message}</p>
      {error.hint ? <p className="muted">{error.hint}</p> : null}
      {unauthorized ? (
        <>
          <p className="muted">
            This server listens beyond this machine, so it asks for the token it was started with (
            <code>--token</code> or <code>GROUNDTRUTH_TOKEN</code>).
          </p>
          <TokenForm onSaved={() => onRetry?.()} />
        </>
      ) : onRetry ? (
        <div className="actions" style={{ justifyContent: 'flex-start' }}>
          <button className="btn" type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function SkeletonLines({ lines = 3, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <span key={i} className="skeleton-line" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

export function SkeletonCards({ count = 6 }: { count?: number }) {
  return (
    <div className="skeleton-cards" role="status" aria-busy="true" aria-label="Loading figures">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="card">
          <span className="skeleton-line" style={{ width: '45%' }} />
          <span className="skeleton-line" style={{ width: '70%', height: 16 }} />
        </div>
      ))}
    </div>
  );
}

export function SkeletonTable({ rows = 8 }: { rows?: number }) {
  return (
    <div className="table-wrap">
      <SkeletonLines lines={rows} label="Loading table" />
    </div>
  );
}
