import { expect } from '@open-wc/testing';
import { BundleError, type BundleIssue } from '../../src/content/errors.js';
import { parseBundle } from '../../src/content/assembler.js';
import { sampleBundle } from '../helpers.js';

/** Bundles here are deliberately wrong, so they are edited through a loose type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** sampleBundle() after `change`, which may break it in any way. */
function bundleWith(change: (bundle: Loose) => void): unknown {
  const bundle: Loose = sampleBundle();
  change(bundle);
  return bundle;
}

/** The BundleError parseBundle throws for `data`; fails the test when it accepts it. */
function rejection(data: unknown): BundleError {
  try {
    parseBundle(data);
  } catch (error) {
    expect(error).to.be.instanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error(`expected parseBundle to refuse ${JSON.stringify(data)}`);
}

function issuesOf(data: unknown): readonly BundleIssue[] {
  const error = rejection(data);
  expect(error.code).to.equal('schema');
  return error.issues;
}

/** The bundle breaks exactly one rule: the one issue, with its path and message. */
function onlyIssue(data: unknown): BundleIssue {
  const issues = issuesOf(data);
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  return issues[0];
}

/** Asserts the single issue and that the visible message names it as "path: message". */
function expectIssue(data: unknown, path: string, message: string): void {
  const error = rejection(data);
  expect(error.code).to.equal('schema');
  expect(error.issues, JSON.stringify(error.issues)).to.deep.equal([{ path, message }]);
  expect(error.message).to.equal(`This content bundle has a problem: ${path}: ${message}.`);
}

const NON_EMPTY = 'expected text with at least one visible character';
const ID_RULE = 'expected an id of 1 to 120 characters: lowercase letters, digits, "-" or "_"';
const URL_RULE = 'expected a relative URL or one starting with http:, https: or mailto:';
const DATE_RULE = 'expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30:00Z';
const COUNT_RULE = 'expected a whole number, 0 or more';
const WEIGHT_RULE = 'expected a whole number from 1 to 5';

describe('parseBundle: accepting bundles', () => {
  it('accepts the sample bundle and keeps its content', () => {
    const bundle = parseBundle(sampleBundle());
    expect(bundle.version).to.equal(1);
    expect(bundle.topic?.title).to.equal('Sample topic');
    expect(bundle.questions?.map((q) => q.id)).to.deep.equal(['first-question', 'second-question']);
    expect(bundle.questions?.[0].author?.role).to.equal('Software Engineer');
    expect(bundle.course?.sections[0].lessons.map((l) => l.id)).to.deep.equal(['welcome', 'plan']);
    expect(bundle.checklist?.items[0].weight).to.equal(3);
  });

  it('accepts a minimal { version: 1 }', () => {
    expect(parseBundle({ version: 1 })).to.deep.equal({ version: 1 });
  });

  it('returns a fresh copy, not the object it was given', () => {
    const input = sampleBundle();
    const bundle = parseBundle(input);
    expect(bundle).not.to.equal(input);
    expect(bundle.questions).not.to.equal(input.questions);
  });

  it('allows unknown fields at every level and drops them (forward compatible)', () => {
    const bundle = parseBundle(
      bundleWith((b) => {
        b.$schema = 'https://example.com/pip-widgets/bundle-v1.schema.json';
        b.generator = { name: 'my-cms', version: 7 };
        b.topic.colour = 'blue';
        b.questions[0].reactions = { heart: 3 };
        b.questions[0].author.pronouns = 'they/them';
        b.course.sections[0].lessons[0].transcript = 'later';
        b.checklist.items[0].future = [1, 2, 3];
      }),
    ) as Loose;
    expect(bundle).not.to.have.property('$schema');
    expect(bundle).not.to.have.property('generator');
    expect(bundle.topic).not.to.have.property('colour');
    expect(bundle.questions[0]).not.to.have.property('reactions');
    expect(bundle.questions[0].author).not.to.have.property('pronouns');
    expect(bundle.course.sections[0].lessons[0]).not.to.have.property('transcript');
    expect(bundle.checklist.items[0]).not.to.have.property('future');
    expect(bundle.questions[0].title).to.equal('What happens in the first week of a plan?');
  });

  it('accepts a bundle whose only extra field is "$schema"', () => {
    expect(parseBundle({ $schema: './bundle.schema.json', version: 1 })).to.deep.equal({ version: 1 });
  });

  it('gives a checklist item weight 1 when it has none', () => {
    const bundle = parseBundle(sampleBundle());
    expect(bundle.checklist?.items.map((item) => item.weight)).to.deep.equal([3, 1]);
  });
});

describe('parseBundle: version', () => {
  for (const version of [2, '1']) {
    it(`refuses version ${JSON.stringify(version)} with code "version" and a plain message`, () => {
      const error = rejection({ version });
      expect(error.code).to.equal('version');
      expect(error.issues).to.deep.equal([]);
      expect(error.message).to.equal(
        `This content bundle is written for format version ${JSON.stringify(version)}, ` +
          'but this version of pip-widgets reads versions 1 and 1.1 only.',
      );
    });
  }

  it('refuses a bundle with no version as a schema error at "version"', () => {
    expectIssue({ questions: [] }, 'version', 'missing (expected the number 1 or 1.1)');
  });

  for (const [label, data, described] of [
    ['a list', [], 'a list'],
    ['null', null, 'null'],
    ['a string', 'version 1', 'a string'],
    ['a number', 1, 'the number 1'],
  ] as const) {
    it(`refuses ${label} at the top level`, () => {
      expectIssue(data, '(top level)', `expected an object, but the content is ${described}`);
    });
  }
});

describe('parseBundle: field paths and messages', () => {
  it('names questions[1].title when it is empty, blank, a number or missing', () => {
    expectIssue(bundleWith((b) => (b.questions[1].title = '')), 'questions[1].title', NON_EMPTY);
    expectIssue(bundleWith((b) => (b.questions[1].title = ' \n\t ')), 'questions[1].title', NON_EMPTY);
    expectIssue(bundleWith((b) => (b.questions[1].title = 42)), 'questions[1].title', NON_EMPTY);
    expectIssue(bundleWith((b) => delete b.questions[1].title), 'questions[1].title', `missing (${NON_EMPTY})`);
  });

  it('names questions[0].author.role when it is empty', () => {
    expectIssue(bundleWith((b) => (b.questions[0].author.role = '')), 'questions[0].author.role', NON_EMPTY);
  });

  it('names a missing body, section and lesson title with their paths', () => {
    const issues = issuesOf(
      bundleWith((b) => {
        delete b.questions[0].body;
        delete b.course.sections[0].title;
        b.course.sections[0].lessons[1].title = '   ';
      }),
    );
    expect(issues).to.deep.equal([
      { path: 'questions[0].body', message: 'missing (expected a string of rich text)' },
      { path: 'course.sections[0].title', message: `missing (${NON_EMPTY})` },
      { path: 'course.sections[0].lessons[1].title', message: NON_EMPTY },
    ]);
  });

  describe('ids', () => {
    for (const [label, bad] of [
      ['uppercase', 'First-Question'],
      ['a space', 'first question'],
      ['121 characters', 'a'.repeat(121)],
      ['an empty string', ''],
      ['a dot', 'first.question'],
    ] as const) {
      it(`refuses an id with ${label}`, () => {
        expectIssue(bundleWith((b) => (b.questions[0].id = bad)), 'questions[0].id', ID_RULE);
      });
    }

    it('accepts lowercase letters, digits, "-" and "_" up to 120 characters', () => {
      for (const good of ['a', 'q-1_b', '2026', 'a'.repeat(120)]) {
        expect(parseBundle(bundleWith((b) => (b.questions[0].id = good))).questions?.[0].id).to.equal(good);
      }
    });

    it('names a missing id', () => {
      expectIssue(bundleWith((b) => delete b.checklist.items[1].id), 'checklist.items[1].id', `missing (${ID_RULE})`);
    });
  });

  describe('createdAt', () => {
    for (const bad of ['2026-13-01', 'yesterday', '2026-02-30T25:00:00Z', '14/03/2026', '']) {
      it(`refuses ${JSON.stringify(bad)}`, () => {
        expectIssue(bundleWith((b) => (b.questions[0].createdAt = bad)), 'questions[0].createdAt', DATE_RULE);
      });
    }

    it('refuses a date on an answer with its path', () => {
      expectIssue(
        bundleWith((b) => (b.questions[0].answers = [{ id: 'a1', body: 'x', createdAt: 'yesterday' }])),
        'questions[0].answers[0].createdAt',
        DATE_RULE,
      );
    });

    for (const good of ['2026-03-14', '2026-03-14T09:30:00Z', '2026-03-14T09:30:00+02:00', '2026-03-14T09:30']) {
      it(`accepts ${good}`, () => {
        expect(parseBundle(bundleWith((b) => (b.questions[0].createdAt = good))).questions?.[0].createdAt).to.equal(
          good,
        );
      });
    }
  });

  describe('likes', () => {
    for (const bad of [-1, 1.5, '3', null]) {
      it(`refuses ${JSON.stringify(bad)}`, () => {
        expectIssue(bundleWith((b) => (b.questions[0].likes = bad)), 'questions[0].likes', COUNT_RULE);
      });
    }

    it('accepts 0 and names course.likes too', () => {
      expect(parseBundle(bundleWith((b) => (b.questions[0].likes = 0))).questions?.[0].likes).to.equal(0);
      expectIssue(bundleWith((b) => (b.course.likes = -3)), 'course.likes', COUNT_RULE);
    });
  });

  describe('course', () => {
    it('needs at least one section', () => {
      expectIssue(bundleWith((b) => (b.course.sections = [])), 'course.sections', 'expected a list with at least one entry');
    });

    it('needs at least one lesson in a section', () => {
      expectIssue(
        bundleWith((b) => (b.course.sections[0].lessons = [])),
        'course.sections[0].lessons',
        'expected a list with at least one entry',
      );
    });

    it('names a missing sections list', () => {
      expectIssue(bundleWith((b) => delete b.course.sections), 'course.sections', 'missing (expected a list)');
    });

    it('refuses a lesson kind other than article, video or exercise', () => {
      expectIssue(
        bundleWith((b) => (b.course.sections[0].lessons[1].kind = 'audio')),
        'course.sections[0].lessons[1].kind',
        'expected "article", "video" or "exercise"',
      );
    });

    it('refuses 0 minutes and accepts a fraction', () => {
      expectIssue(
        bundleWith((b) => (b.course.sections[0].lessons[0].minutes = 0)),
        'course.sections[0].lessons[0].minutes',
        'expected a number of minutes greater than 0',
      );
      const bundle = parseBundle(bundleWith((b) => (b.course.sections[0].lessons[0].minutes = 2.5)));
      expect(bundle.course?.sections[0].lessons[0].minutes).to.equal(2.5);
    });

    it('refuses a preview flag that is not a boolean', () => {
      expectIssue(
        bundleWith((b) => (b.course.sections[0].lessons[0].preview = 'yes')),
        'course.sections[0].lessons[0].preview',
        'expected true or false',
      );
    });
  });

  describe('checklist', () => {
    for (const weight of [0, 6, 2.5, '3']) {
      it(`refuses item weight ${JSON.stringify(weight)}`, () => {
        expectIssue(bundleWith((b) => (b.checklist.items[0].weight = weight)), 'checklist.items[0].weight', WEIGHT_RULE);
      });
    }

    it('accepts weights 1 and 5', () => {
      const bundle = parseBundle(
        bundleWith((b) => {
          b.checklist.items[0].weight = 1;
          b.checklist.items[1].weight = 5;
        }),
      );
      expect(bundle.checklist?.items.map((item) => item.weight)).to.deep.equal([1, 5]);
    });

    it('refuses a level min above 100 or below 0', () => {
      const levels = (min: number) => [
        { min: 0, label: 'Low' },
        { min, label: 'High' },
      ];
      expectIssue(
        bundleWith((b) => (b.checklist.levels = levels(101))),
        'checklist.levels[1].min',
        'expected a percentage from 0 to 100',
      );
      expectIssue(
        bundleWith((b) => (b.checklist.levels = levels(-1))),
        'checklist.levels[1].min',
        'expected a percentage from 0 to 100',
      );
      expect(parseBundle(bundleWith((b) => (b.checklist.levels = levels(100)))).checklist?.levels?.[1].min).to.equal(
        100,
      );
    });

    it('needs at least one item', () => {
      expectIssue(bundleWith((b) => (b.checklist.items = [])), 'checklist.items', 'expected a list with at least one entry');
    });
  });

  describe('URL fields', () => {
    const fields: [string, (b: Loose, value: string) => void][] = [
      ['questions[1].url', (b, value) => (b.questions[1].url = value)],
      ['questions[0].author.avatarUrl', (b, value) => (b.questions[0].author.avatarUrl = value)],
      ['course.url', (b, value) => (b.course.url = value)],
      ['course.sections[0].lessons[1].url', (b, value) => (b.course.sections[0].lessons[1].url = value)],
      ['course.instructor.avatarUrl', (b, value) => (b.course.instructor = { name: 'Sam', avatarUrl: value })],
      [
        'questions[0].answers[0].author.avatarUrl',
        (b, value) => (b.questions[0].answers = [{ id: 'a', body: 'b', author: { avatarUrl: value } }]),
      ],
    ];
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
    ];
    const accepted = ['guides/pip.html', '/guides/pip.html', '#top', 'https://example.com/a?b=c', 'mailto:coach@example.com'];

    for (const [path, set] of fields) {
      it(`refuses dangerous schemes in ${path}`, () => {
        for (const value of refused) {
          expectIssue(
            bundleWith((b) => set(b, value)),
            path,
            URL_RULE,
          );
        }
      });

      it(`accepts relative, https and mailto URLs in ${path}`, () => {
        for (const value of accepted) {
          expect(() => parseBundle(bundleWith((b) => set(b, value))), value).not.to.throw();
        }
      });
    }

    it('refuses a URL that is not a string', () => {
      expectIssue(bundleWith((b) => (b.course.url = 42)), 'course.url', URL_RULE);
    });
  });

  describe('duplicate ids', () => {
    it('names the first question that used the id', () => {
      expectIssue(
        bundleWith((b) => (b.questions[1].id = 'first-question')),
        'questions[1].id',
        'duplicate id "first-question" (already used by questions[0])',
      );
    });

    it('names the first of three and reports each repeat', () => {
      const issues = issuesOf(
        bundleWith((b) => b.questions.push({ id: 'x', title: 'A', body: '' }, { id: 'x', title: 'B', body: '' }, { id: 'x', title: 'C', body: '' })),
      );
      expect(issues).to.deep.equal([
        { path: 'questions[3].id', message: 'duplicate id "x" (already used by questions[2])' },
        { path: 'questions[4].id', message: 'duplicate id "x" (already used by questions[2])' },
      ]);
    });

    it('finds duplicate section ids', () => {
      expectIssue(
        bundleWith((b) => b.course.sections.push({ id: 'basics', title: 'Again', lessons: [{ id: 'other', title: 'O' }] })),
        'course.sections[1].id',
        'duplicate id "basics" (already used by course.sections[0])',
      );
    });

    it('finds duplicate lesson ids within a section', () => {
      expectIssue(
        bundleWith((b) => (b.course.sections[0].lessons[1].id = 'welcome')),
        'course.sections[0].lessons[1].id',
        'duplicate id "welcome" (already used by course.sections[0].lessons[0])',
      );
    });

    it('finds duplicate lesson ids across two sections', () => {
      expectIssue(
        bundleWith((b) =>
          b.course.sections.push({
            id: 'more',
            title: 'More',
            lessons: [
              { id: 'new', title: 'New' },
              { id: 'plan', title: 'The plan again' },
            ],
          }),
        ),
        'course.sections[1].lessons[1].id',
        'duplicate id "plan" (already used by course.sections[0].lessons[1])',
      );
    });

    it('allows the same id in different lists', () => {
      expect(() =>
        parseBundle(
          bundleWith((b) => {
            b.course.sections[0].id = 'first-question';
            b.checklist.items[0].id = 'first-question';
            b.questions[1].answers = [{ id: 'first-question', body: 'b' }];
          }),
        ),
      ).not.to.throw();
    });

    it('finds duplicate checklist item ids', () => {
      expectIssue(
        bundleWith((b) => (b.checklist.items[1].id = 'low-rating')),
        'checklist.items[1].id',
        'duplicate id "low-rating" (already used by checklist.items[0])',
      );
    });

    it('finds duplicate answer ids within a question, not across questions', () => {
      expectIssue(
        bundleWith((b) => (b.questions[1].answers = [{ id: 'a', body: '1' }, { id: 'b', body: '2' }, { id: 'a', body: '3' }])),
        'questions[1].answers[2].id',
        'duplicate id "a" (already used by questions[1].answers[0])',
      );
      expect(() =>
        parseBundle(
          bundleWith((b) => {
            b.questions[0].answers = [{ id: 'a', body: '1' }];
            b.questions[1].answers = [{ id: 'a', body: '2' }];
          }),
        ),
      ).not.to.throw();
    });
  });
});

