// A search box bound to a URL parameter: typing updates the box at once and the URL after a pause, and
// a URL changed from outside (back button, pasted link) updates the box.
import { useEffect, useRef, useState } from 'react';

export const SEARCH_DELAY_MS = 300;

export function useSearchBox(
  fromUrl: string | undefined,
  commit: (text: string | undefined) => void,
  delayMs = SEARCH_DELAY_MS,
): [string, (text: string) => void] {
  const [text, setText] = useState(fromUrl ?? '');
  const commitRef = useRef(commit);
  commitRef.current = commit;

  useEffect(() => {
    const url = fromUrl ?? '';
    // Keep what is being typed when it already says the same (a trailing space is not lost).
    setText((typed) => (typed.trim() === url ? typed : url));
  }, [fromUrl]);

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === (fromUrl ?? '')) return;
    const timer = setTimeout(() => commitRef.current(wanted || undefined), delayMs);
    return () => clearTimeout(timer);
  }, [text, fromUrl, delayMs]);

  return [text, setText];
}
