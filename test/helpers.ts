import { waitUntil } from '@open-wc/testing';
import type { ContentBundleInput } from '../src/content/schema.js';
import type { LoadStatus } from '../src/controllers/content-controller.js';
import type { PipElement } from '../src/internal/pip-element.js';

/** A small bundle with every section; each call returns a fresh copy tests may change. */
export function sampleBundle(): ContentBundleInput {
  return {
    version: 1,
    topic: { id: 'sample-topic', title: 'Sample topic', about: 'About the **sample** topic.' },
    questions: [
      {
        id: 'first-question',
        title: 'What happens in the first week of a plan?',
        body: 'I was told a plan starts Monday.\n\n- What should I ask for?\n- Who should I talk to?',
        author: { level: 'Mid-Level', role: 'Software Engineer', company: 'Acme' },
        tags: ['during-pip'],
        createdAt: '2026-03-14',
        likes: 4,
      },
      { id: 'second-question', title: 'Can I negotiate severance?', body: 'Asking for a friend.' },
    ],
    course: {
      id: 'sample-course',
      title: 'Sample course',
      sections: [
        {
          id: 'basics',
          title: 'Basics',
          lessons: [
            { id: 'welcome', title: 'Welcome', kind: 'video', minutes: 5 },
            { id: 'plan', title: 'Reading the plan', minutes: 10 },
          ],
        },
      ],
    },
    checklist: {
      id: 'sample-checklist',
      title: 'Sample checklist',
      items: [
        { id: 'low-rating', text: 'My last rating was low', weight: 3, category: 'Reviews' },
        { id: 'new-manager', text: 'I have a new manager' },
      ],
    },
  };
}

export async function waitForStatus(element: PipElement, status: LoadStatus): Promise<void> {
  await waitUntil(() => element.status === status, `expected status "${status}", still "${element.status}"`, {
    timeout: 4000,
  });
  await element.updateComplete;
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

export function alertText(element: Element): string | undefined {
  return shadow(element).querySelector('[role="alert"]')?.textContent?.trim();
}

/** Resolves with the next event of that name on `target`. */
export function nextEvent<Detail>(target: EventTarget, name: string): Promise<CustomEvent<Detail>> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as CustomEvent<Detail>), { once: true }));
}

export const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Runs `body` with localStorage throwing on access, as in a sandboxed frame. */
export async function withThrowingStorage(body: () => Promise<void>): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
  try {
    await body();
  } finally {
    Object.defineProperty(window, 'localStorage', descriptor);
  }
}

/**
 * Records what would reach the page as an uncaught error or unhandled rejection during each test
 * of the calling suite, and fails the test if anything did.
 */
export function failOnEscapedErrors(): void {
  let escaped: string[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(String(event.reason));
  beforeEach(() => {
    escaped = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (escaped.length > 0) throw new Error(`errors escaped to the page: ${escaped.join('; ')}`);
  });
}
