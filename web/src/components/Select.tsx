// The one drop-down of the app: a filter or picker whose value lives in the URL. A value the options do
// not hold (a link naming a run or target this page has not listed) is still shown and kept selected.
import { useId } from 'react';
import type { SuiteListItem } from '../../../src/server/api';
import { suiteName } from '../lib/format';

export interface SelectOption {
  value: string;
  label: string;
  title?: string;
}

export interface SelectProps {
  /** Shown above the drop-down when `field`, else given to assistive technology only. */
  label: string;
  field?: boolean;
  value: string | undefined;
  options: readonly (string | SelectOption)[];
  /** The option meaning "none chosen" (value ''), e.g. "All targets"; none when undefined. */
  empty?: string | undefined;
  /** How a current value that the options do not hold is labelled (default: the value itself). */
  labelOf?: (value: string) => string;
  onChange: (value: string | undefined) => void;
}

export function Select({ label, field, value, options, empty, labelOf, onChange }: SelectProps) {
  const id = useId();
  const shown = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  if (value && !shown.some((o) => o.value === value)) {
    shown.push({ value, label: labelOf?.(value) ?? value });
  }
  const select = (
    <select
      id={id}
      className="select"
      aria-label={field ? undefined : label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {shown.map((o) => (
        <option key={o.value} value={o.value} title={o.title}>
          {o.label}
        </option>
      ))}
    </select>
  );
  if (!field) return select;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {select}
    </div>
  );
}

/** The suites of the store as options: the suite's folder name, its run count, its path as the title. */
export function suiteOptions(
  suites: readonly SuiteListItem[] | undefined,
  countLabel = ' runs',
): SelectOption[] {
  return (suites ?? []).map((s) => ({
    value: s.suitePath,
    label: `${suiteName(s.suitePath)} (${s.runs}${countLabel})`,
    title: s.suitePath,
  }));
}