describe('parseBundle: the error message', () => {
  const fiveProblems = () =>
    bundleWith((b) => {
      b.topic.title = '';
      b.questions[0].likes = -1;
      b.questions[1].id = 'Second';
      b.course.sections = [];
      b.checklist.items[0].weight = 9;
    });

  it('names at most three issues and says how many more there are', () => {
    const error = rejection(fiveProblems());
    expect(error.code).to.equal('schema');
    expect(error.message).to.equal(
      'This content bundle has 5 problems: ' +
        `topic.title: ${NON_EMPTY}; questions[0].likes: ${COUNT_RULE}; questions[1].id: ${ID_RULE}; and 2 more.`,
    );
  });

  it('keeps every issue, with its path and message, in error.issues', () => {
    expect(rejection(fiveProblems()).issues).to.deep.equal([
      { path: 'topic.title', message: NON_EMPTY },
      { path: 'questions[0].likes', message: COUNT_RULE },
      { path: 'questions[1].id', message: ID_RULE },
      { path: 'course.sections', message: 'expected a list with at least one entry' },
      { path: 'checklist.items[0].weight', message: WEIGHT_RULE },
    ]);
  });

  it('names all issues when there are exactly three', () => {
    const error = rejection(
      bundleWith((b) => {
        b.topic.title = '';
        b.questions[0].likes = -1;
        b.questions[1].id = 'Second';
      }),
    );
    expect(error.message).to.equal(
      'This content bundle has 3 problems: ' +
        `topic.title: ${NON_EMPTY}; questions[0].likes: ${COUNT_RULE}; questions[1].id: ${ID_RULE}.`,
    );
    expect(error.issues).to.have.length(3);
  });

  it('is an Error named BundleError', () => {
    const error = rejection({ version: 1, questions: 'none' });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('BundleError');
    expect(onlyIssue({ version: 1, questions: 'none' })).to.deep.equal({ path: 'questions', message: 'expected a list' });
  });
});

