/** A copy of `set` with `id` in it, or without it. State sets are replaced, never changed in place, so Lit sees the change. */
export function toggled(set: ReadonlySet<string>, id: string, on = !set.has(id)): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
