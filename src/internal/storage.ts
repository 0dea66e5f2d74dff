/**
 * What a reader chose (course progress, checklist answers) is kept on their device only. Storage
 * can fail in many ways: a sandboxed frame throws on access, a full or private-mode store throws
 * on write, another script may have left anything under our key. None of that may reach the
 * reader: localStorage keeps values across reloads when it can, and memory keeps those it could
 * not write.
 *
 * Stored values are written and read by this module alone, never through the page's prototypes:
 * a page whose `Array.prototype.toJSON` returns a string (Prototype.js) would make
 * `JSON.stringify` write a list as a string, and `Object.prototype` additions would fill in
 * fields a stored value lacks.
 */

// Shared by every copy of the library on the page, as localStorage is.
const MEMORY = Symbol.for('pip-widgets.unsaved-storage');
const memory: Map<string, string> = ((globalThis as { [MEMORY]?: Map<string, string> })[MEMORY] ??= new Map());

function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const deviceStorage = {
  read(key: string): string | null {
    if (memory.has(key)) return memory.get(key)!;
    try {
      return local()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },

  write(key: string, value: string): void {
    try {
      const storage = local();
      if (storage) {
        storage.setItem(key, value);
        memory.delete(key);
        return;
      }
    } catch {
      // Kept in memory for this page; nothing to tell the reader.
    }
    memory.set(key, value);
  },
};

/** All our keys start so, and name what they hold and for which bundle item. */
export const storageKey = (kind: string, id: string) => `pip-widgets:${kind}:${id}`;

/** One item's latest change: chosen or not, and when (ms since the epoch). */
export interface Mark {
  readonly on: boolean;
  readonly at: number;
}

export type Marks = ReadonlyMap<string, Mark>;

const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The marks stored under `key`: format 2 (`{"version":2,"items":[{"id","on","at"}]}`, every
 * change with its time, unticks included), or format 1 (`{"version":1,"ids":[...]}`, the ticked
 * ids), read as ticks older than any change. Anything else (corrupt, another script's) is none.
 */
export function readMarks(key: string): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  let stored: unknown;
  try {
    stored = JSON.parse(deviceStorage.read(key) ?? 'null');
  } catch {
    return marks;
  }
  const version = own(stored, 'version');
  const list = own(stored, version === 2 ? 'items' : 'ids');
  if ((version !== 1 && version !== 2) || !Array.isArray(list)) return marks;
  for (const entry of list) {
    if (version === 1) {
      if (typeof entry === 'string') marks.set(entry, { on: true, at: 0 });
      continue;
    }
    const [id, on, at] = [own(entry, 'id'), own(entry, 'on'), own(entry, 'at')];
    if (typeof id === 'string' && typeof on === 'boolean' && typeof at === 'number' && Number.isFinite(at)) {
      marks.set(id, newer(marks.get(id), { on, at }));
    }
  }
  return marks;
}

/** Format 2, by hand: `JSON.stringify` of a string cannot be changed by the page, of a list it can. */
export function writeMarks(key: string, marks: Marks): void {
  const items = [...marks].map(([id, { on, at }]) => `{"id":${JSON.stringify(id)},"on":${on},"at":${at}}`);
  deviceStorage.write(key, `{"version":2,"items":[${items.join(',')}]}`);
}

/** The later of two changes to one item; on a tie, an untick (the safer answer to keep). */
function newer(a: Mark | undefined, b: Mark): Mark {
  if (!a || b.at > a.at) return b;
  return a.at > b.at || !a.on ? a : b;
}

/** Both sets of changes, the latest per item winning. */
export function mergeMarks(a: Marks, b: Marks): Map<string, Mark> {
  const merged = new Map(a);
  for (const [id, mark] of b) merged.set(id, newer(merged.get(id), mark));
  return merged;
}

/**
 * Tells the other widgets in this document that `key` changed (the `storage` event reaches
 * other documents only). An event on the window rather than a module's list of listeners, so a
 * second copy of the library on the page hears it too; it names the key only, and listeners
 * read the value from storage, so a page that sends one can make a widget re-read, nothing more.
 */
export const STORED_EVENT = 'pip-widgets-stored';

export function announceStored(key: string): void {
  globalThis.dispatchEvent?.(new CustomEvent(STORED_EVENT, { detail: key }));
}
