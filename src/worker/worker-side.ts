/**
 * The page's side of the bundle worker, fetched the first time a bundle is large enough for it.
 * The one-file build puts worker-side.one-file.ts in this file's place (vite.config.ts).
 */
export const loadWorkerSide = () => import('./worker-sink.js');
