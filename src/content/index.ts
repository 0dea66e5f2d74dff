/** The content bundle format: schema, types, loading, errors, rich text and the URL allowlist. */
export * from './schema.js';
export { BundleAssembler, parseBundle, SUPPORTED_VERSION } from './assembler.js';
export * from './errors.js';
export { fetchBundle, loadBundle, loadDefaultBundle, readBundle, type BundleSource } from './loader.js';
export { parseJson } from './json.js';
export { contentContext, type ContentState } from './context.js';
export { parseRichText, parseInline, renderRichText, type Block, type Inline, type List, type ListItem } from './rich-text.js';
export { safeUrl, isAllowedUrl } from './url.js';
