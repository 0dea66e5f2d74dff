import { expect } from '@open-wc/testing';
import { highlightSegments, QuestionIndex } from '../../src/search/index.js';

const marked = (text: string, query: string, index: QuestionIndex) =>
  highlightSegments(text, index.search(query).matchedWords)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('QuestionIndex.search by word forms', () => {
  const index = QuestionIndex.buildSync([
    { id: 'negotiate', title: 'How to negotiate severance', body: '' },
    { id: 'terminated', title: 'I was terminated during the plan', body: '' },
    { id: 'reviewing', title: 'Who is reviewing my appeal?', body: '' },
    { id: 'other', title: 'Remote work and visas', body: '' },
  ]);

  for (const [query, id] of [
    ['negotiating', 'negotiate'],
    ['terminations', 'terminated'],
    ['reviews', 'reviewing'],
    ['negotiated severance', 'negotiate'],
  ]) {
    it(`finds "${id}" by "${query}", typed or complete`, () => {
      for (const typed of [query, `${query} `]) {
        expect(index.search(typed).order, JSON.stringify(typed)).to.deep.equal([['negotiate', 'terminated', 'reviewing', 'other'].indexOf(id)]);
      }
    });
  }

  it('still completes the word being typed', () => {
    expect(index.search('negot').order).to.deep.equal([0]);
    expect(index.search('termin').order).to.deep.equal([1]);
  });

  it('marks the words that matched by their stem', () => {
    expect(marked('How to negotiate severance', 'negotiating ', index)).to.deep.equal(['negotiate']);
    expect(marked('I was terminated during the plan', 'terminations', index)).to.deep.equal(['terminated']);
  });
});

describe('QuestionIndex.search ranking of word forms', () => {
  it('ranks the exact word above another form, and another form above a typo', () => {
    // Each word once, so none counts as known and the typo ("plane" for "plans") is looked up too.
    const index = QuestionIndex.buildSync([
      { id: 'typo', title: 'Plane', body: '' },
      { id: 'stem', title: 'Planning', body: '' },
      { id: 'exact', title: 'Plans', body: '' },
    ]);
    expect(index.search('plans ').order).to.deep.equal([2, 1, 0]);
  });
});
