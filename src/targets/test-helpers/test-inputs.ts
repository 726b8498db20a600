// What tests hand to targets: configs as the suite loader produces them (validated, defaults applied,
// id resolved) and call inputs for one case.
import {
  type ChatMessage,
  type TargetConfig,
  type TargetConfigInput,
  TargetConfigSchema,
} from '../../core/index.js';
import type { TargetCallInput } from '../types.js';

export function targetConfig(input: TargetConfigInput): TargetConfig {
  const parsed = TargetConfigSchema.parse(input);
  return { ...parsed, id: parsed.id ?? parsed.type };
}

/** A single case whose rendered prompt is `text` (or a chat), with its vars. */
export function callInput(
  text: string,
  vars: Record<string, unknown> = {},
  messages?: ChatMessage[],
): Omit<TargetCallInput, 'signal'> {
  return {
    prompt: messages ? { text, messages } : { text },
    vars,
    case: { id: 'case-1', vars, tags: [] },
  };
}
