interface Scheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves once the page has had a chance to paint and to handle input and its own tasks.
 * Background priority, not scheduler.yield(): a yield continuation jumps ahead of the page's own
 * tasks, and held the first cards of a large bundle back (bench/README.md).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
