// Finds where a schema issue's path (`questions[3].author.role`) sits in the JSON text, so the
// validator can print `file:line:column` the way editors and CI annotations link to it.
// It walks the text instead of parsing it into objects: parsed values do not remember offsets.

const SPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\]|\\[^])*"/y;
// Numbers, true, false, null: anything up to the next structural character or space.
const SCALAR = /[^\s,:[\]{}"]+/y;
const STRUCTURE = /["[\]{}]/g;

/** `questions[3].author.role` becomes `['questions', 3, 'author', 'role']`. */
function parsePath(path) {
  if (path === '(top level)' || path === '') return [];
  const segments = [];
  for (const [, index, key] of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(index === undefined ? key : Number(index));
  }
  return segments;
}

/**
 * A locator for one text, for many paths: each object's keys and each array's items are indexed
 * the first time a path enters them, so reporting thousands of issues in a 15 MB bundle reads
 * the big list of questions once, not once per issue. Iterative, so deep nesting cannot overflow.
 */
export function createLocator(text) {
  const children = new Map();
  let lineStarts;

  const skip = (pattern, at) => {
    pattern.lastIndex = at;
    return pattern.test(text) ? pattern.lastIndex : at;
  };
  const space = (at) => skip(SPACE, at);

  // Malformed text must not hang the walk: every step moves forward by at least one character.
  function skipValue(at) {
    if (text[at] === '"') return Math.max(skip(STRING, at), at + 1);
    if (text[at] !== '{' && text[at] !== '[') return Math.max(skip(SCALAR, at), at + 1);
    let depth = 0;
    STRUCTURE.lastIndex = at;
    for (let match; (match = STRUCTURE.exec(text)); ) {
      if (match[0] === '"') STRUCTURE.lastIndex = Math.max(skip(STRING, match.index), match.index + 1);
      else if (match[0] === '{' || match[0] === '[') depth++;
      else if (--depth === 0) return match.index + 1;
    }
    return text.length;
  }

  /** Offsets of the values inside the container at `at`: a Map by key, an array by index. */
  function indexContainer(at) {
    const isObject = text[at] === '{';
    const found = isObject ? new Map() : [];
    let i = space(at + 1);
    while (i < text.length && text[i] !== (isObject ? '}' : ']')) {
      if (isObject) {
        const end = skip(STRING, i);
        if (end === i) break;
        // Keys may hold escapes (`\"`, `\u0074`): JSON.parse reads them exactly as the bundle loader did.
        let key;
        try {
          key = JSON.parse(text.slice(i, end));
        } catch {
          break;
        }
        i = space(end);
        if (text[i] !== ':') break;
        i = space(i + 1);
        // A key given twice keeps its last value, as JSON.parse does.
        found.set(key, i);
      } else {
        found.push(i);
      }
      i = space(skipValue(i));
      if (text[i] !== ',') break;
      i = space(i + 1);
    }
    return found;
  }

  function childOffset(at, segment) {
    if (text[at] !== '{' && text[at] !== '[') return undefined;
    if (!children.has(at)) children.set(at, indexContainer(at));
    const found = children.get(at);
    if (typeof segment === 'number') return Array.isArray(found) ? found[segment] : undefined;
    return found instanceof Map ? found.get(segment) : undefined;
  }

  function position(offset) {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  }

  /** 1-based line and column of the value at `path`, or of its nearest existing parent. */
  return function locate(path) {
    let at = space(0);
    for (const segment of parsePath(path)) {
      const next = childOffset(at, segment);
      if (next === undefined) break;
      at = next;
    }
    return position(at);
  };
}

export function locatePath(text, path) {
  return createLocator(text)(path);
}
