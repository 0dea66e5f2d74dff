// The README documents every element's public API; this checks it against custom-elements.json
// (which `npm run build` generates from the JSDoc), so neither can drift from the other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

test('the manifest lists every element, with its docs', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), ['pip-content', 'pip-course-outline', 'pip-qa-feed', 'pip-risk-checklist']);
  for (const element of elements) {
    assert.ok(element.summary, `${element.tagName} has a summary`);
    assert.ok(element.events?.length, `${element.tagName} lists its events`);
    assert.ok(element.cssParts?.length, `${element.tagName} lists its parts`);
  }
});

for (const element of elements) {
  test(`the README documents <${element.tagName}>`, () => {
    const names = [
      ...(element.attributes ?? []).map((attribute) => attribute.name),
      ...(element.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public')
        .map((member) => member.name),
      ...(element.events ?? []).map((event) => event.name),
      ...(element.cssParts ?? []).map((part) => part.name),
      ...(element.cssProperties ?? []).map((property) => property.name),
    ];
    const missing = [...new Set(names)].filter((name) => !readme.includes(`\`${name}\``));
    assert.deepEqual(missing, [], `README.md does not mention these of <${element.tagName}>`);
  });
}
