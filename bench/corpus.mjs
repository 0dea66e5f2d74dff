/**
 * A deterministic, realistic Q&A corpus for the benchmark.
 *
 * Why so much care: a corpus of a few hundred repeated words would flatter any vocabulary
 * index and any typo matcher. Real forum text has tens of thousands of distinct words with a
 * Zipf-like frequency curve (a few very common words, a long tail of rare ones: names, jargon,
 * misspellings), so that is what we generate: ~300 real English/PIP words at the head of the
 * curve and ~40,000 pronounceable pseudo-words in the tail.
 *
 *   generateBundle(count, seed)            -> a valid content bundle v1 (shared/content-bundle-v1.md)
 *   generateQueries(bundle, count, seed)   -> [{ query, expectedId }]: 2-3 distinctive title
 *                                             words with one typo, as a person searching would type
 */

/** mulberry32: tiny, fast, good enough for test data, and the same on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1)); // inclusive
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

// Function words: the most frequent tokens of any English text, so bodies read like prose to a tokenizer.
const STOP = `the i to and a my of in that it is was for on me with have but be this they at not as so
are what do about had been he she we you if or from an by will would just can all there their
them was when how out up get like one no more now any some after before than then also should
could did does because still even very really over into only back`.split(/\s+/);

// Real words of the domain, ranked right after the function words: they are what people search for.
const CORE = `manager review severance visa feedback plan goals hr lawyer termination interview pip
performance improvement job work team company boss meeting weeks days months year rating
expectations meets exceeds below senior junior lead staff principal engineer developer designer
analyst product project deadline deliverables metrics targets sales quota calibration promotion
raise bonus equity stock vesting layoff fired quit resign resignation notice offer recruiter
referral resume portfolio skills mentor coach therapist anxiety stress burnout sleep health
leave medical disability accommodation fmla pto vacation sick parental maternity paternity
h1b greencard immigration sponsorship transfer relocation remote office hybrid commute onboarding
probation contract contractor consultant freelance union benefits insurance cobra unemployment
claim appeal documentation evidence emails notes written writing record proof witness complaint
retaliation discrimination harassment bias fairness policy handbook legal attorney agreement
release signature negotiate negotiation package payout weeks salary compensation pay check
manager's skip-level director vp ceo cto peers colleague coworker teammates standup sprint
ticket jira code bugs outage incident oncall pager deploy release tests quality velocity
estimates scope priorities roadmap stakeholder customer client presentation report quarterly
annual midyear objectives okrs kpis milestones checkin one-on-one progress support training
course certification learning growth career path switch industry startup enterprise bigtech
faang interviewing applications rejection ghosted hired background reference gap explanation
confidence motivation imposter mistakes failure success recovery outcome passed failed extended
success-story warning-signs documentation mental-health during-pip after-pip hr-meeting
ultimatum deadline improvement-plan coaching verbal warning final probationary overtime hours
workload burnout toxic micromanagement favoritism reorg restructuring budget cuts headcount
wrongful unfair chance honest advice help question worried scared confused angry relieved
tired hopeful`.split(/\s+/);

const TAGS = `pip warning-signs during-pip after-pip performance-review manager hr severance visa
negotiation interviewing mental-health documentation feedback legal layoffs remote junior senior
promotion calibration burnout career-change unemployment benefits retaliation discrimination
resignation onboarding probation coaching goals metrics success-story job-search references
sales engineering design management contractor`.split(/\s+/);

const LEVELS = ['Entry-Level', 'Junior', 'Mid-Level', 'Senior', 'Staff', 'Principal', 'Lead'];
const ROLES = `Software Engineer|Backend Engineer|Frontend Engineer|Data Engineer|Data Scientist|Product
Manager|Product Designer|QA Automation Engineer|Site Reliability Engineer|Account Executive|Sales
Development Representative|Customer Success Manager|Marketing Manager|Recruiter|HR Business
Partner|Financial Analyst|Operations Manager|Support Specialist|iOS Engineer|Android
Engineer|Engineering Manager|Technical Writer|Solutions Architect|Project Manager|Nurse`
  .replace(/\n/g, ' ')
  .split('|');
const COMPANY_SUFFIXES = ['Labs', 'Health', 'Logistics', 'Media', 'Payments', 'Group', 'Systems', 'Analytics', 'Retail', 'Games', 'Bank', 'Cloud'];
const FIRST_NAMES = ['Alex', 'Sam', 'Priya', 'Jordan', 'Wei', 'Fatima', 'Diego', 'Olga', 'Kwame', 'Mia', 'Noah', 'Aiko'];
const OPENERS = [
  'How do I', 'Should I', 'Is it normal that', 'What happens if', 'Can my', 'Why did my', 'Anyone else',
  'Advice on', 'Need help with', 'Is it too late to', 'What should I', 'Do I', 'When is it time to', 'Has anyone',
];

// Syllables for pseudo-words: pronounceable, so typo-correction behaves as on real words.
const ONSETS = 'b br c ch cl d dr f fl g gr h j k l m n p pl pr qu r s sh sl st t th tr v w z'.split(' ');
const NUCLEI = 'a e i o u ai ea ee io ou oa'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'm', 'nd', 'st', 'ck', 'rt', 'ng'];

const PSEUDO_WORDS = 40_000;
// 1.1 puts ~45% of tokens on the 60 most frequent words, close to English prose.
const ZIPF_EXPONENT = 1.1;

/** The ranked vocabulary and a Zipf-Mandelbrot sampler over it (rank r has weight 1/(r+2.7)). */
function vocabulary(rand) {
  const known = new Set([...STOP, ...CORE]);
  const pseudo = [];
  while (pseudo.length < PSEUDO_WORDS) {
    let word = '';
    const syllables = rand.chance(0.3) ? 1 : rand.chance(0.7) ? 2 : 3;
    for (let i = syllables; i > 0; i--) word += rand.pick(ONSETS) + rand.pick(NUCLEI) + rand.pick(CODAS);
    if (word.length >= 3 && word.length <= 11 && !known.has(word)) {
      known.add(word);
      pseudo.push(word);
    }
  }
  // Real words sit near the head of the curve but mixed with some pseudo-words (product names, slang).
  const head = [...CORE, ...pseudo.slice(0, 600)];
  for (let i = head.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [head[i], head[j]] = [head[j], head[i]];
  }
  const words = [...STOP, ...head, ...pseudo.slice(600)];
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = total += 1 / (r + 2.7) ** ZIPF_EXPONENT;
  const sample = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
  const stop = new Set(STOP);
  // Titles are mostly content words: skip function words most of the time.
  const contentWord = () => {
    for (;;) {
      const word = sample();
      if (!stop.has(word) || rand.chance(0.08)) return word;
    }
  };
  return { sample, contentWord };
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(rand, vocab, min = 6, max = 22) {
  const words = Array.from({ length: rand.int(min, max) }, vocab.sample);
  if (rand.chance(0.12)) {
    // **strong** around a short run of words, the way people stress a key point.
    const at = rand.int(0, words.length - 2);
    const len = rand.int(1, Math.min(3, words.length - at));
    words[at] = '**' + words[at];
    words[at + len - 1] += '**';
  }
  const end = rand.chance(0.15) ? '?' : rand.chance(0.05) ? '!' : '.';
  return capitalize(words.join(' ')) + end;
}

function body(rand, vocab, targetChars) {
  const paragraphs = rand.int(2, 5);
  const perParagraph = targetChars / paragraphs;
  const blocks = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && rand.chance(0.22)) {
      // A bullet list instead of a paragraph, as in "What I'd love advice on:" posts.
      const items = Array.from({ length: rand.int(2, 5) }, () => '- ' + sentence(rand, vocab, 4, 12));
      blocks.push(items.join('\n'));
      continue;
    }
    let text = '';
    while (text.length < perParagraph) text += (text ? ' ' : '') + sentence(rand, vocab);
    blocks.push(text);
  }
  return blocks.join('\n\n');
}

