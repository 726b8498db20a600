// The built web app: files from its folder, index.html for every other page path so that deep links
// (/runs/<id>) load the app, which routes them; hashed assets cached for good. When the app was not
// built, a plain page says how to build it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** dist/web beside the built server (dist/server), or the repository's dist/web when run from src/. */
export function defaultWebRoot(): string {
  const candidates = [
    fileURLToPath(new URL('../web', import.meta.url)),
    fileURLToPath(new URL('../../dist/web', import.meta.url)),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}

/** Vite names built assets by content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html must be revalidated so that a rebuilt app is picked up at once. */
const REVALIDATE = 'no-cache';

export function mountWebApp(app: Hono, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) {
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.html(notBuiltPage(webRoot), 503);
    });
    return;
  }
  app.use(
    '*',
    serveStatic({
      root: webRoot,
      onFound: (path, c) => {
        c.header('Cache-Control', path.startsWith(join(webRoot, 'assets')) ? IMMUTABLE : REVALIDATE);
      },
    }),
  );
  app.get('*', async (c, next) => {
    // A missing file (a stale asset name, /favicon.ico) is a 404, not the app's HTML under a script's name.
    const last = c.req.path.slice(c.req.path.lastIndexOf('/') + 1);
    if (last.includes('.')) return c.text('not found', 404);
    return serveStatic({
      path: index,
      onFound: (_path, ctx) => {
        ctx.header('Cache-Control', REVALIDATE);
      },
    })(c, next);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function notBuiltPage(webRoot: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Groundtruth: the web app is not built</title></head>
<body>
<h1>The Groundtruth web app is not built</h1>
<p>This server found no <code>index.html</code> in <code>${escapeHtml(webRoot)}</code>.</p>
<p>Build it with <code>npm run build</code> in the groundtruth repository, then reload this page.
The JSON API works without it: try <a href="/api/health">/api/health</a>.</p>
</body>
</html>
`;
}
