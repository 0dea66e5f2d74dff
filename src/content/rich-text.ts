/**
 * The rich-text subset of the bundle format, parsed into a small tree and drawn with Lit
 * templates, so text is always text: nothing here builds an HTML string.
 *
 * Why our own parser rather than marked: marked would be a large share of the script-tag
 * budget (bench/README.md), emits HTML strings that would need a sanitizer, and supports far more
 * than the format allows. The subset (paragraphs, nested lists, strong, emphasis, code, links) is
 * tiny and fully specified.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from './url.js';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export interface ListItem {
  children: Inline[];
  lists: List[];
}
export interface List {
  type: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}
export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
}
export type Block = Paragraph | List;

/** Hostile input cannot make the parser or the renderer recurse without end. */
const MAX_LIST_DEPTH = 8;
const MAX_INLINE_DEPTH = 8;

// `s`: the item's text runs to the end of the line whatever it holds. Without it a U+2028 in
// the line made `[ \t]+(.*)$` retry every split of a run of spaces, quadratic in its length.
const LIST_ITEM = /^([ \t]*)([-*]|(\d{1,9})[.)])[ \t]+(.*)$/s;

function indentWidth(whitespace: string): number {
  let width = 0;
  for (const char of whitespace) width += char === '\t' ? 4 : 1;
  return width;
}

interface OpenList {
  indent: number;
  list: List;
}

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let stack: OpenList[] = [];
  let lastItemText: string[] | undefined;
  let pendingItems: { item: ListItem; text: string[] }[] = [];
  let blankSinceItem = false;

  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const closeLists = () => {
    for (const { item, text } of pendingItems) item.children = parseInline(text.join(' '));
    pendingItems = [];
    stack = [];
    lastItemText = undefined;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      closeParagraph();
      blankSinceItem = stack.length > 0;
      continue;
    }
    const match = LIST_ITEM.exec(line);
    if (match) {
      closeParagraph();
      const [, whitespace, , number, text] = match;
      const ordered = number !== undefined;
      const indent = indentWidth(whitespace);
      while (stack.length > 1 && stack[stack.length - 1].indent > indent) stack.pop();
      let top = stack[stack.length - 1];
      if (top && indent > top.indent && stack.length < MAX_LIST_DEPTH) {
        const parent = top.list.items[top.list.items.length - 1];
        const nested: List = { type: 'list', ordered, start: ordered ? Number(number) : 1, items: [] };
        parent.lists.push(nested);
        top = { indent, list: nested };
        stack.push(top);
      } else if (!top || top.list.ordered !== ordered) {
        if (stack.length <= 1) {
          closeLists();
          const list: List = { type: 'list', ordered, start: ordered ? Number(number) : 1, items: [] };
          blocks.push(list);
          top = { indent, list };
          stack = [top];
        } else {
          // A sibling list of the other kind under the same parent item.
          stack.pop();
          const parent = stack[stack.length - 1].list.items.at(-1)!;
          const list: List = { type: 'list', ordered, start: ordered ? Number(number) : 1, items: [] };
          parent.lists.push(list);
          top = { indent, list };
          stack.push(top);
        }
      }
      const item: ListItem = { children: [], lists: [] };
      top.list.items.push(item);
      lastItemText = [text];
      pendingItems.push({ item, text: lastItemText });
      blankSinceItem = false;
      continue;
    }
    // A plain line continues the open list item unless a blank line ended the list.
    if (lastItemText && !blankSinceItem) {
      lastItemText.push(line.trim());
      continue;
    }
    if (lastItemText && blankSinceItem && indentWidth(/^[ \t]*/.exec(line)![0]) > 0) {
      lastItemText.push(line.trim());
      continue;
    }
    closeLists();
    paragraph.push(line.trim());
  }
  closeParagraph();
  closeLists();
  return blocks;
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** Finds the closing delimiter that may end a span opened just before `from`. */
function findClosing(text: string, delimiter: string, from: number): number {
  // A span holds more than asterisks: "*****" (a five-star rating) is text, not a bold "*".
  let content = from;
  while (text[content] === '*') content++;
  let at = text.indexOf(delimiter, from);
  while (at !== -1) {
    const escaped = text[at - 1] === '\\';
    const single = delimiter === '*' && (text[at + 1] === '*' || text[at - 1] === '*');
    if (at > content && !escaped && !single && !isSpace(text[at - 1])) return at;
    at = text.indexOf(delimiter, at + (single ? 2 : 1));
  }
  return -1;
}

