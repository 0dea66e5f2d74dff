import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PipRiskChangeDetail, PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import { alertText, nextEvent, shadow, waitForStatus, withThrowingStorage } from '../helpers.js';

type Checklist = NonNullable<ContentBundleInput['checklist']>;
let checklistCount = 0;

/** Weights 1, 3, 4 and 5 (13 in all); a fresh id each time, since answers are kept per id. */
function checklistBundle(extra: Partial<Checklist> = {}): ContentBundleInput {
  checklistCount++;
  return {
    version: 1,
    checklist: {
      id: `risk-${checklistCount}-${Date.now()}`,
      title: 'How close am I?',
      intro: 'Tick what applies.',
      items: [
        { id: 'one', text: 'A small sign', weight: 1, category: 'Reviews', advice: 'Write it **down**.' },
        { id: 'three', text: 'A medium sign', weight: 3, category: 'Reviews' },
        { id: 'four', text: 'A big sign', weight: 4, category: 'Manager', advice: 'Ask for clarity.' },
        { id: 'five', text: 'The biggest sign', weight: 5 },
      ],
      ...extra,
    },
  };
}

/** Nineteen items of weight 5, one of 4 and one of 1: 100 in all, so ticks give exact percentages. */
function hundredBundle(): ContentBundleInput {
  const items = Array.from({ length: 19 }, (_, i) => ({ id: `five-${i}`, text: `Sign ${i}`, weight: 5 }));
  return checklistBundle({ items: [...items, { id: 'four', text: 'Four', weight: 4 }, { id: 'one', text: 'One', weight: 1 }] });
}

const fives = (count: number) => Array.from({ length: count }, (_, i) => `five-${i}`);

async function checklistWith(bundle: ContentBundleInput): Promise<PipRiskChecklist> {
  const checklist = await fixture<PipRiskChecklist>(html`<pip-risk-checklist .bundle=${bundle}></pip-risk-checklist>`);
  await waitForStatus(checklist, 'ready');
  return checklist;
}

const root = (checklist: PipRiskChecklist) => shadow(checklist);
const box = (checklist: PipRiskChecklist, id: string) =>
  root(checklist).querySelector<HTMLInputElement>(`.item[data-item-id="${id}"] input[type="checkbox"]`)!;
const level = (checklist: PipRiskChecklist) => root(checklist).querySelector('[part="level"]')!.textContent;
const score = (checklist: PipRiskChecklist) => root(checklist).querySelector('.score')!.textContent;

async function tick(checklist: PipRiskChecklist, ...ids: string[]): Promise<PipRiskChangeDetail> {
  let detail: PipRiskChangeDetail | undefined;
  for (const id of ids) {
    const change = nextEvent<PipRiskChangeDetail>(checklist, 'pip-risk-change');
    box(checklist, id).click();
    detail = (await change).detail;
  }
  await checklist.updateComplete;
  return detail!;
}

