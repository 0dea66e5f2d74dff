/**
 * What a reader chose (course progress, checklist answers) is kept on their device only. Storage
 * can fail in many ways: a sandboxed frame throws on access, a full or private-mode store throws
 * on write, another script may have left anything under our key. None of that may reach the
 * reader: values live in memory first, and localStorage keeps them across reloads when it can.
 */
const memory = new Map<string, string>();

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
    memory.set(key, value);
    try {
      local()?.setItem(key, value);
    } catch {
      // Kept in memory for this page; nothing to tell the reader.
    }
  },

  remove(key: string): void {
    memory.delete(key);
    try {
      local()?.removeItem(key);
    } catch {
      // As above.
    }
  },
};

/** All our keys start so, and name what they hold and for which bundle item. */
export const storageKey = (kind: string, id: string) => `pip-widgets:${kind}:${id}`;

/** Reads a stored list of ids; anything else (corrupt, another version, another script's) is no list. */
export function readIdList(key: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(deviceStorage.read(key) ?? 'null');
    const ids = (stored as { version?: unknown; ids?: unknown } | null)?.ids;
    if ((stored as { version?: unknown })?.version === 1 && Array.isArray(ids)) {
      return new Set(ids.filter((id): id is string => typeof id === 'string'));
    }
  } catch {
    // Not ours, or not JSON: start afresh.
  }
  return new Set();
}

export function writeIdList(key: string, ids: ReadonlySet<string>): void {
  deviceStorage.write(key, JSON.stringify({ version: 1, ids: [...ids] }));
}
