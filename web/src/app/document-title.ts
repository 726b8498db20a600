// The browser tab's title names the page (and the run), so that tabs and bookmarks can be told apart.
import { useEffect } from 'react';

export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} \u00B7 Groundtruth` : 'Groundtruth';
  }, [title]);
}
