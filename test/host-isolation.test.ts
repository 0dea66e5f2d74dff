import { expect, waitUntil } from '@open-wc/testing';

/** Properties a host page could push into a widget through inheritance. */
const PROPERTIES = [
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'text-decoration-line',
  'line-height',
  'white-space',
  'word-break',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'font-size',
  'color',
  'cursor',
  'box-sizing',
  'margin-top',
  'padding-top',
  'border-top-width',
];

/** Inner nodes worth comparing: headings, text, controls, in every widget. */
const PROBES: [string, string][] = [
  ['pip-qa-feed', '[part="title"]'],
  ['pip-qa-feed', '[part="question-title"]'],
  ['pip-qa-feed', '[part="body"] p'],
  ['pip-qa-feed', '[part="body"] li'],
  ['pip-qa-feed', 'input[type="search"]'],
  ['pip-qa-feed', '[part="tag"]'],
  ['pip-qa-feed', '.byline'],
  ['pip-course-outline', '[part="section-toggle"]'],
  ['pip-course-outline', '.lesson-title'],
  ['pip-risk-checklist', 'legend'],
  ['pip-risk-checklist', 'label'],
  ['pip-risk-checklist', '[part="copy"]'],
];

async function stylesOf(path: string): Promise<Record<string, Record<string, string>>> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '900px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  try {
    const doc = frame.contentDocument!;
    const inner = (tag: string, selector: string) => doc.querySelector(tag)?.shadowRoot?.querySelector(selector);
    await waitUntil(() => PROBES.every(([tag, selector]) => inner(tag, selector)), `widgets did not render in ${path}`);
    const result: Record<string, Record<string, string>> = {};
    for (const [tag, selector] of PROBES) {
      const style = frame.contentWindow!.getComputedStyle(inner(tag, selector)!);
      result[`${tag} ${selector}`] = Object.fromEntries(PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
    }
    return result;
  } finally {
    frame.remove();
  }
}

describe('host isolation', () => {
  it('renders the same inside a page with hostile CSS as inside a clean page', async () => {
    const clean = await stylesOf('/test/fixtures/host-clean.html');
    const hostile = await stylesOf('/test/fixtures/host-hostile.html');
    for (const probe of Object.keys(clean)) {
      expect(hostile[probe], probe).to.deep.equal(clean[probe]);
    }
  });
});
