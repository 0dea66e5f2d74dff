import { richTextToPlain } from '../../content/rich-text.js';
import type { Author, Question } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import type { QuestionSource } from '../../sources/index.js';

/** The first page in the bundle's order, whatever the reader searches: what the page shows search engines. */
export async function firstPagePostings(
  source: QuestionSource,
  pageSize: number,
  nameOf: (author: Author | undefined) => string,
): Promise<object> {
  const { questions } = await source.results({ query: '', tags: [], sort: 'relevance', offset: 0, limit: pageSize, lang: 'en' });
  return discussionPostings(questions, location.href.split('#')[0], nameOf);
}

/**
 * Questions in schema.org terms, for search engines: each a `DiscussionForumPosting` with its
 * answers as comments. `pageUrl` is the page without its hash; `nameOf` names an author without
 * a name (their byline).
 */
export function discussionPostings(questions: readonly Question[], pageUrl: string, nameOf: (author: Author | undefined) => string): object {
  const person = (author: Author | undefined) => ({ '@type': 'Person', name: author?.name ?? nameOf(author) });
  const likes = (count: number | undefined) =>
    count === undefined
      ? undefined
      : { '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: count };
  return {
    '@graph': questions.map((question) => ({
      '@type': 'DiscussionForumPosting',
      headline: question.title,
      text: richTextToPlain(question.body),
      url: safeUrl(question.url) ?? `${pageUrl}#${question.id}`,
      author: person(question.author),
      datePublished: question.createdAt,
      keywords: question.tags?.join(', '),
      interactionStatistic: likes(question.likes),
      commentCount: question.answers?.length,
      comment: question.answers?.map((answer) => ({
        '@type': 'Comment',
        text: richTextToPlain(answer.body),
        author: person(answer.author),
        datePublished: answer.createdAt,
        interactionStatistic: likes(answer.likes),
      })),
    })),
  };
}
