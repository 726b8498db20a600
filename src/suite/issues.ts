// Collects located problems so a file's mistakes are reported together (in document order, capped),
// as one ConfigError or DatasetError whose message has one `file:line:column: key: problem` per line.
import { ConfigError, type SourceLocation } from '../core/index.js';
import { formatKeyPath, type KeyPath } from './key-path.js';

/** Turns a key path into a line and column of some document. */
export interface Locator {
  /** The file as shown in messages. */
  readonly file: string;
  /** With `atKey`, the position of the key itself rather than of its value. */
  locate(path: KeyPath, atKey?: boolean): { line?: number; column?: number };
}

/** A problem at a key path, before it is given a position. */
export interface PathIssue {
  path: KeyPath;
  message: string;
  /** Point at the key (an unknown key) rather than its value. */
  atKey?: boolean;
}

export interface LocatedIssue {
  location: SourceLocation;
  message: string;
}

/** More than this and the rest are counted, not listed: the first ones are what gets fixed first. */
export const MAX_REPORTED_ISSUES = 20;

type ErrorClass = new (message: string, location?: SourceLocation) => ConfigError;

export class IssueCollector {
  private readonly issues: LocatedIssue[] = [];

  get count(): number {
    return this.issues.length;
  }

  add(locator: Locator, issue: PathIssue, prefix: KeyPath = []): void {
    const path = prefix.length === 0 ? issue.path : [...prefix, ...issue.path];
    const key = formatKeyPath(path);
    this.issues.push({
      location: { file: locator.file, ...locator.locate(path, issue.atKey), ...(key ? { key } : {}) },
      message: issue.message,
    });
  }

  addAll(locator: Locator, issues: readonly PathIssue[], prefix: KeyPath = []): void {
    for (const issue of issues) this.add(locator, issue, prefix);
  }

  /** Throws every collected issue as one error of the given class. */
  throwIfAny(errorClass: ErrorClass = ConfigError): void {
    if (this.issues.length > 0) throw issuesToError(this.issues, errorClass);
  }

  /** Every collected issue (there must be one) as one error of the given class. */
  toError(errorClass: ErrorClass = ConfigError): ConfigError {
    return issuesToError(this.issues, errorClass);
  }
}

export function issuesToError(
  issues: readonly LocatedIssue[],
  errorClass: ErrorClass = ConfigError,
): ConfigError {
  const fileOrder = new Map<string, number>();
  for (const issue of issues)
    if (!fileOrder.has(issue.location.file)) fileOrder.set(issue.location.file, fileOrder.size);
  const ordered = [...issues].sort(
    (a, b) =>
      fileOrder.get(a.location.file)! - fileOrder.get(b.location.file)! ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0),
  );
  const [first, ...rest] = ordered;
  if (!first) throw new Error('issuesToError needs at least one issue');
  const shown = rest.slice(0, MAX_REPORTED_ISSUES - 1).map((i) => ConfigError.compose(i.message, i.location));
  const hidden = ordered.length - 1 - shown.length;
  if (hidden > 0) shown.push(`... and ${hidden} more`);
  const message = [first.message, ...shown].join('\n');
  return new errorClass(message, first.location);
}
