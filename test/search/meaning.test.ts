import { expect } from '@open-wc/testing';
import type { Question } from '../../src/content/schema.js';
import { english, highlightSegments, QuestionIndex, type SearchLanguage } from '../../src/search/index.js';
import { loadSearchLanguage as load } from '../../src/sources/search-languages.js';

const loadSearchLanguage = async (lang: string): Promise<{ value: SearchLanguage }> => (await load(lang)) ?? { value: english };

type Draft = Pick<Question, 'id' | 'title'> & Partial<Question>;
const questionsOf = (drafts: Draft[]) => drafts.map((draft) => ({ body: '', ...draft }));

function searcher(drafts: Draft[], options: Parameters<typeof QuestionIndex.buildSync>[1] = {}) {
  const questions = questionsOf(drafts);
  const index = QuestionIndex.buildSync(questions, options);
  return {
    index,
    ids: (query: string) => index.search(query).order.map((i) => questions[i].id),
    marked: (query: string, id: string) =>
      highlightSegments(questions.find((q) => q.id === id)!.title, index.search(query).matchedWords)
        .filter((segment) => segment.match)
        .map((segment) => segment.text),
  };
}

describe('QuestionIndex.search by synonyms', () => {
  const { ids, marked } = searcher([
    { id: 'manager', title: 'My manager ignores my updates' },
    { id: 'supervisor', title: 'My supervisor ignores my emails' },
    { id: 'fired', title: 'Terminated at the end of the plan' },
    { id: 'pto', title: 'Can I take paid time off in the middle of it?' },
    { id: 'pip', title: 'First week on a PIP' },
    { id: 'skip-level', title: 'Asking for a skip-level meeting' },
    { id: 'unrelated', title: 'Writing a good résumé summary' },
  ]);

  it('finds a question by another word for what it says, below the word itself', () => {
    expect(ids('supervisor ')).to.deep.equal(['supervisor', 'manager']);
    expect(ids('boss ')).to.include.members(['manager', 'supervisor']);
    expect(ids('boss ')).not.to.include('unrelated');
  });

  it('reads multi-word entries both ways, and word forms of them', () => {
    expect(ids('performance improvement plan ')).to.deep.equal(['pip']);
    expect(ids('pto ')).to.deep.equal(['pto']);
    expect(ids('dismissed ')).to.deep.equal(['fired']);
    expect(ids('getting let go ')).to.deep.equal(['fired']);
    expect(ids("my boss's boss ")[0]).to.equal('skip-level');
    expect(ids('my bosses boss ')[0]).to.equal('skip-level');
  });

  it('marks the synonyms that matched in titles', () => {
    expect(marked('boss ', 'supervisor')).to.deep.equal(['supervisor']);
    expect(marked('pto ', 'pto')).to.deep.equal(['paid', 'time', 'off']);
  });
});

describe('QuestionIndex: a bundle\'s own synonyms (format 1.1 "search")', () => {
  const drafts: Draft[] = [
    { id: 'one-on-one', title: 'What to bring to a one-on-one' },
    { id: 'manager', title: 'My manager cancels every meeting' },
    { id: 'standup', title: 'Quiet in the daily standup' },
  ];

  it('adds its groups, "1:1" included, to the built-in thesaurus', () => {
    const { ids } = searcher(drafts, { synonyms: [['1:1', 'one-on-one'], ['daily scrum', 'standup']] });
    expect(ids('1:1 ')).to.deep.equal(['one-on-one']);
    expect(ids('daily scrum ')).to.deep.equal(['standup']);
    expect(ids('boss ')).to.deep.equal(['manager']);
  });

  it('switches the built-in thesaurus off with builtinSynonyms: false', () => {
    const { ids } = searcher(drafts, { synonyms: [['daily scrum', 'standup']], builtinSynonyms: false });
    expect(ids('boss ')).to.deep.equal([]);
    expect(ids('daily scrum ')).to.deep.equal(['standup']);
  });
});

describe('QuestionIndex.search for natural questions', () => {
  const filler = Array.from({ length: 40 }, (_, i): Draft => ({
    id: `filler-${i}`,
    title: `How can I tell my team about plan ${i}?`,
    body: 'I would like to know what to say and if I should ask my manager first.',
  }));
  const { ids } = searcher([
    ...filler,
    { id: 'designed-to-fail', title: 'Is my PIP designed to make me fail?', body: 'The goals are impossible.' },
    { id: 'visa', title: 'Visa status after a PIP', body: 'What happens to my status?' },
  ]);

  it('ranks questions matching the rare words first when no question has every word', () => {
    const found = ids('how can i tell if my plan is designed for me to fail');
    expect(found[0]).to.equal('designed-to-fail');
  });

  it('does not list questions that share only a common word with a long query', () => {
    const found = ids('can my employer cancel my visa status while i am on a plan');
    expect(found[0]).to.equal('visa');
    expect(found.length).to.be.below(filler.length);
  });

  it('still requires every word when enough questions have them all', () => {
    expect(ids('tell team plan ')).to.have.length(filler.length);
  });
});