describe('parseBundle: prototype keys', () => {
  const hostile = () =>
    JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},' +
        '"topic":{"id":"t","title":"T","constructor":{"prototype":{"polluted2":true}}},' +
        '"questions":[{"id":"q","title":"Q","body":"b","__proto__":{"x":1},"prototype":{"y":1}}]}',
    ) as unknown;

  const pollution = ['polluted', 'polluted2', 'x', 'y'];
  const cleanUp = () => {
    for (const key of pollution) delete (Object.prototype as Record<string, unknown>)[key];
  };
  afterEach(cleanUp);

  it('leaves Object.prototype untouched', () => {
    const input = hostile();
    // The test is only meaningful when JSON.parse kept "__proto__" as an own key.
    expect(Object.prototype.hasOwnProperty.call(input, '__proto__')).to.equal(true);
    parseBundle(input);
    for (const key of pollution) {
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, key), key).to.equal(false);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted2).to.equal(undefined);
  });

  it('returns objects without a prototype, and without __proto__, constructor or prototype keys', () => {
    const bundle = parseBundle(hostile());
    const objects: object[] = [bundle, bundle.topic!, bundle.questions![0]];
    for (const object of objects) {
      // No prototype: a field left out never reads as something a page added to Object.prototype.
      expect(Object.getPrototypeOf(object)).to.equal(null);
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        expect(Object.prototype.hasOwnProperty.call(object, key), key).to.equal(false);
      }
    }
    expect(Object.getPrototypeOf(bundle.questions)).to.equal(Array.prototype);
    expect(bundle).to.deep.equal({
      version: 1,
      topic: { id: 't', title: 'T' },
      questions: [{ id: 'q', title: 'Q', body: 'b' }],
    });
    expect((bundle as Loose).polluted).to.equal(undefined);
    expect((bundle.questions![0] as Loose).x).to.equal(undefined);
    expect((bundle.topic as Loose).constructor).to.equal(undefined);
  });
});

