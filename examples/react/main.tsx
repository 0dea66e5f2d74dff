// The library first: React 19 sets a prop as a property only when the element already has it,
// so the elements must be defined before the first render, or `bundle` would become the
// attribute bundle="[object Object]".
import '../../src/index.js';
// What an app using the package writes as `import type {} from 'pip-widgets/react'`.
import type {} from '../../src/jsx.js';
import type { ContentBundleInput } from '../../src/index.js';
import type { PipSearchDetail } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChangeDetail } from '../../src/components/risk-checklist/risk-checklist.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// Defined once, outside the component: a new object on every render would make each element
// validate and draw its content again.
const bundle: ContentBundleInput = {
  version: 1,
  topic: {
    id: 'react-example',
    title: 'Questions about performance improvement plans',
    about: 'Three common questions, answered briefly.',
  },
  questions: [
    {
      id: 'what-is-a-pip',
      title: 'What exactly is a performance improvement plan?',
      body: 'A written agreement that lists where your work falls short, what good looks like, and the date by which it should improve.',
      tags: ['basics'],
      createdAt: '2026-01-12',
      likes: 14,
    },
    {
      id: 'can-i-pass',
      title: 'Do people actually pass their plan?',
      body: 'Many do. Ask for goals you can measure and a weekly check-in, and keep notes of what you delivered.',
      tags: ['basics', 'outcomes'],
      createdAt: '2026-02-03',
      likes: 9,
    },
    {
      id: 'unfair-deadline',
      title: 'My deadline looks impossible. What can I do?',
      body: 'Say so early and in writing: propose a realistic timeline and the help you would need to meet it.',
      tags: ['deadlines'],
      createdAt: '2026-02-20',
      likes: 21,
    },
  ],
  checklist: {
    id: 'react-example-risk',
    title: 'Is a plan coming?',
    items: [
      { id: 'missed-goals', text: 'I missed a goal my manager set this quarter.', weight: 3, category: 'Work' },
      { id: 'fewer-one-on-ones', text: 'My one-on-ones were cancelled or cut short.', weight: 2, category: 'Manager' },
      { id: 'new-manager', text: 'I have a new manager.', weight: 1, category: 'Manager' },
    ],
    levels: [
      { min: 0, label: 'Low' },
      { min: 40, label: 'Elevated' },
      { min: 80, label: 'High' },
    ],
  },
};

function App() {
  const [lastSearch, setLastSearch] = useState<PipSearchDetail>();
  const [loadedTitle, setLoadedTitle] = useState<string>();
  const [risk, setRisk] = useState<PipRiskChangeDetail>();

  return (
    <main>
      <h1>pip-widgets in React 19</h1>
      <p data-testid="load-status">{loadedTitle ? `Loaded: ${loadedTitle}` : 'Loading…'}</p>
      <p data-testid="last-search" aria-live="polite">
        {lastSearch ? `Last search: "${lastSearch.query}", ${lastSearch.count} result(s)` : 'No search yet'}
      </p>
      <pip-qa-feed
        bundle={bundle}
        page-size={3}
        heading-level={2}
        onpip-load={(event) => setLoadedTitle(event.detail.bundle.topic?.title ?? 'untitled')}
        onpip-search={(event) => setLastSearch(event.detail)}
      />
      <pip-risk-checklist bundle={bundle} heading-level={2} onpip-risk-change={(event) => setRisk(event.detail)} />
      <p data-testid="risk-level">
        {risk ? `Risk level: ${risk.level} (${Math.floor(risk.score)}%)` : 'Risk level: not answered yet'}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
