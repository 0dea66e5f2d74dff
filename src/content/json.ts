import { BundleError } from './errors.js';

/** 1-based line and column of a character offset, the way editors count. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse gave up. Recent V8 says "at position N" for most errors but not for an
 * unexpected token ("Unexpected token 'a', ... is not valid JSON"); there the first character
 * that cannot start or continue a JSON value is found by a small scan.
 */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const token = /Unexpected token '(.)'/.exec(message);
  if (token) {
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (inString) {
        if (char === '\\') i++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === token[1]) return i;
    }
  }
  return 0;
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
    const reason = message.replace(/ in JSON at position.*$/s, '').replace(/, ".*$/s, '');
    throw new BundleError(
      'json-syntax',
      `The content from ${where} is not valid JSON: ${reason} at line ${line}, column ${column} (position ${offset}).`,
    );
  }
}
