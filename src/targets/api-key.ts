// Which API key an SDK target sends: the config's, else the provider's environment variable, else,
// for a custom base URL (a local or self-hosted server), a placeholder those servers ignore.
import { ConfigError } from '../core/index.js';

/** The SDKs refuse to start without a key, even for servers that never check it. */
export const NO_KEY_PLACEHOLDER = 'groundtruth-no-key';

export function resolveApiKey(
  config: { id: string; apiKey?: string | undefined; baseUrl?: string | undefined },
  env: NodeJS.ProcessEnv,
  envName: 'OPENAI_API_KEY' | 'ANTHROPIC_API_KEY',
): string {
  const key = config.apiKey || env[envName] || (config.baseUrl ? NO_KEY_PLACEHOLDER : undefined);
  if (!key) {
    throw new ConfigError(`target ${config.id}: no API key: ${envName} is not set`, undefined, {
      hint: `set ${envName}, or apiKey: \${MY_KEY} on the target`,
    });
  }
  return key;
}
