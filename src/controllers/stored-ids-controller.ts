import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announceStored, mergeMarks, readMarks, STORED_EVENT, storageKey, writeMarks, type Marks } from '../internal/storage.js';

export interface StoredIdsOptions<Item extends { id: string }> {
  /** What the ids are, in the storage key: `pip-widgets:<kind>:<item id>`. */
  kind: string;
  /** The bundle item the ids belong to (a course, a checklist), once there is one. */
  item: () => Item | undefined;
  /** The ids that exist in that item: a stored list may be older than the item, and only these count. */
  validIds: (item: Item) => Iterable<string>;
}

/**
 * A set of ids the reader chose (lessons done, checklist items ticked), kept on their device per
 * bundle item and restored when the item is shown.
 *
 * Several views may change one item's ids at once: two tabs, or two widgets with the same id on
 * one page. So every tick and untick is stored with its time, each write first merges what is
 * stored (the latest change to each id wins), and a view re-reads when another one wrote: from
 * the `storage` event for other tabs, from `STORED_EVENT` for this document. Such a re-read
 * updates the view without a reload and fires no event: the reader made that change elsewhere,
 * and the widget where they made it has announced it.
 */
export class StoredIdsController<Item extends { id: string }> implements ReactiveController {
  #ids: ReadonlySet<string> = new Set();
  #marks: Marks = new Map();
  #item?: Item;
  #valid: ReadonlySet<string> = new Set();
  readonly #host: ReactiveControllerHost;
  readonly #options: StoredIdsOptions<Item>;

  constructor(host: ReactiveControllerHost, options: StoredIdsOptions<Item>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  get size(): number {
    return this.#ids.size;
  }

  hostConnected(): void {
    globalThis.addEventListener?.('storage', this.#onStorage);
    globalThis.addEventListener?.(STORED_EVENT, this.#onStored);
    // Changes made while this view was out of the document.
    this.#sync();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('storage', this.#onStorage);
    globalThis.removeEventListener?.(STORED_EVENT, this.#onStored);
  }

  hostUpdate(): void {
    const item = this.#options.item();
    if (item === this.#item) return;
    this.#item = item;
    if (!item) return;
    this.#valid = new Set(this.#options.validIds(item));
    this.#show(readMarks(this.#key(item)));
  }

  /** Ticks or unticks one id. */
  set(id: string, on: boolean): void {
    this.#change([id], on);
  }

  /** Unticks every id (recorded as unticks, so that no older tick elsewhere comes back). */
  clear(): void {
    this.#change(new Set([...this.#valid, ...this.#marks.keys()]), false);
  }

  #change(ids: Iterable<string>, on: boolean): void {
    const item = this.#item;
    if (!item) return;
    const key = this.#key(item);
    const marks = mergeMarks(this.#marks, readMarks(key));
    const now = Date.now();
    // Later than any change seen to that id, even if this device's clock went back.
    for (const id of ids) marks.set(id, { on, at: Math.max(now, (marks.get(id)?.at ?? 0) + 1) });
    writeMarks(key, marks);
    this.#show(marks);
    announceStored(key);
  }

  #sync(): void {
    if (this.#item) this.#show(mergeMarks(this.#marks, readMarks(this.#key(this.#item))));
  }

  #show(marks: Marks): void {
    this.#marks = marks;
    const ids = new Set([...marks].filter(([id, mark]) => mark.on && this.#valid.has(id)).map(([id]) => id));
    if (ids.size === this.#ids.size && [...ids].every((id) => this.#ids.has(id))) return;
    this.#ids = ids;
    this.#host.requestUpdate();
  }

  readonly #onStorage = (event: StorageEvent) => {
    if (event.key === null || (this.#item && event.key === this.#key(this.#item))) this.#sync();
  };

  readonly #onStored = (event: Event) => {
    if (this.#item && (event as CustomEvent<unknown>).detail === this.#key(this.#item)) this.#sync();
  };

  #key(item: Item): string {
    return storageKey(this.#options.kind, item.id);
  }
}
