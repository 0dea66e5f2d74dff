import { expect } from '@open-wc/testing';
import { indexParts } from '../../src/search/index-parts.js';
import { QuestionIndex } from '../../src/search/index.js';
import { ASCII_SCAN_MAX, cut, forEachAsciiGroup, forEachJoinedWord, forEachWord, normalize } from '../../src/search/tokenize.js';
import { STOPWORD, UNKNOWN, WordTable } from '../../src/search/word-table.js';

/** The words the index build reads from ASCII text in place. */
function asciiWords(text: string): string[] {
  const words: string[] = [];
  forEachAsciiGroup(
    text,
    (source, start, end) => {
      if (end - start > 1) words.push(cut(source.slice(start, end).toLowerCase()));
    },
    (group) => forEachJoinedWord(group, (word) => words.push(word)),
  );
  return words;
}

/** The words of text as queries read them (WORD_GROUP). */
function regexWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(normalize(text), (word) => words.push(word));
  return words;
}

/** A seeded generator, so that a failure is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

describe('forEachAsciiGroup', () => {
  for (const text of [
    "H-1B visa, a 401(k) and my boss's 1:1 check-in",
    'stack-rank_me x(abcdefgh) y(abcdefghi) z() w(a b) (k) 12:a a:1 1:1:2 1:2b',
    "--x x-- 'quoted' it's_ok end- -start _a_ a'",
    `${'Long'.repeat(20)} OK THE The the`,
    '',
    '   ',
    'a',
  ]) {
    it(`reads ${JSON.stringify(text)} as the regex does`, () => {
      expect(asciiWords(text)).to.deep.equal(regexWords(text));
    });
  }

  it('reads the same words as the regex in random text made of letters, digits and joiners', () => {
    const next = random(7);
    const alphabet = "aZ9b0 -_':()(k).,";
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(asciiWords(text), JSON.stringify(text)).to.deep.equal(regexWords(text));
    }
  });

  it('gives an index the same words, fields and lengths whichever way a text is read', () => {
    // The same question in ASCII (read in place) and with one letter outside it (read by the regex).
    const ascii = "Is my manager's PIP fair? H-1B and 401(k) worries, 1:1 notes";
    const parts = (text: string) => {
      const build = indexParts([{ id: 'q', title: text, body: `${text} [link](https://example.com/a-b) ${text}`, tags: ['pip'] }], {});
      for (;;) {
        const step = build.next();
        if (step.done) return step.value;
      }
    };
    const inPlace = parts(ascii);
    const byRegex = parts(`${ascii} ée`);
    const words = (p: ReturnType<typeof parts>) => [...p.ids.keys()].filter((word) => word !== 'ee');
    expect(words(inPlace)).to.deep.equal(words(byRegex));
    expect([...inPlace.ids.keys()]).to.include.members(['manager', 'h1b', '401k', '1b', 'notes']);
    expect(inPlace.titleLengths[0]).to.equal(byRegex.titleLengths[0] - 1);
  });

  it('leaves a text longer than it reads to the regex, which finds its words all the same', () => {
    const body = `${'plain words '.repeat(Math.ceil(ASCII_SCAN_MAX / 12))}H-1B needle`;
    const index = QuestionIndex.buildSync([{ id: 'long', title: 'Long', body }, { id: 'short', title: 'Short', body: 'nothing' }]);
    expect(index.search('needle').order).to.deep.equal([0]);
    expect(index.search('h1b').order).to.deep.equal([0]);
  });
});

describe('WordTable', () => {
  it('finds every word it was given, by string or by a range of text in any case', () => {
    const table = new WordTable();
    table.add('the', STOPWORD);
    for (let i = 0; i < 20000; i++) table.add(`w${i.toString(36)}`, i);
    expect(table.get('the')).to.equal(STOPWORD);
    for (let i = 0; i < 20000; i += 7) {
      const word = `w${i.toString(36)}`;
      expect(table.get(word)).to.equal(i);
      const text = `  ${word.toUpperCase()}, `;
      expect(table.getRange(text, 2, 2 + word.length)).to.equal(i);
    }
    expect(table.get('absent')).to.equal(UNKNOWN);
    expect(table.getRange('W0X', 0, 3)).to.equal(UNKNOWN);
    expect(table.getRange('W0', 0, 1)).to.equal(UNKNOWN);
  });
});
