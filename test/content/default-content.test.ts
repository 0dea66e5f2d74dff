import { expect } from '@open-wc/testing';
import bundle from '../../src/content/default-bundle.json';
import { loadDefaultBundle } from '../../src/content/loader.js';
import { parseRichText, type Block, type List } from '../../src/content/rich-text.js';
import { parseBundle } from '../../src/content/assembler.js';
import type { ContentBundle } from '../../src/content/schema.js';

/** Every list in `blocks`, nested ones included. */
function listsIn(blocks: readonly Block[]): List[] {
  const out: List[] = [];
  const visit = (list: List) => {
    out.push(list);
    for (const item of list.items) item.lists.forEach(visit);
  };
  for (const block of blocks) if (block.type === 'list') visit(block);
  return out;
}

const hasNested = (list: List) => list.items.some((item) => item.lists.length > 0);

describe('the default content bundle', () => {
  let parsed: ContentBundle;
  before(() => {
    parsed = parseBundle(bundle);
  });

  it('is a valid version 1 bundle with every section', () => {
    expect(parsed.version).to.equal(1);
    expect(parsed.topic?.title).to.be.a('string').and.not.equal('');
    expect(parsed.questions).to.be.an('array');
    expect(parsed.course).to.be.an('object');
    expect(parsed.checklist).to.be.an('object');
  });

  it('has at least 20 questions with titles and bodies', () => {
    const questions = parsed.questions!;
    expect(questions.length).to.be.at.least(20);
    for (const question of questions) {
      expect(question.title.trim(), question.id).not.to.equal('');
      expect(question.body.trim(), question.id).not.to.equal('');
    }
  });

  it('has question bodies with bullet lists, numbered lists and nested lists', () => {
    const bodies = parsed.questions!.map((question) => listsIn(parseRichText(question.body)));
    const withBullets = bodies.filter((lists) => lists.some((list) => !list.ordered));
    const withNumbers = bodies.filter((lists) => lists.some((list) => list.ordered));
    const withNesting = bodies.filter((lists) => lists.some(hasNested));
    expect(withBullets.length, 'bodies with bullet lists').to.be.at.least(1);
    expect(withNumbers.length, 'bodies with numbered lists').to.be.at.least(1);
    expect(withNesting.length, 'bodies with nested lists').to.be.at.least(1);
  });

  it('has a course of at least 4 sections and 12 lessons, each with a kind and minutes', () => {
    const course = parsed.course!;
    expect(course.sections.length).to.be.at.least(4);
    const lessons = course.sections.flatMap((section) => section.lessons);
    expect(lessons.length).to.be.at.least(12);
    for (const lesson of lessons) {
      expect(['article', 'video', 'exercise'], lesson.id).to.include(lesson.kind);
      expect(lesson.minutes, lesson.id).to.be.a('number').and.above(0);
    }
    for (const section of course.sections) expect(section.lessons.length, section.id).to.be.at.least(1);
  });

  it('has a checklist of at least 10 categorised items and exactly 3 levels', () => {
    const checklist = parsed.checklist!;
    expect(checklist.items.length).to.be.at.least(10);
    for (const item of checklist.items) {
      expect(item.category, item.id).to.be.a('string').and.not.equal('');
      expect(item.weight, item.id).to.be.within(1, 5);
    }
    expect(new Set(checklist.items.map((item) => item.category)).size).to.be.at.least(2);
    const levels = checklist.levels!;
    expect(levels).to.have.length(3);
    expect(levels[0].min).to.equal(0);
    expect(levels[0].min).to.be.below(levels[1].min);
    expect(levels[1].min).to.be.below(levels[2].min);
  });

  it('is what loadDefaultBundle() resolves to, validated once and shared', async () => {
    const first = loadDefaultBundle();
    const second = loadDefaultBundle();
    expect(second).to.equal(first);
    const [a, b] = await Promise.all([first, second]);
    expect(a).to.equal(b);
    expect(a).to.deep.equal(parsed);
    expect(await loadDefaultBundle()).to.equal(a);
    // Validated: the defaulted item weight is there even where the JSON leaves it out.
    for (const item of a.checklist!.items) expect(item.weight).to.be.a('number');
  });
});
