import { BundleError } from './errors.js';

/** 1-based line and column of a character offset, the way editors count. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_SPACE = ' \t\n\r';

/**
 * The offset of the first character that breaks the JSON grammar, found by a small walk over
 * the text. Searching for the reported character is not enough: the "a" of `article` is also in
 * an earlier `false`, a stray "]" follows a valid one. Iterative, so deep nesting cannot overflow.
 */
function grammarErrorOffset(text: string): number {
  const open: string[] = [];
  let expect: 'value' | 'key' | 'colon' | 'next' = 'value';
  let justOpened = false;
  let i = 0;
  for (;;) {
    while (i < text.length && JSON_SPACE.includes(text[i])) i++;
    if (i >= text.length) return i;
    const char = text[i];
    const close = open.at(-1) === '{' ? '}' : ']';
    if (open.length > 0 && char === close && (expect === 'next' || justOpened)) {
      open.pop();
      expect = 'next';
      justOpened = false;
      i++;
      continue;
    }
    justOpened = false;
    if (expect === 'next' || expect === 'colon') {
      if (open.length === 0 || char !== (expect === 'next' ? ',' : ':')) return i;
      expect = expect === 'next' && open.at(-1) === '{' ? 'key' : 'value';
      i++;
      continue;
    }
    if (char === '"') {
      for (i++; text[i] !== '"'; i++) {
        if (i >= text.length || text.charCodeAt(i) < 0x20) return i;
        if (text[i] === '\\') {
          i++;
          if (text[i] === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
          else if (i >= text.length || !'"\\/bfnrt'.includes(text[i])) return i;
        }
      }
      i++;
      expect = expect === 'key' ? 'colon' : 'next';
      continue;
    }
    if (expect === 'key') return i;
    if (char === '{' || char === '[') {
      open.push(char);
      expect = char === '{' ? 'key' : 'value';
      justOpened = true;
      i++;
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => word[0] === char);
    if (literal) {
      for (const letter of literal) {
        if (text[i] !== letter) return i;
        i++;
      }
    } else {
      JSON_NUMBER.lastIndex = i;
      if (!JSON_NUMBER.test(text)) return i;
      i = JSON_NUMBER.lastIndex;
    }
    expect = 'next';
  }
}

/**
 * Where JSON.parse gave up. Recent V8 says "at position N" for most errors but not for an
 * unexpected token ("Unexpected token 'a', ... is not valid JSON"), and other engines word it
 * their own way; without a position the grammar walk finds it.
 */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  return position ? Number(position[1]) : grammarErrorOffset(text);
}

/** Parses JSON text, naming `where` it came from and the line and column of a syntax error. */
export function parseJson(text: string, where: string): unknown {
  if (text.trim() === '') {
    throw new BundleError('json-syntax', `The content from ${where} is empty: expected a JSON content bundle.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text, message);
    const { line, column } = lineAndColumn(text, offset);
    // V8 quotes the text, or for a longer one a `..."snippet"...` of it: the reader has it already.
    const reason = message.replace(/ in JSON at position.*$/s, '').replace(/, (\.\.\.)?".*$/s, '');
    throw new BundleError(
      'json-syntax',
      `The content from ${where} is not valid JSON: ${reason} at line ${line}, column ${column} (position ${offset}).`,
    );
  }
}
