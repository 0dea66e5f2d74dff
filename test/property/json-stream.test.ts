/**
 * One JSON meaning: a bundle read through `src=` (the streaming reader, fed the bytes in random
 * splits) is the bundle read inline (JSON.parse), or both are errors with the same code and
 * issues. The texts are written by hand rather than by JSON.stringify, so that they can repeat
 * keys (`"version": 2, …, "version": 1`, two `questions` lists, `__proto__`), and they vary
 * whitespace, escapes, nesting and Unicode, and are sometimes cut or damaged.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BundleError } from '../../src/content/errors.js';
import { fetchBundle, readBundle } from '../../src/content/loader.js';
import type { ContentBundle } from '../../src/content/schema.js';
import { checklist, course, question, questions } from './arbitraries.js';

const NUM_RUNS = 300;

const space = () => fc.constantFrom('', ' ', '\n', '\t', '\r\n  ', '   ');

/** JSON text for `value`, with random spacing and, sometimes, every non-ASCII character escaped. */
const jsonText = (value: unknown) =>
  fc.tuple(fc.constantFrom(undefined, 1, 2, '\t'), fc.boolean()).map(([indent, escape]) => {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    return escape ? text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
  });

const KEYS = ['version', 'version', 'questions', 'questions', 'topic', 'course', 'checklist', '__proto__', 'constructor', 'toString', 'notes', 'vérsion', '\u0076ersion'];

// Built once: arbitraries made anew inside chain() for every run were most of the test's time.
const ANY = fc.jsonValue({ maxDepth: 2 });
const VALUES: Record<string, fc.Arbitrary<unknown>> = {
  version: fc.constantFrom(1, 1, 2, 0, '1', null, 1.0, -0),
  questions: fc.oneof(
    { weight: 4, arbitrary: questions(4) },
    { weight: 2, arbitrary: fc.array(fc.oneof(question(), ANY), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(5, 'x', null, {}, []) },
  ),
  topic: fc.oneof(fc.constant({ id: 'topic', title: 'Topic' }), ANY),
  course: fc.oneof(course(), ANY),
  checklist: fc.oneof(checklist(), ANY),
  other: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ polluted: true })),
};
// A Map: keys such as "__proto__" and "constructor" must not find an object's own machinery.
const TEXTS = new Map(Object.entries(VALUES).map(([key, value]) => [key, value.chain(jsonText)]));
const fieldText = (key: string): fc.Arbitrary<string> => TEXTS.get(key) ?? TEXTS.get('other')!;

/** A top-level object whose keys may repeat, written out by hand. */
const bundleText = (): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...KEYS), { minLength: 0, maxLength: 7 })
    .chain((keys) =>
      fc.tuple(
        fc.tuple(...keys.map((key) => fc.tuple(fc.constant(key), fieldText(key), space(), space()))),
        space(),
        space(),
      ),
    )
    .map(([entries, before, after]) => {
      const members = entries.map(([key, value, a, b]) => `${a}${JSON.stringify(key)}${b}:${a}${value}${b}`);
      return `${before}{${members.join(',')}}${after}`;
    });

/** Sometimes damaged: cut short, a character inserted or one removed. */
const maybeDamaged = (): fc.Arbitrary<string> =>
  fc.tuple(bundleText(), fc.nat(), fc.constantFrom(undefined, 'cut', 'insert', 'remove'), fc.constantFrom(',', '}', ']', '"', ':', '\\', 'x', '\u0000')).map(
    ([text, at, damage, char]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      if (damage === 'cut') return text.slice(0, i);
      if (damage === 'insert') return text.slice(0, i) + char + text.slice(i);
      if (damage === 'remove') return text.slice(0, i) + text.slice(i + 1);
      return text;
    },
  );

/** The bytes of `text` in pieces cut at `cuts` (which may fall inside a UTF-8 sequence). */
function pieces(text: string, cuts: number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const at = [...new Set(cuts.map((cut) => (bytes.length === 0 ? 0 : cut % bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    out.push(bytes.slice(from, cut));
    from = cut;
  }
  return out;
}

/** fetchBundle (what `src=` does) over a response whose body arrives in `chunks`. */
async function viaSrc(chunks: Uint8Array[], preview: ContentBundle[]): Promise<ContentBundle> {
  const realFetch = window.fetch;
  window.fetch = async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
      { headers: { 'content-type': 'application/json' } },
    );
  try {
    return await fetchBundle('/bundle.json', undefined, { questions: 2, onPreview: (bundle) => preview.push(bundle) });
  } finally {
    window.fetch = realFetch;
  }
}

type Outcome = { bundle: ContentBundle } | { code: string; issues: readonly unknown[] };

async function outcome(read: () => Promise<ContentBundle> | ContentBundle): Promise<Outcome> {
  try {
    return { bundle: await read() };
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    return { code: error.code, issues: error.issues };
  }
}

describe('property: the streaming reader and JSON.parse give a bundle one meaning', () => {
  it('src= (streamed, in random chunks) and inline give the same bundle or the same error', async function () {
    this.timeout(100_000);
    await fc.assert(
      fc.asyncProperty(maybeDamaged(), fc.array(fc.nat(), { maxLength: 12 }), async (text, cuts) => {
        const preview: ContentBundle[] = [];
        const streamed = await outcome(() => viaSrc(pieces(text, cuts), preview));
        // The text the bytes carry: a lone surrogate cannot be sent as UTF-8 and arrives as U+FFFD.
        const sent = new TextDecoder().decode(new TextEncoder().encode(text));
        const inline = await outcome(() => readBundle({ kind: 'inline', text: sent }));
        expect(streamed, text).to.deep.equal(inline);
        // Nothing leaks out of a bundle into the page's prototypes.
        expect(Object.prototype).not.to.have.property('polluted');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a repeated key counts once, with its last value, as JSON.parse does', async () => {
    const cases = [
      '{"version": 2, "questions": [], "version": 1}',
      '{"version": 1, "questions": [], "version": 2}',
      '{"version": 1, "questions": [{"id": "a", "title": "A", "body": "."}], "questions": [{"id": "b", "title": "B", "body": "."}]}',
      '{"version": 1, "questions": [{"id": "a"}], "questions": [{"id": "b", "title": "B", "body": "."}]}',
      '{"version": 1, "questions": [{"id": "a"}], "questions": 5}',
      '{"version": 1, "questions": [], "__proto__": {"polluted": true}, "\\u0071uestions": [{"id": "c", "title": "C", "body": "."}]}',
    ];
    for (const text of cases) {
      const streamed = await outcome(() => viaSrc(pieces(text, [3, 17, 30]), []));
      const inline = await outcome(() => readBundle({ kind: 'inline', text }));
      expect(streamed, text).to.deep.equal(inline);
      expect(inline, text).to.deep.equal(await outcome(() => readBundle({ kind: 'property', value: JSON.parse(text) })));
    }
  });
});
