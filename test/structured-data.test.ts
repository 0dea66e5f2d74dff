import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PipCourseOutline } from '../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../src/components/qa-feed/qa-feed.js';
import { isoDuration } from '../src/components/course-outline/course-structured-data.js';
import { sampleBundle, waitForStatus } from './helpers.js';

const jsonLd = (element: Element) => {
  const scripts = element.querySelectorAll(':scope > script[type="application/ld+json"]');
  expect(scripts.length, 'one JSON-LD script in the light DOM').to.equal(1);
  return JSON.parse(scripts[0].textContent!);
};

describe('structured data (JSON-LD)', () => {
  it('writes nothing unless asked', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${sampleBundle()}></pip-qa-feed>`);
    await feed.updateComplete;
    expect(feed.querySelector('script')).to.equal(null);
  });

  it('describes the course outline as a schema.org Course, in the light DOM', async () => {
    const bundle = sampleBundle();
    bundle.course!.summary = 'Learn **what** a plan asks of you.';
    bundle.course!.instructor = { name: 'Maya Okafor' };
    const page = await fixture(html`<div lang="en"><pip-course-outline structured-data .bundle=${bundle}></pip-course-outline></div>`);
    const outline = page.querySelector<PipCourseOutline>('pip-course-outline')!;
    await outline.updateComplete;
    const data = jsonLd(outline);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Sample course',
      description: 'Learn what a plan asks of you.',
      author: { '@type': 'Person', name: 'Maya Okafor' },
      timeRequired: 'PT15M',
      inLanguage: 'en',
    });
    expect(data.syllabusSections).to.deep.equal([{ '@type': 'Syllabus', name: 'Basics', timeRequired: 'PT15M' }]);
    expect(outline.shadowRoot!.querySelector('script')).to.equal(null);
    outline.structuredData = false;
    await outline.updateComplete;
    expect(outline.querySelector('script')).to.equal(null);
  });

  it('describes the first page of questions as DiscussionForumPosting items, answers as comments', async () => {
    const bundle = sampleBundle();
    bundle.questions![0].answers = [{ id: 'a', body: 'Ask for it *in writing*.', author: { name: 'Sam' }, likes: 2 }];
    bundle.questions![1].title = 'Ends a script? </script><script>alert(1)</script>';
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed structured-data page-size="1" .bundle=${bundle}></pip-qa-feed>`);
    await waitForStatus(feed, 'ready');
    await feed.updateComplete;
    let graph = jsonLd(feed)['@graph'];
    expect(graph).to.have.length(1);
    expect(graph[0]).to.deep.include({
      '@type': 'DiscussionForumPosting',
      headline: 'What happens in the first week of a plan?',
      text: 'I was told a plan starts Monday.\n\n- What should I ask for?\n- Who should I talk to?',
      url: `${location.href.split('#')[0]}#first-question`,
      author: { '@type': 'Person', name: 'Mid-Level Software Engineer at Acme' },
      datePublished: '2026-03-14',
      commentCount: 1,
    });
    expect(graph[0].interactionStatistic.userInteractionCount).to.equal(4);
    expect(graph[0].comment).to.deep.equal([
      {
        '@type': 'Comment',
        text: 'Ask for it in writing.',
        author: { '@type': 'Person', name: 'Sam' },
        interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: 2 },
      },
    ]);
    feed.pageSize = 2;
    await feed.updateComplete;
    graph = jsonLd(feed)['@graph'];
    // A title with </script> stays inside the script, even when the page is serialized as HTML.
    expect(feed.querySelector('script')!.textContent).not.to.contain('</script>');
    expect(graph[1].headline).to.equal('Ends a script? </script><script>alert(1)</script>');
  });

  it('writes ISO 8601 durations', () => {
    expect([isoDuration(125), isoDuration(60), isoDuration(5), isoDuration(0)]).to.deep.equal(['PT2H5M', 'PT1H', 'PT5M', 'PT0M']);
  });
});
