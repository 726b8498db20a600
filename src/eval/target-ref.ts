// Resolves a judge's model: the id of a suite target, or a target config written in the scorer.
import { ConfigError, type TargetConfig, type TargetConfigInput, TargetConfigSchema } from '../core/index.js';
import { createInvoker, type InvokerOptions } from '../targets/index.js';
import type { TargetContext, TargetInvoker } from '../targets/types.js';

export async function resolveTargetRef(
  ref: string | TargetConfigInput,
  invokers: ReadonlyMap<string, TargetInvoker>,
  context: TargetContext,
  options?: InvokerOptions,
): Promise<{ invoker: TargetInvoker; owned: boolean }> {
  if (typeof ref === 'string') {
    const invoker = invokers.get(ref);
    if (!invoker) {
      throw new ConfigError(
        `judge target "${ref}" is not a target of this suite (targets: ${[...invokers.keys()].join(', ')})`,
      );
    }
    return { invoker, owned: false };
  }
  const parsed = TargetConfigSchema.parse(ref);
  const id =
    parsed.id ?? ('model' in parsed ? `judge:${parsed.type}:${parsed.model}` : `judge:${parsed.type}`);
  const config: TargetConfig = { ...parsed, id };
  return { invoker: await createInvoker(config, context, options), owned: true };
}
