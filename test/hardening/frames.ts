import { waitUntil } from '@open-wc/testing';

/** A same-origin page of its own: a fresh realm (its own prototypes) and a fresh load of the library. */
export interface LibraryFrame {
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** Errors and unhandled rejections that reached the frame's window. */
  readonly errors: string[];
  /** How the library's import ended: "loaded" or "failed: <error>". */
  readonly loaded: string;
  remove(): void;
}

/**
 * Opens a same-origin frame that runs `setup` (a classic script, as a legacy host script would
 * run) and then imports the library from its source modules; `head` goes in its head (a CSP meta tag). Same origin, so the frame shares
 * localStorage with this page and with other frames: two frames are two tabs.
 */
export async function libraryFrame(setup = '', head = ''): Promise<LibraryFrame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<script>
  window.__errors = [];
  addEventListener('error', function (event) { window.__errors.push(String(event.message)); });
  addEventListener('unhandledrejection', function (event) { window.__errors.push(String(event.reason)); });
</script>
<script>${setup}</script>
<script type="module">
  window.__loaded = import('/src/standalone.ts').then(function () { return 'loaded'; }, function (error) { return 'failed: ' + error; });
</script>
</body></html>`;
  document.body.append(frame);
  type FrameWindow = Window & typeof globalThis & { __loaded?: Promise<string>; __errors: string[] };
  const win = () => frame.contentWindow as FrameWindow | null;
  await waitUntil(() => win()?.__loaded !== undefined, 'the frame never started loading the library', { timeout: 8000 });
  const loaded = await win()!.__loaded!;
  const frameWindow = win()!;
  return {
    win: frameWindow,
    doc: frameWindow.document,
    errors: frameWindow.__errors,
    loaded,
    remove: () => frame.remove(),
  };
}

/** A unique bundle item id, so tests never meet each other's stored answers. */
export const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
