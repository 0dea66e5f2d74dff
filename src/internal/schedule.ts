interface Scheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

interface UserVisibleScheduler {
  postTask(task: () => void, options: { priority: 'user-visible' }): Promise<void>;
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

/**
 * Resolves in a task of its own, at the page's normal priority: a frame that is due meanwhile is
 * drawn first. Chunks of a response that arrive together are read in one chain of microtasks
 * otherwise, which held the first cards behind the reading of megabytes after them.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: UserVisibleScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
