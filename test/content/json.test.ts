import { expect } from '@open-wc/testing';
import { BundleError } from '../../src/content/errors.js';
import { parseJson } from '../../src/content/json.js';

const WHERE = 'https://example.com/content/pip.json';

/** The BundleError parseJson throws for `text`; fails the test when it parses. */
function failure(text: string, where = WHERE): BundleError {
  try {
    parseJson(text, where);
  } catch (error) {
    expect(error).to.be.instanceOf(BundleError);
    expect((error as BundleError).code).to.equal('json-syntax');
    return error as BundleError;
  }
  throw new Error(`expected parseJson to refuse ${JSON.stringify(text)}`);
}

/** The line and column the message names. */
function place(text: string): { line: number; column: number } {
  const message = failure(text).message;
  const match = /at line (\d+), column (\d+) \(position (\d+)\)\.$/.exec(message);
  expect(match, message).not.to.equal(null);
  return { line: Number(match![1]), column: Number(match![2]) };
}

describe('parseJson', () => {
  it('parses valid JSON text', () => {
    expect(parseJson('{"version": 1, "questions": [{"id": "a", "likes": 2.5, "ok": true, "x": null}]}', WHERE)).to.deep.equal({
      version: 1,
      questions: [{ id: 'a', likes: 2.5, ok: true, x: null }],
    });
    expect(parseJson('\n  [1, "two", {"three": 3}]\n', WHERE)).to.deep.equal([1, 'two', { three: 3 }]);
    expect(parseJson('"<script>"', WHERE)).to.equal('<script>');
  });

  for (const text of ['', '   ', '\n\t\r\n  ']) {
    it(`calls ${JSON.stringify(text)} empty`, () => {
      const error = failure(text);
      expect(error.message).to.equal(`The content from ${WHERE} is empty: expected a JSON content bundle.`);
      expect(error.issues).to.deep.equal([]);
    });
  }

  it('names where the text came from', () => {
    expect(failure('{', 'the inline <script type="application/json">').message).to.match(
      /^The content from the inline <script type="application\/json"> is not valid JSON: .+ at line 1, column 2 \(position 1\)\.$/,
    );
    expect(failure('nope', 'bundle.json').message).to.contain('The content from bundle.json is not valid JSON');
  });

  it('finds an unexpected token in the middle: {"a": abc}', () => {
    expect(place('{"a": abc}')).to.deep.equal({ line: 1, column: 7 });
    expect(failure('{"a": abc}').message).to.equal(
      `The content from ${WHERE} is not valid JSON: Unexpected token 'a' at line 1, column 7 (position 6).`,
    );
  });

  it('does not quote the whole text back in the message', () => {
    const text = `{"secret": "${'x'.repeat(200)}", "a": abc}`;
    expect(failure(text).message).to.equal(
      `The content from ${WHERE} is not valid JSON: Unexpected token 'a' at line 1, column 221 (position 220).`,
    );
    // V8 quotes a snippet with "..." around the error in a longer text; none of it is kept.
    expect(failure('{"preview": false, "kind": article}').message).to.equal(
      `The content from ${WHERE} is not valid JSON: Unexpected token 'a' at line 1, column 28 (position 27).`,
    );
  });

  it('finds a trailing comma', () => {
    expect(place('{"a": 1,}')).to.deep.equal({ line: 1, column: 9 });
    expect(place('{\n  "tags": ["a", "b",]\n}')).to.deep.equal({ line: 2, column: 21 });
  });

  it('finds an unterminated string', () => {
    expect(place('{"a": "abc')).to.deep.equal({ line: 1, column: 11 });
    expect(place('{\n  "title": "Unfinished\n}')).to.deep.equal({ line: 2, column: 23 });
  });

  it('finds a missing comma on line 3 of a multi-line text', () => {
    const text = ['{', '  "version": 1,', '  "topic": {"id": "t" "title": "T"},', '  "questions": []', '}'].join('\n');
    expect(place(text)).to.deep.equal({ line: 3, column: 23 });
  });

  it('points at the next property when a comma is missing at the end of line 3', () => {
    const text = ['{', '  "version": 1,', '  "questions": []', '  "course": null', '}'].join('\n');
    // The text is still valid up to the end of line 3: the parser stops where "course" begins.
    expect(place(text)).to.deep.equal({ line: 4, column: 3 });
  });

  it('counts lines of Windows line endings', () => {
    expect(place('{\r\n  "a": 1,\r\n  "b": oops\r\n}').line).to.equal(3);
  });

  it("finds truncated text '[1,2'", () => {
    expect(place('[1,2')).to.deep.equal({ line: 1, column: 5 });
    expect(place('{"questions": [\n  {"id": "a"},\n').line).to.equal(3);
  });

  describe('where the engine names no position', () => {
    it('does not mistake a letter of an earlier true, false or null for the bad token', () => {
      expect(place('{"preview": false, "kind": article}')).to.deep.equal({ line: 1, column: 28 });
      const text = ['{', '  "preview": true,', '  "likes": null,', '  "kind": exercise', '}'].join('\n');
      expect(place(text)).to.deep.equal({ line: 4, column: 11 });
    });

    it('does not mistake an exponent for the bad token', () => {
      expect(place('{"a": 1e5, "b": e}')).to.deep.equal({ line: 1, column: 17 });
    });

    it('finds a stray comma or bracket after earlier valid ones', () => {
      expect(place('[1,,2]')).to.deep.equal({ line: 1, column: 4 });
      expect(place('{"tags": ["a"],\n "more": [1, ]}')).to.deep.equal({ line: 2, column: 14 });
      expect(place('{"a": {"x": 1}, "b": t}')).to.deep.equal({ line: 1, column: 23 });
    });

    it('copes with brackets and escaped quotes inside strings', () => {
      expect(place('{"a": "x]\\",}", "b": [1,,]}')).to.deep.equal({ line: 1, column: 25 });
    });

    it('finds a token that cannot start a value', () => {
      expect(place('[NaN]')).to.deep.equal({ line: 1, column: 2 });
      expect(place('[.5]')).to.deep.equal({ line: 1, column: 2 });
      expect(place('{"a": undefined}')).to.deep.equal({ line: 1, column: 7 });
    });

    it('survives very deep nesting', () => {
      expect(place(`${'['.repeat(100_000)}x`)).to.deep.equal({ line: 1, column: 100_001 });
    });
  });
});