describe('parseBundle: format 1.1 "search"', () => {
  it('reads version 1.1 and its search settings, and "search" in a version 1 bundle', () => {
    const search = { synonyms: [['1:1', 'one-on-one'], ['daily scrum', 'standup', 'stand-up']], builtinSynonyms: false };
    expect(parseBundle({ version: 1.1, search }).search).to.deep.equal(search);
    expect(parseBundle({ version: 1, search: { synonyms: [] } }).search).to.deep.equal({ synonyms: [] });
  });

  for (const [label, search, path, message] of [
    ['a group of one entry', { synonyms: [['alone']] }, 'search.synonyms[0]', 'expected a group of 2 to 50 words or phrases that mean the same'],
    ['an empty entry', { synonyms: [['boss', '  ']] }, 'search.synonyms[0][1]', 'expected text with at least one visible character'],
    ['an entry of 101 characters', { synonyms: [['boss', 'b'.repeat(101)]] }, 'search.synonyms[0][1]', 'expected a word or phrase of 1 to 100 characters'],
    ['a group that is not a list', { synonyms: ['boss, manager'] }, 'search.synonyms[0]', 'expected a list'],
    ['builtinSynonyms as a string', { builtinSynonyms: 'no' }, 'search.builtinSynonyms', 'expected true or false'],
  ] as const) {
    it(`names the path of ${label}`, () => expectIssue({ version: 1.1, search }, path, message));
  }

  it('refuses more than 5000 groups', () => {
    const synonyms = Array.from({ length: 5001 }, (_, i) => [`a${i}`, `b${i}`]);
    expectIssue({ version: 1.1, search: { synonyms } }, 'search.synonyms', 'expected at most 5000 groups');
  });
});