/** `text.indexOf(search, from)` for a `from` that never decreases: it reuses its last answer while it can. */
function forwardSearch(text: string, search: string): (from: number) => number {
  let found = -2;
  return (from) => (found === -1 || found >= from ? found : (found = text.indexOf(search, from)));
}

export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  const nested = (inner: string) =>
    depth < MAX_INLINE_DEPTH ? parseInline(inner, depth + 1) : [{ type: 'text' as const, text: inner }];
  // Hostile text ("*a *a *a …", "[a](b[a](b…") made parsing quadratic. A
  // delimiter with no closing after one start has none after any later start (see findClosing),
  // and every search below starts at or after the last one.
  const noClosingFrom: Record<string, number> = {};
  const nextLinkMiddle = forwardSearch(text, '](');
  const nextParen = forwardSearch(text, ')');
  const nextBracket = forwardSearch(text, '[');

  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length && /[\\`*[\]()_-]/.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (char === '*' && !isSpace(text[i + 1])) {
      const strong = text[i + 1] === '*';
      const delimiter = strong ? '**' : '*';
      const start = i + delimiter.length;
      if (!isSpace(text[start])) {
        const end = start < (noClosingFrom[delimiter] ?? Infinity) ? findClosing(text, delimiter, start) : -1;
        if (end === -1) noClosingFrom[delimiter] ??= start;
        if (end !== -1) {
          flush();
          out.push({ type: strong ? 'strong' : 'em', children: nested(text.slice(start, end)) });
          i = end + delimiter.length;
          continue;
        }
      }
    }
    if (char === '[') {
      const close = nextLinkMiddle(i + 1);
      const end = close === -1 ? -1 : nextParen(close + 2);
      const inner = close > i + 1 && end !== -1 ? nextBracket(i + 1) : -1;
      if (close > i + 1 && end !== -1 && (inner === -1 || inner > close)) {
        flush();
        out.push({ type: 'link', href: text.slice(close + 2, end).trim(), children: nested(text.slice(i + 1, close)) });
        i = end + 1;
        continue;
      }
    }
    buffer += char;
    i++;
  }
  flush();
  return out;
}

function renderInline(nodes: readonly Inline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
      case 'link': {
        const href = safeUrl(node.href);
        // A refused link keeps its words and loses its target: never a live `javascript:`.
        return href
          ? html`<a part="link" href=${href} rel="noopener noreferrer">${renderInline(node.children)}</a>`
          : renderInline(node.children);
      }
    }
  });
}

function renderList(list: List): TemplateResult {
  const items = list.items.map(
    (item) => html`<li>${renderInline(item.children)}${item.lists.map(renderList)}</li>`,
  );
  return list.ordered
    ? html`<ol start=${list.start === 1 ? nothing : list.start}>${items}</ol>`
    : html`<ul>${items}</ul>`;
}

/** Parsing is cached per string: the same bodies are drawn on every render of a feed. */
const cache = new Map<string, Block[]>();
const CACHE_LIMIT = 500;

function cachedParse(source: string): Block[] {
  let blocks = cache.get(source);
  if (!blocks) {
    blocks = parseRichText(source);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(source, blocks);
  }
  return blocks;
}

/** Draws bundle rich text as DOM. `undefined` or an empty string draws nothing. */
export function renderRichText(source: string | undefined): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const blocks = cachedParse(source);
  return html`${blocks.map((block) =>
    block.type === 'paragraph' ? html`<p>${renderInline(block.children)}</p>` : renderList(block),
  )}`;
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'code') return node.text;
      const words = inlineText(node.children);
      const href = node.type === 'link' ? safeUrl(node.href) : undefined;
      return href && href !== words ? `${words} (${href})` : words;
    })
    .join('');
}

function listText(list: List, indent: string): string[] {
  return list.items.flatMap((item, index) => [
    `${indent}${list.ordered ? `${list.start + index}.` : '-'} ${inlineText(item.children)}`,
    ...item.lists.flatMap((nested) => listText(nested, `${indent}  `)),
  ]);
}

/** Rich text as plain text, for a clipboard or an email: list markers kept, links written out. */
export function richTextToPlain(source: string | undefined): string {
  if (!source) return '';
  return cachedParse(source)
    .map((block) => (block.type === 'paragraph' ? inlineText(block.children) : listText(block, '').join('\n')))
    .join('\n\n');
}
