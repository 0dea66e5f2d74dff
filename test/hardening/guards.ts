/**
 * Watchdogs for the hardening tests: everything a hostile bundle could do to a page that a test
 * would not see by looking at the widget alone.
 *
 * A global flag that payloads set would prove little (the payloads are not ours and call
 * `alert`, load images, add handlers), so the guard watches the effects themselves: dialogs and
 * popups, network requests, nodes added outside our elements, errors that reach the window, and
 * the page's address.
 */

export interface Guard {
  /** `alert`, `confirm`, `prompt`, `print` and `open` calls, with their first argument. */
  readonly calls: string[];
  /** fetch, XHR and beacon requests. */
  readonly requests: string[];
  /** Resource Timing entries that appeared (images, scripts, frames, styles, fetches). */
  readonly resources: string[];
  /** Nodes added to the document anywhere but inside a pip-widgets element. */
  readonly injected: string[];
  /** Errors and unhandled rejections that reached the window. */
  readonly errors: string[];
  /** Stops watching, restores the page and returns everything seen, flushed. */
  stop(): Promise<GuardReport>;
}

export interface GuardReport {
  calls: string[];
  requests: string[];
  resources: string[];
  injected: string[];
  errors: string[];
  locationChanged: boolean;
}

type Dialog = 'alert' | 'confirm' | 'prompt' | 'print' | 'open';
const DIALOGS: Dialog[] = ['alert', 'confirm', 'prompt', 'print', 'open'];

const isOurs = (node: Node): boolean => {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element && element.closest('pip-content, pip-qa-feed, pip-course-outline, pip-risk-checklist') !== null;
};

function describe(node: Node): string {
  if (node instanceof Element) return node.outerHTML.slice(0, 120);
  return `${node.nodeName} ${JSON.stringify(node.textContent?.slice(0, 60))}`;
}

/** Starts watching. Always `await guard.stop()` (in a `finally`), or the spies stay installed. */
export function startGuard(): Guard {
  const calls: string[] = [];
  const requests: string[] = [];
  const resources: string[] = [];
  const injected: string[] = [];
  const errors: string[] = [];
  const href = location.href;
  const win = window as unknown as Record<Dialog, unknown>;

  const originals = new Map<Dialog, unknown>(DIALOGS.map((name) => [name, win[name]]));
  for (const name of DIALOGS) {
    win[name] = (...args: unknown[]) => {
      calls.push(`${name}(${String(args[0])})`);
      return name === 'confirm' ? false : null;
    };
  }

  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    requests.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
    return realFetch(input, init);
  };
  const realOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    requests.push(`xhr ${String(args[1])}`);
    return (realOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  const realBeacon = navigator.sendBeacon;
  navigator.sendBeacon = (url: string | URL) => {
    requests.push(`beacon ${String(url)}`);
    return false;
  };

  // The Resource Timing buffer holds 250 entries by default and then drops new ones silently:
  // an observer sees every entry whatever the buffer holds.
  const before = new Set(performance.getEntriesByType('resource'));
  const onResources = (list: PerformanceObserverEntryList) => {
    for (const entry of list.getEntries()) if (!before.has(entry)) resources.push(entry.name);
  };
  const resourceObserver = new PerformanceObserver(onResources);
  resourceObserver.observe({ type: 'resource' });

  const onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (!isOurs(node)) injected.push(describe(node));
    }
  };
  const mutationObserver = new MutationObserver(onMutations);
  mutationObserver.observe(document.documentElement, { childList: true, subtree: true });

  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  let stopped: Promise<GuardReport> | undefined;
  const stop = async (): Promise<GuardReport> => {
    // Resource entries and mutation records are delivered in tasks of their own.
    await new Promise((resolve) => setTimeout(resolve, 50));
    onResources({ getEntries: () => resourceObserver.takeRecords() } as PerformanceObserverEntryList);
    onMutations(mutationObserver.takeRecords());
    resourceObserver.disconnect();
    mutationObserver.disconnect();
    for (const entry of performance.getEntriesByType('resource')) {
      if (!before.has(entry) && !resources.includes(entry.name)) resources.push(entry.name);
    }
    for (const name of DIALOGS) win[name] = originals.get(name);
    window.fetch = realFetch;
    XMLHttpRequest.prototype.open = realOpen;
    navigator.sendBeacon = realBeacon;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    return { calls, requests, resources, injected, errors, locationChanged: location.href !== href };
  };
  // Idempotent, so an afterEach can always restore the page, even after a failed test stopped early.
  return { calls, requests, resources, injected, errors, stop: () => (stopped ??= stop()) };
}