describe('<pip-risk-checklist>', () => {
  it('groups items by category in fieldsets, each a real labelled checkbox', async () => {
    const checklist = await checklistWith(checklistBundle());
    const groups = [...root(checklist).querySelectorAll('fieldset')];
    expect(groups.map((group) => group.querySelector('legend')!.textContent)).to.deep.equal(['Reviews', 'Manager', 'Other signs']);
    expect([...groups[0].querySelectorAll('[data-item-id]')].map((item) => item.getAttribute('data-item-id'))).to.deep.equal(['one', 'three']);
    const input = box(checklist, 'one');
    expect(input.labels![0].textContent!.trim()).to.equal('A small sign');
    expect(root(checklist).querySelector('[part="privacy"]')!.textContent).to.contain('stay on this device');
  });

  it('scores at the level boundaries: 29 % Low, 30 % Elevated, 59 % Elevated, 60 % High', async () => {
    const checklist = await checklistWith(hundredBundle());
    expect([level(checklist), score(checklist)]).to.deep.equal(['Low', '0%']);
    let detail = await tick(checklist, ...fives(5), 'four');
    expect([detail.score, detail.level]).to.deep.equal([29, 'Low']);
    expect([level(checklist), score(checklist)]).to.deep.equal(['Low', '29%']);
    detail = await tick(checklist, 'one');
    expect([detail.score, detail.level]).to.deep.equal([30, 'Elevated']);
    expect([level(checklist), score(checklist)]).to.deep.equal(['Elevated', '30%']);
    detail = await tick(checklist, 'one', ...fives(11).slice(5));
    expect([detail.score, detail.level]).to.deep.equal([59, 'Elevated']);
    detail = await tick(checklist, 'one');
    expect(detail).to.deep.equal({ checklistId: checklist.content!.checklist!.id, score: 60, level: 'High', checked: [...fives(11), 'four', 'one'] });
    expect([level(checklist), score(checklist)]).to.deep.equal(['High', '60%']);
    const meter = root(checklist).querySelector<HTMLMeterElement>('meter[part="meter"]')!;
    expect(meter.value).to.equal(60);
    expect([meter.low, meter.high, meter.optimum]).to.deep.equal([30, 60, 0]);
    expect(root(checklist).querySelectorAll('[style]').length).to.equal(0);
  });

  it('uses the bundle levels when it has them', async () => {
    const checklist = await checklistWith(
      checklistBundle({
        levels: [
          { min: 0, label: 'Calm', advice: 'Carry on.' },
          { min: 50, label: 'Watch out', advice: 'Start **writing things down**.' },
        ],
      }),
    );
    expect(level(checklist)).to.equal('Calm');
    await tick(checklist, 'five', 'four');
    expect(level(checklist)).to.equal('Watch out');
    expect(root(checklist).querySelector('[part="level-advice"] strong')!.textContent).to.equal('writing things down');
  });

  it('reveals an item’s advice once it is ticked, and lists what drove the result', async () => {
    const checklist = await checklistWith(checklistBundle());
    const item = root(checklist).querySelector('.item[data-item-id="one"]')!;
    expect(item.querySelector('[part="advice"]')).to.equal(null);
    await tick(checklist, 'one', 'five', 'four', 'three');
    expect(item.querySelector('[part="advice"] strong')!.textContent).to.equal('down');
    expect(box(checklist, 'one').getAttribute('aria-describedby')).to.equal('one-advice');
    const drivers = [...root(checklist).querySelectorAll('[part="drivers"] li')].map((li) => li.getAttribute('data-item-id'));
    expect(drivers).to.deep.equal(['five', 'four', 'three']);
  });

  it('announces level changes politely', async () => {
    const checklist = await checklistWith(checklistBundle());
    const status = root(checklist).querySelector('[part="result"] [role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await tick(checklist, 'four');
    expect(status.textContent).to.equal('Risk level: \u2068Elevated\u2069');
  });

  it('keeps answers on the device across a reload, and clears only its own key', async () => {
    const bundle = checklistBundle();
    const key = `pip-widgets:checklist:${bundle.checklist!.id}`;
    localStorage.setItem('someone-else', 'keep me');
    const checklist = await checklistWith(bundle);
    await tick(checklist, 'four', 'one');
    // Every change is stored with its time, so that two tabs merge per item.
    const stored = () => JSON.parse(localStorage.getItem(key)!) as { version: number; items: { id: string; on: boolean }[] };
    expect(stored().version).to.equal(2);
    expect(stored().items.filter((item) => item.on).map((item) => item.id)).to.deep.equal(['four', 'one']);
    checklist.remove();
    const again = await checklistWith(bundle);
    expect(box(again, 'four').checked && box(again, 'one').checked).to.equal(true);
    expect(level(again)).to.equal('Elevated');
    const cleared = nextEvent<PipRiskChangeDetail>(again, 'pip-risk-change');
    root(again).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
    expect((await cleared).detail).to.deep.equal({ checklistId: again.content!.checklist!.id, score: 0, level: 'Low', checked: [] });
    await again.updateComplete;
    expect(box(again, 'four').checked).to.equal(false);
    // Cleared answers are kept as unticks, newer than any tick another tab may still show.
    expect(stored().items.filter((item) => item.on)).to.deep.equal([]);
    localStorage.removeItem(key);
    expect(localStorage.getItem('someone-else')).to.equal('keep me');
    localStorage.removeItem('someone-else');
  });

  it('does not share answers between two checklists with different ids', async () => {
    const first = checklistBundle();
    const second = checklistBundle();
    const page = await fixture(html`<div>
      <pip-risk-checklist id="a" .bundle=${first}></pip-risk-checklist>
      <pip-risk-checklist id="b" .bundle=${second}></pip-risk-checklist>
    </div>`);
    const [a, b] = [page.querySelector<PipRiskChecklist>('#a')!, page.querySelector<PipRiskChecklist>('#b')!];
    await tick(a, 'five');
    await b.updateComplete;
    expect(box(a, 'five').checked).to.equal(true);
    expect(box(b, 'five').checked).to.equal(false);
    expect(level(b)).to.equal('Low');
  });

  it('works in memory, silently, when storage throws on access or on write', async () => {
    await withThrowingStorage(async () => {
    const checklist = await checklistWith(checklistBundle());
    await tick(checklist, 'five', 'four');
    expect(level(checklist)).to.equal('High');
    expect(alertText(checklist)).to.equal(undefined);
    });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const checklist = await checklistWith(checklistBundle());
      await tick(checklist, 'four');
      expect(level(checklist)).to.equal('Elevated');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('copies a plain-text summary: level, score, ticked items and advice', async () => {
    const checklist = await checklistWith(checklistBundle());
    await tick(checklist, 'one', 'four');
    let copied = '';
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      root(checklist).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await waitUntil(() => copied !== '', 'nothing copied');
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    expect(copied).to.equal(
      [
        'How close am I?: Elevated (38%)',
        'Several signs point the same way. Ask your manager for clear, written expectations and check in on them every week.',
        '',
        'Signs that apply to me:',
        '- A small sign',
        '- A big sign',
        '',
        'What to do:',
        '- Write it down.',
        '- Ask for clarity.',
      ].join('\n'),
    );
    await checklist.updateComplete;
    expect(root(checklist).querySelector('[part="result"] [role="status"]')!.textContent).to.equal('Summary copied to the clipboard.');
  });

  it('shows the summary to copy by hand when the clipboard refuses', async () => {
    const checklist = await checklistWith(checklistBundle());
    await tick(checklist, 'five');
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      root(checklist).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await waitUntil(() => root(checklist).querySelector('textarea'), 'no manual copy');
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    expect(root(checklist).querySelector('textarea')!.value).to.contain('Elevated (38%)');
  });

  it('can be used with Tab and Space', async () => {
    const checklist = await checklistWith(checklistBundle());
    box(checklist, 'one').focus();
    await sendKeys({ press: 'Tab' });
    expect(checklist.shadowRoot!.activeElement).to.equal(box(checklist, 'three'));
    const change = nextEvent<PipRiskChangeDetail>(checklist, 'pip-risk-change');
    await sendKeys({ press: 'Space' });
    expect((await change).detail.checked).to.deep.equal(['three']);
  });

  it('is accessible with nothing, some and all ticked, and in error', async () => {
    const checklist = await checklistWith(checklistBundle());
    await expect(checklist).to.be.accessible();
    await tick(checklist, 'one');
    await expect(checklist).to.be.accessible();
    await tick(checklist, 'three', 'four', 'five');
    await expect(checklist).to.be.accessible();
    checklist.bundle = { version: 1, questions: [] };
    await checklist.updateComplete;
    expect(checklist.error?.message).to.contain('has no checklist');
    expect(alertText(checklist)).to.equal('There is nothing here to show yet.');
    await expect(checklist).to.be.accessible();
  });
});
