/**
 * worker-side.ts for `pip-widgets.all.js`: the page's side of the bundle worker inside the one
 * file. A lazy file of that build must not import it back (a page may load it under another URL,
 * `?ver=2`, which would run a second copy), and this side shares most of its code with it.
 */
import { workerSink } from './worker-sink.js';

export const loadWorkerSide = () => Promise.resolve({ workerSink });
