// What a response cost: the built-in price table (prices.json), its lookup by model name, and
// cost from token usage. The table is read on first use, so runs without priced models never load it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TargetConfig, TokenUsage } from '../core/index.js';

/** USD per million tokens. Same shape as a target's `pricing:`. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

const PriceSchema = z.strictObject({
  inputPerMillion: z.number().min(0),
  outputPerMillion: z.number().min(0),
});
const PriceTableSchema = z.strictObject({
  asOf: z.iso.date(),
  note: z.string(),
  models: z.record(z.string(), PriceSchema),
});
export type PriceTable = z.infer<typeof PriceTableSchema>;

let table: PriceTable | undefined;

export function builtInPrices(): PriceTable {
  table ??= PriceTableSchema.parse(
    JSON.parse(readFileSync(new URL('./prices.json', import.meta.url), 'utf8')),
  );
  return table;
}

/** A name extends a table entry at one of these; `.` is excluded so gpt-4 never prices gpt-4.5. */
const BOUNDARY = new Set(['-', ':', '@', '_']);
/** Words that name a different (differently priced) model, e.g. o1-mini is not o1. */
const OTHER_TIER = /(?:^|[-_:@.])(?:mini|nano|pro|realtime|research)(?:$|[-_:@.])/;

/**
 * The price of a model: the longest table entry the name equals or extends (`gpt-4o-2024-08-06` →
 * `gpt-4o`), after dropping a provider prefix (`openai/`, `anthropic.`, `us.anthropic.`).
 * Undefined when no entry fits: an unknown cost is better than a wrong one.
 */
export function lookupPrice(model: string, prices: PriceTable = builtInPrices()): ModelPrice | undefined {
  const name = stripProvider(model.trim().toLowerCase());
  let best: string | undefined;
  for (const entry of Object.keys(prices.models)) {
    if (best !== undefined && entry.length <= best.length) continue;
    if (name === entry) {
      best = entry;
      continue;
    }
    if (!name.startsWith(entry) || !BOUNDARY.has(name.charAt(entry.length))) continue;
    if (OTHER_TIER.test(name.slice(entry.length))) continue;
    best = entry;
  }
  return best === undefined ? undefined : prices.models[best];
}

function stripProvider(name: string): string {
  const slash = name.lastIndexOf('/');
  const bare = slash >= 0 ? name.slice(slash + 1) : name;
  return bare.replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '');
}

/**
 * USD for a usage: prompt tokens at the input price, completion tokens at the output price.
 * A missing side is derived from `total` when possible; otherwise undefined rather than an undercount.
 */
export function computeCost(usage: TokenUsage, price: ModelPrice): number | undefined {
  let { prompt, completion } = usage;
  const { total } = usage;
  if (prompt === undefined && completion !== undefined && total !== undefined) prompt = total - completion;
  if (completion === undefined && prompt !== undefined && total !== undefined) completion = total - prompt;
  if (prompt === undefined || completion === undefined || prompt < 0 || completion < 0) return undefined;
  return (prompt * price.inputPerMillion + completion * price.outputPerMillion) / 1_000_000;
}

/** The price a target's responses are charged at: its `pricing:`, else the table entry of its model. */
export function priceOf(config: TargetConfig): ModelPrice | undefined {
  if (config.pricing) return config.pricing;
  if (config.type === 'openai' || config.type === 'anthropic') return lookupPrice(config.model);
  return undefined;
}
