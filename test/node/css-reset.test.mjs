// The reset of inherited properties in src/internal/shared.styles.ts (issue 13), checked against
// W3C's index of every property the CSS specs define (@webref/css), not a list kept by hand:
// a property the specs add, or one the reset forgets, fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import css from '@webref/css';

/**
 * Inherited properties the wrapper leaves to the page, each for a reason. Anything not listed
 * here must be reset.
 */
const LEFT_TO_THE_PAGE = {
  'font-family': 'the widgets use the page font (or --pip-font-family)',
  'color-scheme': 'light-dark() colors follow the page, or the theme attribute set on the host',
  direction: "set by the wrapper's dir attribute from the element's language (all never resets it)",
  visibility: 'a page hiding a container with visibility: hidden must hide the widget inside it',
  'pointer-events': 'a page disabling a container with pointer-events: none must disable the widget inside it',
  interactivity: 'a page making a container inert with interactivity: inert must make the widget inert',
  'text-size-adjust': 'a page-wide fix against mobile text inflation (normalize.css sets it on html)',
  'print-color-adjust': "the page's choice of whether backgrounds print",
};

const source = readFileSync(new URL('../../src/internal/shared.styles.ts', import.meta.url), 'utf8');

/** The declarations of the `.base` rule, in order, comments removed. */
function baseDeclarations() {
  const block = source.replace(/\/\*[\s\S]*?\*\//g, '').match(/\n\s*\.base\s*\{([^}]*)\}/);
  assert.ok(block, 'shared.styles.ts has a .base rule');
  return block[1]
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      return { name: declaration.slice(0, colon).trim(), value: declaration.slice(colon + 1).trim() };
    });
}

/** What `.base` does to a property: 'reset', 'inherit' or 'nothing'. */
function effect(declarations, property) {
  let result = 'nothing';
  for (const { name, value } of declarations) {
    // `all` covers every property but direction, unicode-bidi and custom properties.
    const applies = name === property || (name === 'all' && property !== 'direction' && property !== 'unicode-bidi');
    if (!applies) continue;
    const inherits = value === 'inherit' || value === 'unset' || /^var\(.*,\s*inherit\s*\)$/.test(value);
    result = inherits ? 'inherit' : 'reset';
  }
  return result;
}

const { properties } = await css.listAll();
const inherited = properties.filter((property) => property.inherited === 'yes').map((property) => property.name);

test('the specs index lists the inherited properties the reset is about', () => {
  for (const name of ['writing-mode', 'text-align-last', 'font-feature-settings', 'letter-spacing', ...Object.keys(LEFT_TO_THE_PAGE)]) {
    assert.ok(inherited.includes(name), `${name} is an inherited property in @webref/css`);
  }
});

test('.base resets every inherited property except those left to the page', () => {
  const declarations = baseDeclarations();
  const leaking = inherited.filter((name) => !(name in LEFT_TO_THE_PAGE) && effect(declarations, name) !== 'reset');
  assert.deepEqual(leaking, [], `inherited properties a host page can still change inside the widgets: ${leaking.join(', ')}`);
});

test('.base really leaves to the page what it says it does', () => {
  const declarations = baseDeclarations();
  const reset = Object.keys(LEFT_TO_THE_PAGE).filter((name) => effect(declarations, name) === 'reset');
  assert.deepEqual(reset, [], 'listed as left to the page, but reset');
});
