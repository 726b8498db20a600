// Typed errors. Each carries where it happened (file:line:key, or case/target) and the exit code
// the CLI returns for it, so the CLI has one top-level handler and no error is classified twice.

/** Process exit codes, shared by every command. */
export const ExitCode = {
  ok: 0,
  /** A gate failed: the run completed but did not meet the suite's gates. */
  gateFailed: 1,
  /** The suite, dataset or command line is invalid. Nothing was sent to a target. */
  invalidInput: 2,
  /** The run could not complete (too many errors, store failure, a resumed run that is gone...). */
  runIncomplete: 3,
  /** Interrupted by SIGINT/SIGTERM; the run is kept as `interrupted` and can be resumed. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in a file something went wrong. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted key path inside the document, e.g. `targets[1].timeoutMs`. */
  key?: string;
}

export function formatLocation(loc: SourceLocation): string {
  let out = loc.file;
  if (loc.line !== undefined) {
    out += `:${loc.line}`;
    if (loc.column !== undefined) out += `:${loc.column}`;
  }
  return out;
}

export abstract class GroundtruthError extends Error {
  abstract readonly exitCode: ExitCode;
  /** HTTP status for the server's error handler. */
  readonly httpStatus: number = 500;
  /** What the user can do about it; printed under the message. */
  readonly hint: string | undefined;

  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options?.hint;
  }
}

/** An invalid suite file or command option. */
export class ConfigError extends GroundtruthError {
  readonly exitCode = ExitCode.invalidInput;
  override readonly httpStatus = 400;
  readonly location: SourceLocation | undefined;

  constructor(message: string, location?: SourceLocation, options?: { hint?: string; cause?: unknown }) {
    super(ConfigError.compose(message, location), options);
    this.location = location;
  }

  static compose(message: string, location?: SourceLocation): string {
    if (!location) return message;
    const key = location.key ? ` ${location.key}:` : '';
    return `${formatLocation(location)}:${key} ${message}`;
  }
}

/** An invalid dataset file or row. */
export class DatasetError extends ConfigError {}

/** A wrong command line: unknown option, missing argument, conflicting flags. */
export class UsageError extends GroundtruthError {
  readonly exitCode = ExitCode.invalidInput;
  override readonly httpStatus = 400;
}

/** Nothing by that id (run, dataset...). */
export class NotFoundError extends GroundtruthError {
  readonly exitCode = ExitCode.invalidInput;
  override readonly httpStatus = 404;
}

/**
 * A call to a target failed. Inside a run this never escapes: the runner turns it into an `error`
 * result that keeps the message. `retryable` and `retryAfterMs` drive the retry loop.
 */
export class TargetError extends GroundtruthError {
  readonly exitCode = ExitCode.runIncomplete;
  override readonly httpStatus = 502;
  readonly targetId: string;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(
    targetId: string,
    message: string,
    options: {
      status?: number;
      retryable?: boolean;
      retryAfterMs?: number;
      cause?: unknown;
      hint?: string;
    } = {},
  ) {
    super(message, options);
    this.targetId = targetId;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A run that could not complete: the store failed, the error rate is over the gate, etc. */
export class RunError extends GroundtruthError {
  readonly exitCode = ExitCode.runIncomplete;
}

/** The run was stopped by a signal; it is stored as `interrupted`. */
export class InterruptedError extends GroundtruthError {
  readonly exitCode = ExitCode.interrupted;
  readonly runId: string;
  constructor(runId: string, signal: string) {
    super(`run ${runId} interrupted by ${signal}`, {
      hint: `resume it with: groundtruth eval --resume ${runId}`,
    });
    this.runId = runId;
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
