import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deviceStorage, readIdList, storageKey, writeIdList } from '../internal/storage.js';
import { toggled } from '../internal/toggled.js';

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
 * bundle item, restored when the item is shown, and written on every change.
 */
export class StoredIdsController<Item extends { id: string }> implements ReactiveController {
  #ids: ReadonlySet<string> = new Set();
  #item?: Item;
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

  hostUpdate(): void {
    const item = this.#options.item();
    if (item === this.#item) return;
    this.#item = item;
    if (!item) return;
    const valid = new Set(this.#options.validIds(item));
    this.#ids = new Set([...readIdList(this.#key(item))].filter((id) => valid.has(id)));
  }

  /** Adds or removes one id. */
  set(id: string, on: boolean): void {
    this.#store(toggled(this.#ids, id, on));
  }

  /** Forgets every id, and the stored key with them. */
  clear(): void {
    this.#store(new Set());
  }

  #store(ids: ReadonlySet<string>): void {
    const item = this.#item;
    if (!item) return;
    this.#ids = ids;
    if (ids.size > 0) writeIdList(this.#key(item), ids);
    else deviceStorage.remove(this.#key(item));
    this.#host.requestUpdate();
  }

  #key(item: Item): string {
    return storageKey(this.#options.kind, item.id);
  }
}

