import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { ContentController } from '../src/controllers/content-controller.js';
import { PipElement } from '../src/internal/pip-element.js';
import type { PipErrorDetail, PipLoadDetail } from '../src/events.js';
import type { PipQaFeed } from '../src/components/qa-feed/qa-feed.js';
import type { PipContent } from '../src/components/content/content.js';
import type { PipCourseOutline } from '../src/components/course-outline/course-outline.js';
import { alertText, failOnEscapedErrors, inlineJson, nextEvent, sampleBundle, shadow, waitForStatus } from './helpers.js';

const titleOf = (feed: Element) => shadow(feed).querySelector('.header h2')?.textContent;

function bundleTitled(title: string) {
  const bundle = sampleBundle();
  bundle.topic!.title = title;
  return bundle;
}

failOnEscapedErrors();

describe('content sources and their precedence', () => {
  it('shows a bundle given as a property, at once and without a loading state', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${bundleTitled('From property')}></pip-qa-feed>`);
    expect(feed.status).to.equal('ready');
    expect(titleOf(feed)).to.equal('From property');
  });

  it('loads the src attribute, resolved against the page', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src="/__test__/bundle?title=From%20src"></pip-qa-feed>`);
    await waitForStatus(feed, 'ready');
    expect(titleOf(feed)).to.equal('From src');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const feed = await fixture<PipQaFeed>(
      html`<pip-qa-feed><script type="application/json">${inlineJson(bundleTitled('From inline'))}</script></pip-qa-feed>`,
    );
    expect(feed.status).to.equal('ready');
    expect(titleOf(feed)).to.equal('From inline');
  });

  it('prefers the property over src, src over inline JSON, inline JSON over <pip-content>', async () => {
    const container = await fixture(html`<pip-content .bundle=${bundleTitled('From provider')}>
      <pip-qa-feed id="all" .bundle=${bundleTitled('Property wins')} src="/__test__/bundle?title=Src">
        <script type="application/json">${inlineJson(bundleTitled('Inline'))}</script>
      </pip-qa-feed>
      <pip-qa-feed id="src-inline" src="/__test__/bundle?title=Src%20wins">
        <script type="application/json">${inlineJson(bundleTitled('Inline'))}</script>
      </pip-qa-feed>
      <pip-qa-feed id="inline">
        <script type="application/json">${inlineJson(bundleTitled('Inline wins'))}</script>
      </pip-qa-feed>
      <pip-qa-feed id="inherits"></pip-qa-feed>
    </pip-content>`);
    const feed = (id: string) => container.querySelector<PipQaFeed>(`#${id}`)!;
    await waitForStatus(feed('src-inline'), 'ready');
    expect(titleOf(feed('all'))).to.equal('Property wins');
    expect(titleOf(feed('src-inline'))).to.equal('Src wins');
    expect(titleOf(feed('inline'))).to.equal('Inline wins');
    expect(titleOf(feed('inherits'))).to.equal('From provider');
  });

  it('falls back to <pip-content> when the property is removed', async () => {
    const container = await fixture(html`<pip-content .bundle=${bundleTitled('From provider')}>
      <pip-qa-feed .bundle=${bundleTitled('Own')}></pip-qa-feed>
    </pip-content>`);
    const feed = container.querySelector('pip-qa-feed')!;
    expect(titleOf(feed)).to.equal('Own');
    feed.bundle = undefined;
    await feed.updateComplete;
    expect(titleOf(feed)).to.equal('From provider');
  });

  it('shows the built-in default content when there is no source at all', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed></pip-qa-feed>`);
    await waitForStatus(feed, 'ready');
    expect(feed.content?.topic?.id).to.equal('performance-improvement-plan');
    expect(shadow(feed).querySelectorAll('[data-question-id]').length).to.be.greaterThan(19);
  });
});

describe('<pip-content>', () => {
  it('loads once and shares the validated bundle with every widget inside', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      const container = await fixture<PipContent>(html`<pip-content src="/__test__/bundle?title=Shared&delay=50">
        <pip-qa-feed></pip-qa-feed>
        <div><pip-qa-feed></pip-qa-feed></div>
      </pip-content>`);
      const feeds = [...container.querySelectorAll('pip-qa-feed')];
      await waitForStatus(container, 'ready');
      for (const feed of feeds) await waitForStatus(feed, 'ready');
      expect(feeds.map(titleOf)).to.deep.equal(['Shared', 'Shared']);
      expect(feeds[0].content).to.equal(feeds[1].content);
      expect(requests.filter((url) => url.includes('/__test__/bundle'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a load error once, itself, and fires one pip-error', async () => {
    const errors: CustomEvent<PipErrorDetail>[] = [];
    const container = await fixture<PipContent>(html`<div @pip-error=${(e: CustomEvent<PipErrorDetail>) => errors.push(e)}>
      <pip-content src="/__test__/status/404"><pip-qa-feed></pip-qa-feed></pip-content>
    </div>`);
    const content = container.querySelector('pip-content')!;
    const feed = container.querySelector('pip-qa-feed')!;
    await waitForStatus(content, 'error');
    await waitForStatus(feed, 'error');
    expect(content.error?.message).to.contain('404');
    expect(alertText(content)).to.equal('The content could not be loaded right now.');
    expect(alertText(feed)).to.equal(undefined);
    expect(errors.map((e) => e.target)).to.deep.equal([content]);
  });

  it('tells a widget inside that its section is missing', async () => {
    const bundle = sampleBundle();
    delete bundle.course;
    const container = await fixture(html`<pip-content .bundle=${bundle}><pip-course-outline></pip-course-outline></pip-content>`);
    const outline = container.querySelector<PipCourseOutline>('pip-course-outline')!;
    await waitForStatus(outline, 'error');
    expect(outline.error?.code).to.equal('missing-section');
    expect(outline.error?.message).to.contain('has no course');
    expect(alertText(outline)).to.equal('There is nothing here to show yet.');
  });

  it('updates the widgets when its own bundle changes', async () => {
    const container = await fixture<PipContent>(html`<pip-content .bundle=${bundleTitled('First')}><pip-qa-feed></pip-qa-feed></pip-content>`);
    const feed = container.querySelector('pip-qa-feed')!;
    container.bundle = bundleTitled('Second');
    await container.updateComplete;
    await feed.updateComplete;
    expect(titleOf(feed)).to.equal('Second');
  });

  it('serves widgets whose definition ran first, and widgets added later', async () => {
    const container = await fixture<PipContent>(html`<pip-content .bundle=${bundleTitled('Provided')}></pip-content>`);
    const late = document.createElement('pip-qa-feed');
    container.append(late);
    await late.updateComplete;
    expect(titleOf(late)).to.equal('Provided');
  });
});

describe('loading errors', () => {
  async function failingFeed(src: string) {
    const wrapper = await fixture(html`<div></div>`);
    const feed = document.createElement('pip-qa-feed');
    const event = nextEvent<PipErrorDetail>(wrapper, 'pip-error');
    feed.src = src;
    wrapper.append(feed);
    const { detail } = await event;
    await feed.updateComplete;
    expect(feed.error?.message).to.equal(detail.message);
    return { feed, detail, alert: alertText(feed) ?? '' };
  }

  it('names the HTTP status', async () => {
    const { detail, alert } = await failingFeed('/__test__/status/500');
    expect(detail.code).to.equal('http');
    expect(detail.message).to.contain('HTTP status 500');
    expect(detail.message).to.contain('/__test__/status/500');
    expect(alert).to.equal('The content could not be loaded right now.');
  });

  it('says when a page answered HTML instead of JSON', async () => {
    const { detail, alert } = await failingFeed('/__test__/raw?type=text/html&body=<html><form>Log in</form></html>');
    expect(detail.code).to.equal('not-json');
    expect(detail.message).to.contain('expected JSON but got text/html');
    expect(alert).to.equal('This content could not be read.');
  });

  it('gives the position of a JSON syntax error', async () => {
    const { detail, alert } = await failingFeed(`/__test__/raw?body=${encodeURIComponent('{\n  "version": 1,\n  "topic": }')}`);
    expect(detail.code).to.equal('json-syntax');
    expect(detail.message).to.contain('not valid JSON');
    expect(detail.message).to.match(/line 3, column 12/);
    expect(alert).to.equal('This content could not be read.');
  });

  it('says that an empty answer is empty', async () => {
    const { detail } = await failingFeed('/__test__/raw?body=');
    expect(detail.code).to.equal('json-syntax');
    expect(detail.message).to.contain('is empty');
  });

  it('refuses an unsupported version', async () => {
    const { detail, alert } = await failingFeed(`/__test__/raw?body=${encodeURIComponent('{"version":2}')}`);
    expect(detail.code).to.equal('version');
    expect(detail.message).to.contain('format version 2');
    expect(alert).to.equal('This content needs a newer version of these widgets.');
  });

  it('names the field path of schema issues, in the alert and in the event', async () => {
    const bundle = sampleBundle();
    (bundle.questions![1] as { title: string }).title = '';
    const wrapper = await fixture(html`<div></div>`);
    const event = nextEvent<PipErrorDetail>(wrapper, 'pip-error');
    const feed = document.createElement('pip-qa-feed');
    feed.bundle = bundle;
    wrapper.append(feed);
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.code).to.equal('schema');
    expect(detail.issues).to.deep.equal([{ path: 'questions[1].title', message: 'expected text with at least one visible character' }]);
    expect(detail.message).to.contain('questions[1].title: expected text with at least one visible character');
    expect(alertText(feed)).to.equal('This content has mistakes in questions[1].title.');
  });

  it('says which section a widget needs', async () => {
    const bundle = sampleBundle();
    delete bundle.questions;
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${bundle}></pip-qa-feed>`);
    expect(feed.error?.code).to.equal('missing-section');
    expect(feed.error?.message).to.contain('has no questions');
  });

  it('reports a network failure in plain words', async () => {
    const { detail, alert } = await failingFeed('http://127.0.0.1:9/unreachable.json');
    expect(detail.code).to.equal('network');
    expect(detail.message).to.contain('Could not load http://127.0.0.1:9/unreachable.json');
    expect(alert).to.equal('The content could not be loaded. Check your connection and try again.');
  });

  it('keeps the rest of the page working when one widget fails', async () => {
    const container = await fixture(html`<div>
      <pip-qa-feed id="broken" src="/__test__/status/404"></pip-qa-feed>
      <pip-qa-feed id="fine" .bundle=${bundleTitled('Still here')}></pip-qa-feed>
    </div>`);
    await waitForStatus(container.querySelector('#broken')!, 'error');
    expect(titleOf(container.querySelector('#fine')!)).to.equal('Still here');
  });
});

