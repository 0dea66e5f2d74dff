/**
 * JSON text of plain data (strings, finite numbers, booleans, null, lists and plain objects),
 * written by our own code. `JSON.stringify` asks every list and object for a `toJSON`, which a host
 * page may have given `Array.prototype` or `Object.prototype` (Prototype.js did, returning a
 * string): keys would collide and structured data would change. Only own enumerable keys are
 * written; `JSON.stringify` itself sees only strings, which no page can change.
 */
export function plainJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) items.push(item === undefined || typeof item === 'function' ? 'null' : plainJson(item));
    return `[${items.join(',')}]`;
  }
  if (value === null || typeof value !== 'object') return 'null';
  const members: string[] = [];
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || typeof member === 'function') continue;
    members.push(`${JSON.stringify(key)}:${plainJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
