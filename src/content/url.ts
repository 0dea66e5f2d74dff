/**
 * The one URL allowlist. Every URL field of a bundle and every rich-text link passes here before
 * it becomes an `href` or `src`; the schema uses the same test, so a bundle with a bad URL is
 * rejected with its path and a renderer never meets one.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Relative URLs need a base; outside a page (the CLI validator) any fixed https base will do. */
const FALLBACK_BASE = 'https://pip-widgets.invalid/';

function documentBase(): string {
  return globalThis.document?.baseURI ?? FALLBACK_BASE;
}

/**
 * Resolves `raw` against the page and returns the absolute URL when its scheme is allowed,
 * otherwise `undefined`. The URL parser itself strips the control characters, tabs and newlines
 * that attackers hide inside `java\tscript:`, so the scheme we check is the one a browser would use.
 * Protocol-relative URLs (`//host`, `\\host`) are refused: they silently leave the page's origin.
 */
export function safeUrl(raw: unknown, base: string = documentBase()): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const normalized = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (normalized === '' || /^[\\/]{2}/.test(normalized)) return undefined;
  let url: URL;
  try {
    url = new URL(normalized, base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

export function isAllowedUrl(raw: string): boolean {
  return safeUrl(raw, FALLBACK_BASE) !== undefined;
}