describe('lifecycle', () => {
  it('announces loading with aria-busy and a polite status, then clears both', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src="/__test__/bundle?delay=150"></pip-qa-feed>`);
    const base = shadow(feed).querySelector('[part="base"]')!;
    const status = shadow(feed).querySelector('[role="status"]')!;
    expect(feed.status).to.equal('loading');
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('Loading');
    await waitForStatus(feed, 'ready');
    expect(base.getAttribute('aria-busy')).to.equal('false');
    expect(status.textContent?.trim()).to.equal('');
  });

  it('fires pip-load with the validated bundle', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const event = nextEvent<PipLoadDetail>(wrapper, 'pip-load');
    const feed = document.createElement('pip-qa-feed');
    feed.src = '/__test__/bundle?title=Loaded';
    wrapper.append(feed);
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.bundle.topic?.title).to.equal('Loaded');
    expect(shadow(feed).querySelector('.header h2')?.textContent).to.equal('Loaded');
  });

  it('reloads when src changes', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src="/__test__/bundle?title=One"></pip-qa-feed>`);
    await waitForStatus(feed, 'ready');
    feed.setAttribute('src', '/__test__/bundle?title=Two&delay=100');
    await feed.updateComplete;
    expect(feed.status).to.equal('loading');
    await waitForStatus(feed, 'ready');
    expect(titleOf(feed)).to.equal('Two');
  });

  it('never lets an older, slower answer overwrite a newer one', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src="/__test__/bundle?title=Slow&delay=400"></pip-qa-feed>`);
    feed.src = '/__test__/bundle?title=Fast';
    await waitForStatus(feed, 'ready');
    expect(titleOf(feed)).to.equal('Fast');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(titleOf(feed)).to.equal('Fast');
  });

  it('ignores an older answer even when its request could not be aborted', async () => {
    const realFetch = window.fetch;
    // Some fetch wrappers and service workers answer even after an abort.
    window.fetch = (input, init) => realFetch(input, { ...init, signal: undefined });
    try {
      const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src="/__test__/bundle?title=Slow&delay=300"></pip-qa-feed>`);
      feed.src = '/__test__/bundle?title=Fast';
      await waitForStatus(feed, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(titleOf(feed)).to.equal('Fast');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('aborts its fetch when removed, and loads again when put back', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture(html`<div></div>`);
      const feed = document.createElement('pip-qa-feed');
      feed.src = '/__test__/hang';
      wrapper.append(feed);
      await feed.updateComplete;
      expect(signals).to.have.length(1);
      feed.remove();
      expect(signals[0].aborted).to.equal(true);
      feed.src = '/__test__/bundle?title=Back';
      wrapper.append(feed);
      await waitForStatus(feed, 'ready');
      expect(titleOf(feed)).to.equal('Back');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows an error inside the widget, not a blank one, when drawing throws', async () => {
    const event = nextEvent<PipErrorDetail>(document, 'pip-error');
    const widget = await fixture<ThrowingWidget>(html`<test-throwing-widget .bundle=${sampleBundle()}></test-throwing-widget>`);
    const { detail } = await event;
    await widget.updateComplete;
    expect(detail.code).to.equal('render');
    expect(detail.message).to.contain('a widget bug');
    expect(alertText(widget)).to.equal('Something went wrong while showing this content.');
  });
});

