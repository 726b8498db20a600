// Target type → implementation. Adding a target type is a schema in core/targets.ts, a file here and
// one line below; a type without a line is a compile error. The SDK-backed targets import their SDK
// inside the factory, so a suite of echo or exec targets never pays for loading them.
import type { TargetConfig, TargetType } from '../core/index.js';
import { createAnthropicTarget } from './anthropic.js';
import { createEchoTarget } from './echo.js';
import { createExecTarget } from './exec.js';
import { createHttpTarget } from './http.js';
import { createModuleTarget } from './module.js';
import { createOpenAITarget } from './openai.js';
import type { Target, TargetContext, TargetFactory } from './types.js';

export const targetFactories: { readonly [T in TargetType]: TargetFactory<T> } = {
  echo: createEchoTarget,
  openai: createOpenAITarget,
  anthropic: createAnthropicTarget,
  http: createHttpTarget,
  exec: createExecTarget,
  module: createModuleTarget,
};

/** Creates the implementation of a validated target config; throws ConfigError for a bad setup. */
export async function createTarget(config: TargetConfig, context: TargetContext): Promise<Target> {
  // The mapped type guarantees factories[type] accepts configs of that type; TS cannot correlate the two.
  const factory = targetFactories[config.type] as (
    config: TargetConfig,
    context: TargetContext,
  ) => Target | Promise<Target>;
  return factory(config, context);
}
