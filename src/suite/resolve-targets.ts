// Targets of a suite: unique ids (given, or derived from type and model), paths resolved against
// the suite folder, request templates compiled. Also used for judge targets written inline.

import type { z } from 'zod';
import type { TargetConfig, TargetConfigSchema } from '../core/index.js';
import type { KeyPath } from './key-path.js';
import {
  checkTemplate,
  checkTemplatesDeep,
  type LoadContext,
  reportDuplicateNames,
  resolveExisting,
} from './load-context.js';

type ParsedTarget = z.output<typeof TargetConfigSchema>;

export function resolveTargets(context: LoadContext, targets: readonly ParsedTarget[]): TargetConfig[] {
  const taken = reportDuplicateNames(context, 'targets', 'id', targets, (t) => t.id, 'target id');
  return targets.map((target, i) => {
    let id = target.id;
    if (id === undefined) {
      const base = defaultTargetId(target);
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.set(id, 0);
    }
    return resolveTargetConfig(context, { ...target, id }, ['targets', i]);
  });
}

/** `echo`, or `openai:gpt-4o-mini` for targets with a model (characters an id cannot have become _). */
export function defaultTargetId(target: ParsedTarget): string {
  if (target.type === 'openai' || target.type === 'anthropic') {
    return `${target.type}:${target.model.replace(/[^A-Za-z0-9_.:@/-]/g, '_')}`;
  }
  return target.type;
}

/** Resolves paths and compiles templates of one target config at `key`. */
export function resolveTargetConfig(context: LoadContext, target: TargetConfig, key: KeyPath): TargetConfig {
  switch (target.type) {
    case 'module':
      return { ...target, path: resolveExisting(context, target.path, [...key, 'path']) };
    case 'exec': {
      checkTemplatesDeep(context, target.args, [...key, 'args']);
      if (target.cwd === undefined) return target;
      return { ...target, cwd: resolveExisting(context, target.cwd, [...key, 'cwd'], 'directory') };
    }
    case 'http':
      checkTemplatesDeep(context, target.body, [...key, 'body']);
      return target;
    case 'anthropic':
      if (target.system !== undefined) checkTemplate(context, target.system, [...key, 'system']);
      return target;
    default:
      return target;
  }
}