/** A widget with a bug: drawing its ready state throws. */
class ThrowingWidget extends PipElement {
  protected readonly loader = new ContentController(this);
  protected renderContent(): never {
    throw new Error('a widget bug');
  }
}
customElements.define('test-throwing-widget', ThrowingWidget);

describe('large bundles', () => {
  it('draws the first page of questions while the rest is still arriving', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed page-size="5" src="/__test__/trickle?count=60&pause=1500"></pip-qa-feed>`);
    await waitUntil(() => shadow(feed).querySelectorAll('[data-question-id]').length === 5, 'no early cards', { timeout: 1200 });
    expect(feed.status).to.equal('loading');
    expect(shadow(feed).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(titleOf(feed)).to.equal('Arriving slowly');
    expect(shadow(feed).querySelector('[part="more-questions"]')).to.equal(null);
    await waitForStatus(feed, 'ready');
    expect(shadow(feed).querySelector('[part="more-questions"]')!.textContent).to.contain('55 remaining');
  });

  it('gives the same precise error as a whole parse when a streamed bundle is broken', async () => {
    const text = '{"version": 1, "questions": [{"id": "a", "title": "A", "body": ""},\n  {"id": "b" "title": "B"}]}';
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src=${`/__test__/raw?body=${encodeURIComponent(text)}`}></pip-qa-feed>`);
    await waitForStatus(feed, 'error');
    expect(feed.error?.code).to.equal('json-syntax');
    expect(feed.error?.message).to.match(/line 2, column 14/);
  });

  it('reports schema issues of streamed questions with their index', async () => {
    const questions = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, title: i === 17 ? '' : `Q${i}`, body: '' }));
    const text = JSON.stringify({ version: 1, questions });
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src=${`/__test__/raw?body=${encodeURIComponent(text)}`}></pip-qa-feed>`);
    await waitForStatus(feed, 'error');
    expect(feed.error?.issues).to.deep.equal([{ path: 'questions[17].title', message: 'expected text with at least one visible character' }]);
  });
});

describe('moving elements', () => {
  it('does not load anything while removed, and follows its new place when put back', async () => {
    const container = await fixture(html`<div>
      <pip-content .bundle=${bundleTitled('Provided')}><pip-qa-feed></pip-qa-feed></pip-content>
      <section id="elsewhere"></section>
    </div>`);
    const feed = container.querySelector('pip-qa-feed')!;
    await feed.updateComplete;
    expect(titleOf(feed)).to.equal('Provided');
    feed.remove();
    await feed.updateComplete;
    expect(feed.status).to.equal('ready');
    expect(titleOf(feed)).to.equal('Provided');
    container.querySelector('#elsewhere')!.append(feed);
    await waitForStatus(feed, 'ready');
    await waitUntil(() => feed.content?.topic?.id === 'performance-improvement-plan', 'expected the default content outside <pip-content>');
    container.querySelector('pip-content')!.append(feed);
    await feed.updateComplete;
    expect(titleOf(feed)).to.equal('Provided');
  });
});

describe('registration', () => {
  it('leaves a tag defined by someone else alone, with one warning for the page', async () => {
    const { defineElement } = await import('../src/internal/define.js');
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('test-taken-tag', Theirs);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const flag = Symbol.for('pip-widgets.define-warning');
    const global = globalThis as { [flag]?: boolean };
    const warnedBefore = global[flag];
    delete global[flag];
    try {
      expect(() => defineElement('test-taken-tag', Ours)).not.to.throw();
      expect(() => defineElement('test-taken-tag', Ours)).not.to.throw();
      expect(customElements.get('test-taken-tag')).to.equal(Theirs);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<test-taken-tag> is already defined');
    } finally {
      console.warn = warn;
      global[flag] = warnedBefore;
    }
  });
});