/** Every element our templates can draw (src/components, src/internal, src/content/rich-text). */
const OUR_TAGS = new Set(
  (
    'div span p h1 h2 h3 h4 h5 h6 ul ol li a strong em code bdi button input label select option kbd mark ' +
    'article time section img fieldset legend meter progress textarea slot svg path rect'
  ).split(' '),
);
const DANGEROUS_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'style', 'form', 'math', 'template'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** All pip-widgets elements at or under `root`, with those nested in their shadow roots. */
export function pipElements(root: ParentNode | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (/^pip-/.test(element.localName)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && /^pip-/.test(root.localName)) found.push(root);
  visit(root);
  return found;
}

/**
 * Everything inside the shadow roots of `root`'s pip-widgets elements that our templates could
 * not have drawn: an unknown or dangerous element, any `on*` or `style` attribute, a link or
 * image whose scheme is not allowed, an `<svg>` anywhere but in a lesson's kind icon. In light
 * DOM, only the JSON scripts (ours or the page's) that browsers never run.
 */
export function foreignContent(root: ParentNode | Element): string[] {
  const problems: string[] = [];
  for (const host of pipElements(root)) {
    for (const script of host.querySelectorAll(':scope > script')) {
      const type = script.getAttribute('type');
      if (type !== 'application/json' && type !== 'application/ld+json') {
        problems.push(`<${host.localName}> light DOM: ${script.outerHTML.slice(0, 80)}`);
      }
    }
    const shadow = host.shadowRoot;
    if (!shadow) continue;
    for (const element of shadow.querySelectorAll('*')) {
      const where = `<${host.localName}> shadow root: <${element.localName}>`;
      if (DANGEROUS_TAGS.includes(element.localName) || !OUR_TAGS.has(element.localName)) problems.push(`${where} is not ours`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || /^(style|srcdoc|formaction|xlink:href|action|background|poster)$/i.test(attribute.name)) {
          problems.push(`${where} has ${attribute.name}="${attribute.value.slice(0, 60)}"`);
        }
      }
      if (element instanceof HTMLAnchorElement && element.hasAttribute('href') && !SAFE_SCHEMES.has(new URL(element.href).protocol)) {
        problems.push(`${where} links to ${element.href.slice(0, 80)}`);
      }
      if (element instanceof HTMLImageElement && !/^https?:$/.test(new URL(element.src, document.baseURI).protocol)) {
        problems.push(`${where} loads ${element.src.slice(0, 80)}`);
      }
      if (element.localName === 'svg' && !element.parentElement?.matches('[part="kind"]')) problems.push(`${where} outside a kind icon`);
      if ((element.localName === 'path' || element.localName === 'rect') && element.parentElement?.localName !== 'svg') {
        problems.push(`${where} outside an icon`);
      }
    }
  }
  return problems;
}

/** Text nodes under `root` (not in nested shadow roots), in document order. */
export function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push((node as Text).data);
  return out;
}

/** Whether some text node under `root` is exactly `text`: for elements whose template pads the value with whitespace. */
export function hasTextNode(root: Node, text: string): boolean {
  return textNodes(root).includes(text);
}

/** Waits for two animation frames: images would start loading, observers would have fired. */
export const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
