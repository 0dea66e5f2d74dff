// The demo runs on the sources, so that `npm start` shows edits at once.
import '../src/index.js';
