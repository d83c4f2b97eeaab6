/**
 * The service worker's source (bundled by scripts/build-sw.mjs with esbuild; @serwist/build then
 * injects the precache manifest of the whole static export at `self.__SW_MANIFEST`).
 *
 * Serwist does the caching: every page, chunk, Monaco worker and the search index is precached
 * on install and served cache-first; a page not in the manifest goes to the network and falls
 * back to the 404 page offline. A new worker waits (skipWaiting: false) until the page asks it
 * to take over (the "new version" notice posts { type: 'SKIP_WAITING' }).
 */
import { NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';

// Only the manifest's injection point is needed: a module-scoped `self` keeps the DOM types.
declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // "/learn/x/" is stored as "/learn/x/index.html"; "/learn/x" (no slash) as a last resort.
    directoryIndex: 'index.html',
    cleanURLs: true,
    urlManipulation: ({ url }) => (url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url)]),
    // A static export serves the same file whatever the query (share links, RSC requests).
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
  },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [{ matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() }],
  fallbacks: { entries: [{ url: '/404.html', matcher: ({ request }) => request.destination === 'document' }] },
});

serwist.addEventListeners();
