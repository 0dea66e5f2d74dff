import { expect } from '@open-wc/testing';
import { BundleJsonStream, StreamError } from '../../src/content/json-stream.js';

interface Read {
  fields: [string, unknown][];
  questions: unknown[];
  started: number;
}

/** Feeds `text` cut into the given pieces and returns what the reader handed over. */
function read(pieces: string[]): Read {
  const out: Read = { fields: [], questions: [], started: 0 };
  const stream = new BundleJsonStream({
    field: (key, value) => out.fields.push([key, value]),
    startQuestions: () => out.started++,
    question: (value) => out.questions.push(value),
  });
  for (const piece of pieces) stream.feed(piece);
  stream.end();
  return out;
}

/** The same bundle, rebuilt from what the reader handed over. */
function rebuilt(result: Read): unknown {
  return { ...Object.fromEntries(result.fields), ...(result.started ? { questions: result.questions } : {}) };
}

const tricky = {
  version: 1,
  topic: { id: 't', title: 'Quotes " and \\ backslashes \\" and braces { [ ] }', about: 'Unicode: é, 👍🏽, \u2028' },
  questions: [
    { id: 'a', title: 'First', body: 'Has "quotes", \\escapes\\ and ]}', tags: ['x', 'y'], likes: 0 },
    { id: 'b', title: 'Second', body: '', answers: [{ id: 'c', body: '[nested]' }] },
    { id: 'd', title: 'Third', body: 'ends with a backslash \\' },
  ],
  course: { id: 'c', title: 'C', sections: [{ id: 's', title: 'S', lessons: [{ id: 'l', title: 'L', minutes: 1.5 }] }] },
  extra: [null, true, false, -1.25e3, 'text'],
};

describe('BundleJsonStream', () => {
  it('hands over every field and question, whatever the formatting', () => {
    for (const text of [JSON.stringify(tricky), JSON.stringify(tricky, null, 2), JSON.stringify(tricky, null, '\t')]) {
      expect(rebuilt(read([text]))).to.deep.equal(tricky);
    }
  });

  it('gives the same result for every place a chunk can end', () => {
    const text = JSON.stringify(tricky, null, 1);
    for (let cut = 1; cut < text.length; cut++) {
      const result = read([text.slice(0, cut), text.slice(cut)]);
      expect(rebuilt(result), `cut at ${cut}`).to.deep.equal(tricky);
    }
  });

  it('reads one character at a time', () => {
    const text = JSON.stringify(tricky);
    expect(rebuilt(read([...text]))).to.deep.equal(tricky);
  });

  it('hands over questions one by one, as soon as each is complete', () => {
    const seen: unknown[] = [];
    const stream = new BundleJsonStream({ field: () => {}, startQuestions: () => {}, question: (q) => seen.push(q) });
    stream.feed('{"version":1,"questions":[{"id":"a","title":"A","body":""},{"id":"b"');
    expect(seen).to.deep.equal([{ id: 'a', title: 'A', body: '' }]);
    stream.feed(',"title":"B","body":""}');
    expect(seen).to.have.length(2);
    stream.feed(']}');
    stream.end();
  });

  it('keeps an empty list of questions', () => {
    expect(read(['{"version":1,"questions":[]}']).started).to.equal(1);
    expect(read(['{}']).fields).to.deep.equal([]);
  });

  it('refuses a top level that is not an object (the whole-text path explains it)', () => {
    for (const text of ['[]', '1', '"bundle"', 'null']) expect(() => read([text]), text).to.throw(StreamError);
  });

  const invalid = [
    '',
    '{"version":1',
    '{"version":1,}',
    '{"version" 1}',
    '{"version":1}}',
    '{"version":1} x',
    '{"questions":[{"id":"a"},]}',
    '{"questions":[{"id":"a"} {"id":"b"}]}',
    '{"questions":[{"id":"a"]}',
    '{"topic":{"id":"a",}}',
    '{"version":01}',
    '{"version":tru}',
    "{'version':1}",
    '{"a":"unterminated}',
  ];
  for (const text of invalid) {
    it(`refuses ${JSON.stringify(text)}, as JSON.parse does`, () => {
      expect(() => JSON.parse(text)).to.throw();
      expect(() => read([text])).to.throw(StreamError);
    });
  }
});
