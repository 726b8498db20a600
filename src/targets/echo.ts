// The echo target: returns the rendered prompt. For trying a suite, its templates and its scorers
// without calling a model.
import type { TargetFactory } from './types.js';

export const createEchoTarget: TargetFactory<'echo'> = (config) => ({
  id: config.id,
  config,
  // Echoing is free and instant: a cache would only hide template changes.
  cacheable: false,
  async call({ prompt }) {
    return { output: prompt.text };
  },
});