describe('QuestionIndex.search: words run together and split apart', () => {
  const { ids, marked } = searcher([
    { id: 'follow-up', title: 'A follow-up email after the check-in' },
    { id: 'facebook', title: 'A coworker wrote about me on Facebook' },
    { id: '401k', title: 'What happens to my 401(k) match?' },
    { id: 'paper-trail', title: 'HR is building a paper trail' },
    { id: 'open-to-work', title: 'Should I turn on open to work?' },
    { id: 'books', title: 'Books on facing hard feedback' },
  ]);

  for (const [query, id] of [
    ['followup', 'follow-up'],
    ['follow up email', 'follow-up'],
    ['face book', 'facebook'],
    ['401k', '401k'],
    ['401(k)', '401k'],
    ['papertrail', 'paper-trail'],
    ['opentowork', 'open-to-work'],
  ]) {
    it(`finds "${id}" by "${query}", typed or complete`, () => {
      for (const typed of [query, `${query} `]) expect(ids(typed)[0], JSON.stringify(typed)).to.equal(id);
    });
  }

  it('marks the words found run together or apart', () => {
    expect(marked('face book ', 'facebook')).to.deep.equal(['Facebook']);
    expect(marked('papertrail ', 'paper-trail')).to.deep.equal(['paper', 'trail']);
  });
});

describe('QuestionIndex in other languages', () => {
  it('German: Snowball word forms, German stopwords and synonyms, "ß" as "ss"', async () => {
    const { value: language } = await loadSearchLanguage('de-AT');
    const { ids } = searcher(
      [
        { id: 'kuendigung', title: 'Kündigung nach dem Leistungsplan' },
        { id: 'chef', title: 'Mein Vorgesetzter ignoriert mich' },
        { id: 'strasse', title: 'Zu Fuß zur Arbeit: Straßenbahn fällt aus' },
        { id: 'anderes', title: 'Urlaub im Sommer' },
      ],
      { language },
    );
    expect(ids('kündigungen ')).to.deep.equal(['kuendigung']);
    expect(ids('kundigung ')).to.deep.equal(['kuendigung']);
    expect(ids('chef ')).to.deep.equal(['chef']);
    expect(ids('strassenbahn ')).to.deep.equal(['strasse']);
    expect(ids('die der ')).to.deep.equal([]);
  });

  it('Japanese: words found by Intl.Segmenter, the voicing of kana kept', async () => {
    const { value: language } = await loadSearchLanguage('ja');
    const { ids, marked } = searcher(
      [
        { id: 'kaiko', title: '解雇されたあと退職金はもらえますか' },
        { id: 'jinji', title: '人事部との面談に同席してもらえる？' },
        { id: 'kana', title: 'カード' },
        { id: 'gana', title: 'ガード' },
      ],
      { language },
    );
    expect(ids('退職金')).to.deep.equal(['kaiko']);
    expect(ids('解雇退職金')).to.deep.equal(['kaiko']);
    expect(ids('人事部面談')).to.deep.equal(['jinji']);
    expect(ids('カード ')).to.deep.equal(['kana']);
    expect(ids('ガード ')).to.deep.equal(['gana']);
    expect(marked('解雇 退職金 ', 'kaiko')).to.deep.equal(['解雇', '退職金']);
  });

  it('Chinese: words found by Intl.Segmenter, one character long included', async () => {
    const { value: language } = await loadSearchLanguage('zh-CN');
    const { ids } = searcher(
      [
        { id: 'caiyuan', title: '公司裁员后我还能拿到赔偿金吗' },
        { id: 'kaohe', title: '绩效考核结果不公平怎么办' },
      ],
      { language },
    );
    expect(ids('裁员赔偿')).to.deep.equal(['caiyuan']);
    expect(ids('考核')).to.deep.equal(['kaohe']);
  });

  it('an unshipped language searches as English', async () => {
    const { value: language } = await loadSearchLanguage('sv');
    expect(language.lang).to.equal('en');
  });
});
