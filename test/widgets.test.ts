import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PipCourseOutline } from '../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import { sampleBundle, shadow, waitForStatus } from './helpers.js';

describe('widgets on a bundle', () => {
  it('<pip-qa-feed> draws one card per question with its byline and rich text', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${sampleBundle()}></pip-qa-feed>`);
    const cards = [...shadow(feed).querySelectorAll('[data-question-id]')];
    expect(cards.map((card) => card.getAttribute('data-question-id'))).to.deep.equal(['first-question', 'second-question']);
    expect(cards[0].querySelector('[part="byline"]')!.textContent).to.equal('Mid-Level Software Engineer at Acme');
    expect(cards[1].querySelector('[part="byline"]')!.textContent).to.equal('Anonymous');
    expect(cards[0].querySelectorAll('[part="body"] ul > li')).to.have.length(2);
    await expect(feed).to.be.accessible();
  });

  it('<pip-course-outline> draws sections and lessons with their ids', async () => {
    const outline = await fixture<PipCourseOutline>(html`<pip-course-outline .bundle=${sampleBundle()}></pip-course-outline>`);
    const root = shadow(outline);
    expect(root.querySelector('[data-section-id="basics"] h3 .section-title')!.textContent).to.equal('Basics');
    expect([...root.querySelectorAll('[data-lesson-id]')].map((lesson) => lesson.getAttribute('data-lesson-id'))).to.deep.equal([
      'welcome',
      'plan',
    ]);
    await expect(outline).to.be.accessible();
  });

  it('<pip-risk-checklist> draws each item as a labelled checkbox in its category', async () => {
    const checklist = await fixture<PipRiskChecklist>(html`<pip-risk-checklist .bundle=${sampleBundle()}></pip-risk-checklist>`);
    const root = shadow(checklist);
    const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).to.deep.equal(['Reviews', 'Other signs']);
    const item = root.querySelector('[data-item-id="low-rating"]')!;
    expect(item.querySelector('input[type="checkbox"]')).to.exist;
    expect(item.textContent).to.contain('My last rating was low');
    await expect(checklist).to.be.accessible();
  });

  for (const tag of ['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist'] as const) {
    it(`<${tag}> is accessible on the default content and in its error state`, async () => {
      const element = document.createElement(tag);
      document.body.append(element);
      try {
        await waitForStatus(element, 'ready');
        await expect(element).to.be.accessible();
        element.src = '/__test__/status/404';
        await waitForStatus(element, 'error');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });
  }

  it('never renders bundle text as HTML', async () => {
    const bundle = sampleBundle();
    bundle.questions![0].title = '<img src=x onerror="window.hacked=1">';
    bundle.questions![0].body = '<script>window.hacked=1</script> **bold**';
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${bundle}></pip-qa-feed>`);
    const card = shadow(feed).querySelector('[data-question-id="first-question"]')!;
    expect(card.querySelector('img, script')).to.equal(null);
    expect(card.querySelector('h3')!.textContent).to.equal(bundle.questions![0].title);
    expect(card.querySelector('[part="body"]')!.textContent).to.contain('<script>window.hacked=1</script>');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});
