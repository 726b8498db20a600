// Reading a judge model's reply: the first JSON object in it that holds a verdict, wherever the model
// put it (bare, in a code fence, inside prose), normalised to a score in [0, 1] and/or a pass flag.

export interface JudgeVerdict {
  /** In [0, 1], already converted from the judge's scale. */
  score?: number;
  pass?: boolean;
  reason: string;
}

export type VerdictReading = { ok: true; verdict: JudgeVerdict } | { ok: false; problem: string };

/** The most `{` positions tried: bounds the work on a long reply full of braces. */
const CANDIDATES = 50;

export function readJudgeVerdict(reply: string): VerdictReading {
  const text = reply.replace(/```[\w-]*/g, '');
  let problem = 'the reply holds no JSON object';
  let start = text.indexOf('{');
  for (let tried = 0; start !== -1 && tried < CANDIDATES; tried++) {
    const end = balancedEnd(text, start);
    if (end === -1) {
      start = text.indexOf('{', start + 1);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(start, end + 1));
    } catch {
      problem = 'the reply holds no valid JSON object';
      start = text.indexOf('{', start + 1);
      continue;
    }
    const reading = interpretVerdict(parsed as Record<string, unknown>);
    if (reading.ok) return reading;
    problem = reading.problem;
    start = text.indexOf('{', end + 1);
  }
  return { ok: false, problem };
}

/** Index of the `}` closing the object that opens at `start`, skipping braces inside strings; -1 if none. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Converts a score on a scale to [0, 1]; `low` maps to 0, `high` to 1. */
interface Scale {
  low: number;
  high: number;
}

// Maps, not object literals: a reply saying "scale": "constructor" must not find Object's prototype.
const SCALES = new Map<string, Scale>([
  ['1', { low: 0, high: 1 }],
  ['5', { low: 1, high: 5 }],
  ['10', { low: 0, high: 10 }],
  ['0-1', { low: 0, high: 1 }],
  ['1-5', { low: 1, high: 5 }],
  ['0-10', { low: 0, high: 10 }],
]);

const VERDICT_WORDS = new Map<string, boolean>([
  ['pass', true],
  ['yes', true],
  ['true', true],
  ['fail', false],
  ['no', false],
  ['false', false],
]);

export function interpretVerdict(object: Record<string, unknown>): VerdictReading {
  const fields = new Map(Object.entries(object).map(([key, value]) => [key.toLowerCase(), value]));
  // null counts as absent: {"score": null, "pass": true} is a pass-only verdict.
  const rawScore = fields.get('score') ?? undefined;
  const rawPass = fields.get('pass') ?? fields.get('verdict') ?? undefined;
  if (rawScore === undefined && rawPass === undefined) {
    return { ok: false, problem: 'the JSON object has neither "score" nor "pass"' };
  }

  const verdict: JudgeVerdict = { reason: reasonOf(fields) };
  if (rawScore !== undefined) {
    const score = toNumber(rawScore);
    if (score === undefined)
      return { ok: false, problem: `"score" ${JSON.stringify(rawScore)} is not a number` };
    const rawScale = fields.get('scale') ?? fields.get('max');
    let scale: Scale = { low: 0, high: 1 };
    if (rawScale !== undefined) {
      const named = SCALES.get(
        String(rawScale)
          .trim()
          .replace(/\s*(?:-|–|to)\s*/, '-'),
      );
      if (!named)
        return { ok: false, problem: `unsupported scale ${JSON.stringify(rawScale)}; use 0-1, 1-5 or 0-10` };
      scale = named;
    }
    if (score < scale.low || score > scale.high) {
      return {
        ok: false,
        problem:
          rawScale === undefined
            ? `"score" ${score} is outside 0 to 1 and no "scale" says otherwise`
            : `"score" ${score} is outside the scale ${scale.low} to ${scale.high}`,
      };
    }
    verdict.score = (score - scale.low) / (scale.high - scale.low);
  }
  if (rawPass !== undefined) {
    const pass =
      typeof rawPass === 'boolean'
        ? rawPass
        : typeof rawPass === 'string'
          ? VERDICT_WORDS.get(rawPass.trim().toLowerCase())
          : undefined;
    if (pass === undefined) {
      return {
        ok: false,
        problem: `"pass" ${JSON.stringify(rawPass)} is not true/false, pass/fail or yes/no`,
      };
    }
    verdict.pass = pass;
  }
  return { ok: true, verdict };
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/.test(value)) return undefined;
  return Number(value);
}

function reasonOf(fields: Map<string, unknown>): string {
  for (const key of ['reason', 'reasoning', 'explanation']) {
    const value = fields.get(key);
    if (typeof value === 'string') return value;
  }
  return '';
}
