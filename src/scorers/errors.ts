// The error a scorer throws when it cannot score an output (as opposed to a failing score): a missing
// expected value, a template that does not render, a judge that fails or gives no usable verdict.
import { ExitCode, GroundtruthError } from '../core/index.js';

/** `scoreOutput` turns it into the result's error, prefixed with the scorer's name. */
export class ScorerError extends GroundtruthError {
  readonly exitCode = ExitCode.runIncomplete;
}
