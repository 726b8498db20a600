// Page state kept in the URL (filters, selection, paging), so that any view can be pasted into a pull
// request: one declaration per page says which parameters exist, how they parse and what is default.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlField =
  | { type: 'string' }
  | { type: 'enum'; values: readonly string[]; fallback?: string }
  | { type: 'int'; min: number; fallback: number };

type ValueOf<F extends UrlField> = F extends { type: 'enum'; values: readonly (infer V)[]; fallback: string }
  ? V
  : F extends { type: 'enum'; values: readonly (infer V)[] }
    ? V | undefined
    : F extends { type: 'int' }
      ? number
      : string | undefined;

export type UrlStateOf<S extends Record<string, UrlField>> = { [K in keyof S]: ValueOf<S[K]> };

export interface UrlStateDefinition<S extends Record<string, UrlField>> {
  fields: S;
  /** The state a URL describes; unknown or malformed values read as their default, never as an error. */
  parse(params: URLSearchParams): UrlStateOf<S>;
  /**
   * The URL parameters after applying `patch`: defaults and empty values are left out so links stay
   * short, and parameters this definition does not own (another panel's) are kept as they are.
   */
  apply(params: URLSearchParams, patch: Partial<UrlStateOf<S>>): URLSearchParams;
}

const INTEGER = /^-?\d+$/;

function parseField(field: UrlField, raw: string | null): string | number | undefined {
  switch (field.type) {
    case 'string':
      return raw === null || raw.trim() === '' ? undefined : raw;
    case 'enum':
      return raw !== null && field.values.includes(raw) ? raw : field.fallback;
    case 'int': {
      if (raw === null || !INTEGER.test(raw)) return field.fallback;
      const n = Number(raw);
      return Number.isSafeInteger(n) && n >= field.min ? n : field.fallback;
    }
  }
}

function serializeField(field: UrlField, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (field.type) {
    case 'string': {
      const text = String(value);
      return text.trim() === '' ? undefined : text;
    }
    case 'enum':
      return typeof value === 'string' && field.values.includes(value) && value !== field.fallback
        ? value
        : undefined;
    case 'int':
      return typeof value === 'number' &&
        Number.isSafeInteger(value) &&
        value >= field.min &&
        value !== field.fallback
        ? String(value)
        : undefined;
  }
}

export function defineUrlState<const S extends Record<string, UrlField>>(fields: S): UrlStateDefinition<S> {
  const keys = Object.keys(fields) as Array<keyof S & string>;
  return {
    fields,
    parse(params) {
      const state: Record<string, unknown> = {};
      for (const key of keys) state[key] = parseField(fields[key]!, params.get(key));
      return state as UrlStateOf<S>;
    },
    apply(params, patch) {
      const next = new URLSearchParams(params);
      for (const key of keys) {
        if (!Object.hasOwn(patch, key)) continue;
        const text = serializeField(fields[key]!, patch[key]);
        if (text === undefined) next.delete(key);
        else next.set(key, text);
      }
      return next;
    },
  };
}

export interface UrlStateUpdateOptions {
  /** Replace the history entry instead of adding one (typing in a search box, defaults filled in). */
  replace?: boolean;
}

/** The page's URL state and a setter that patches it; other parameters in the URL are kept. */
export function useUrlState<S extends Record<string, UrlField>>(
  definition: UrlStateDefinition<S>,
): [UrlStateOf<S>, (patch: Partial<UrlStateOf<S>>, options?: UrlStateUpdateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => definition.parse(params), [definition, params]);
  const update = useCallback(
    (patch: Partial<UrlStateOf<S>>, options: UrlStateUpdateOptions = {}) => {
      setParams((current) => definition.apply(current, patch), { replace: options.replace ?? false });
    },
    [definition, setParams],
  );
  return [state, update];
}
