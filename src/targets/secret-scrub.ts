// Keeps a target's secrets (API keys, auth headers, tokens in env or URLs) out of error messages:
// servers and scripts echo what they were sent, and error messages end up in stored results.
import { isSecretKey, type TargetConfig } from '../core/index.js';

/** Shorter values would redact ordinary words that happen to match a weak secret. */
const MIN_SECRET_LENGTH = 6;
const PROVIDER_KEYS = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'];

/** Every secret value a target may send, longest first so a token inside a header is redacted whole. */
export function collectSecrets(config: TargetConfig, env: NodeJS.ProcessEnv): string[] {
  const found = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const trimmed = value.trim();
    if (trimmed.length >= MIN_SECRET_LENGTH) found.add(trimmed);
    // `Bearer sk-...`: the token alone may be echoed without its scheme.
    const space = trimmed.indexOf(' ');
    if (space > 0) add(trimmed.slice(space + 1));
  };
  // Covers apiKey, secret headers, exec env entries and module options alike.
  walk(config, (key, value) => {
    if (isSecretKey(key)) add(value);
  });
  for (const name of PROVIDER_KEYS) add(env[name]);
  if (config.type === 'http') {
    for (const [name, value] of new URL(config.url).searchParams) if (isSecretKey(name)) add(value);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      visit(key, child);
      walk(child, visit);
    }
  }
}

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('[redacted]');
  return out;
}