function slug(title) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

function isoDate(rand) {
  const day = new Date(Date.UTC(2022, 0, 1) + rand.int(0, 1641) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  if (!rand.chance(0.3)) return date;
  return `${date}T${String(rand.int(0, 23)).padStart(2, '0')}:${String(rand.int(0, 59)).padStart(2, '0')}:00Z`;
}

function author(rand, companies) {
  if (rand.chance(0.12)) return undefined; // anonymous posts exist
  if (rand.chance(0.06)) return { name: rand.pick(FIRST_NAMES) };
  const result = {};
  if (rand.chance(0.85)) result.level = rand.pick(LEVELS);
  result.role = rand.pick(ROLES);
  if (rand.chance(0.9)) result.company = rand.pick(companies);
  return result;
}

/** A skewed like count: most posts get a few, some get hundreds. */
const likes = (rand) => Math.floor(Math.exp(rand() * 6.2)) - 1;

export function generateBundle(count, seed = 1) {
  const rand = prng(seed);
  const vocab = vocabulary(rand);
  const companies = Array.from({ length: 300 }, () => `${capitalize(vocab.contentWord())} ${rand.pick(COMPANY_SUFFIXES)}`);
  const questions = [];
  for (let i = 0; i < count; i++) {
    const opener = rand.pick(OPENERS);
    const openerWords = opener.split(' ').length;
    const words = Array.from({ length: Math.max(2, rand.int(6, 12) - openerWords) }, vocab.contentWord);
    const title = `${opener} ${words.join(' ')}?`;
    const question = {
      // The index keeps ids unique; the slug keeps them looking like real ones.
      id: `${slug(title)}-${i.toString(36)}`,
      title,
      body: body(rand, vocab, rand.int(600, 1500)),
    };
    const who = author(rand, companies);
    if (who) question.author = who;
    question.tags = Array.from(new Set(Array.from({ length: rand.int(1, 4) }, () => rand.pick(TAGS))));
    if (rand.chance(0.95)) question.createdAt = isoDate(rand);
    question.likes = likes(rand);
    if (rand.chance(0.15)) {
      question.answers = Array.from({ length: rand.int(1, 2) }, (_, a) => {
        const answer = { id: `a${a + 1}`, body: body(rand, vocab, rand.int(120, 260)) };
        const by = author(rand, companies);
        if (by) answer.author = by;
        answer.createdAt = isoDate(rand);
        answer.likes = likes(rand);
        return answer;
      });
    }
    questions.push(question);
  }
  return {
    version: 1,
    topic: {
      id: 'bench-corpus',
      title: `Performance Improvement Plan Q&A (${count} questions)`,
      about: 'A generated corpus for the **pip-widgets** benchmark.',
    },
    questions,
  };
}

const tokens = (text) => text.toLowerCase().match(/[a-z0-9'-]+/g) ?? [];

// Neighbours on a QWERTY keyboard: replacement typos hit an adjacent key, as fingers do.
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbour(rand, char) {
  for (let row = 0; row < KEYBOARD_ROWS.length; row++) {
    const col = KEYBOARD_ROWS[row].indexOf(char);
    if (col < 0) continue;
    const options = [KEYBOARD_ROWS[row][col - 1], KEYBOARD_ROWS[row][col + 1]].filter(Boolean);
    return rand.pick(options);
  }
  return 'e';
}

/** One typo in `word`, never on its first letter (people rarely miss the first one). */
function typo(rand, word) {
  const kind = rand.int(0, 2);
  const at = rand.int(1, word.length - 2); // keeps both neighbours of a swap inside the word
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1); // dropped letter
  if (kind === 1 && word[at] !== word[at + 1]) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // swapped
  return word.slice(0, at) + neighbour(rand, word[at]) + word.slice(at + 1); // wrong key
}

/**
 * Queries a person would type to find a question again: the 2 or 3 rarest words of its title
 * (in title order, the way they are remembered), with one typo in one of the longer ones.
 */
export function generateQueries(bundle, count, seed = 2) {
  const rand = prng(seed);
  const questions = bundle.questions;
  // Document frequency over titles and bodies: "distinctive" means rare in the whole corpus.
  const df = new Map();
  for (const q of questions) {
    for (const word of new Set(tokens(`${q.title} ${q.body}`))) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const queries = [];
  const used = new Set();
  const stop = new Set(STOP);
  const openers = new Set(tokens(OPENERS.join(' ')));
  const rareDf = Math.max(3, questions.length / 100);
  while (queries.length < Math.min(count, questions.length)) {
    const question = rand.pick(questions);
    if (used.has(question.id)) continue;
    used.add(question.id);
    // Words worth remembering: not function words, not the stock opener, and rare in the corpus.
    const words = [...new Set(tokens(question.title))].filter(
      (w) => w.length >= 4 && !stop.has(w) && !openers.has(w) && df.get(w) <= rareDf,
    );
    if (words.length < 2) continue;
    const k = Math.min(words.length, rand.int(2, 3));
    const chosen = new Set([...words].sort((a, b) => df.get(a) - df.get(b)).slice(0, k));
    const picked = words.filter((w) => chosen.has(w));
    const long = picked.map((w, i) => [w, i]).filter(([w]) => w.length >= 5);
    const [, index] = long.length ? rand.pick(long) : [null, rand.int(0, picked.length - 1)];
    picked[index] = typo(rand, picked[index]);
    queries.push({ query: picked.join(' '), expectedId: question.id });
  }
  return queries;
}
