// The API access token of a server listening beyond loopback: taken once from the link the server
// prints (`#token=…` or `?token=…`), then kept in this browser and removed from the address bar.
const STORAGE_KEY = 'groundtruth.token';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): the token then lives for the page only.
    return undefined;
  }
}

let memoryToken: string | undefined;

export function readToken(): string | undefined {
  return storage()?.getItem(STORAGE_KEY) ?? memoryToken;
}

export function saveToken(token: string | undefined): void {
  memoryToken = token || undefined;
  const store = storage();
  if (!store) return;
  if (token) store.setItem(STORAGE_KEY, token);
  else store.removeItem(STORAGE_KEY);
}

/**
 * Moves a token found in the URL into storage and returns the URL without it, so it is not left in the
 * history, in screenshots or in links pasted elsewhere. Returns undefined when the URL holds no token.
 */
export function takeTokenFromUrl(href: string): string | undefined {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.startsWith('#') ? url.hash.slice(1) : url.hash);
  const token = hash.get('token') ?? url.searchParams.get('token');
  if (!token) return undefined;
  saveToken(token);
  hash.delete('token');
  url.searchParams.delete('token');
  const rest = hash.toString();
  url.hash = rest ? `#${rest}` : '';
  return url.toString();
}
