// custom-elements.json is what Storybook, editors and framework typings read: this checks that it
// says everything an element offers, against the sources that define it, so neither drifts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Every source file of the library, and every component's folder. */
function sources(dir = 'src/') {
  return readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}${entry.name}/`) : entry.name.endsWith('.ts') ? [`${dir}${entry.name}`] : [],
  );
}

test('the manifest is made from the element files alone', () => {
  const paths = manifest.modules.map((module) => module.path).sort();
  const components = readdirSync(new URL('src/components/', root)).map((name) => `src/components/${name}/${name}.ts`);
  assert.deepEqual(paths, [...components, 'src/internal/pip-element.ts'].sort());
});

test('every element documents every custom property the styles read', () => {
  const used = new Set(sources().flatMap((file) => [...read(file).matchAll(/var\((--pip-[a-z-]+)/g)].map((match) => match[1])));
  for (const element of elements) {
    const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
    assert.deepEqual([...used].filter((name) => !documented.has(name)), [], `<${element.tagName}> leaves these out`);
    assert.deepEqual([...documented].filter((name) => !used.has(name)), [], `<${element.tagName}> documents these, which nothing reads`);
  }
});

/** The part a `heading(level, content, part, id?)` call gives its heading. */
function headingParts(source) {
  const parts = [];
  for (const match of source.matchAll(/\bheading\(/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < source.length && depth > 0; end++) depth += source[end] === '(' ? 1 : source[end] === ')' ? -1 : 0;
    const call = source.slice(match.index + match[0].length, end - 1).trim().replace(/,$/, '');
    const part = /'([a-z-]+)'(?:,\s*[^,]+)?$/.exec(call)?.[1];
    if (part) parts.push(part);
  }
  return parts;
}

test('every element documents every part its templates draw', () => {
  const partsIn = (dir) =>
    new Set(sources(dir).flatMap((file) => [...[...read(file).matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]), ...headingParts(read(file))]));
  const shared = new Set([...partsIn('src/internal/'), ...partsIn('src/content/')]);
  for (const element of elements) {
    const folder = element.tagName.replace(/^pip-/, '');
    const drawn = new Set([...partsIn(`src/components/${folder}/`), ...shared]);
    const documented = new Set((element.cssParts ?? []).map((part) => part.name));
    // Shared modules draw parts some elements never use (avatars in the checklist): only the
    // element's own parts must all be documented, and every documented part must be drawn.
    assert.deepEqual([...partsIn(`src/components/${folder}/`)].filter((name) => !documented.has(name)), [], `<${element.tagName}> leaves out`);
    assert.deepEqual([...documented].filter((name) => !drawn.has(name)), [], `<${element.tagName}> documents parts it never draws`);
  }
});

test('every event is declared once in src/events.ts, typed in the manifest, and fired by some element', () => {
  const declared = [...read('src/events.ts').matchAll(/^\s+'(pip-[a-z-]+)': (\w+);/gm)].map((match) => [match[1], match[2]]);
  assert.ok(declared.length >= 7);
  const fired = new Set(elements.flatMap((element) => (element.events ?? []).map((event) => event.name)));
  for (const [name, detail] of declared) {
    assert.ok(fired.has(name), `no element fires ${name}`);
    for (const element of elements) {
      const event = element.events?.find((e) => e.name === name);
      if (!event) continue;
      assert.equal(event.type?.text, `CustomEvent<${detail}>`, `<${element.tagName}> ${name}`);
      assert.match(event.description, /Detail: `\{ .+ \}`\.$/, `<${element.tagName}> ${name} describes its detail`);
    }
  }
  // And nothing dispatches an event by hand, around the map.
  for (const file of sources()) assert.doesNotMatch(read(file), /new CustomEvent\('pip-/, file);
});

test('the manifest lists the public methods, the slot of <pip-content>, and nothing private', () => {
  const byTag = Object.fromEntries(elements.map((element) => [element.tagName, element]));
  const methods = (tag) => (byTag[tag].members ?? []).filter((m) => m.kind === 'method' && (m.privacy ?? 'public') === 'public').map((m) => m.name);
  for (const tag of Object.keys(byTag)) assert.ok(methods(tag).includes('reload'), `${tag} reload()`);
  assert.ok(methods('pip-risk-checklist').includes('summary'));
  assert.deepEqual(byTag['pip-content'].slots?.map((slot) => slot.name), ['']);
  for (const element of elements) {
    const hidden = (element.members ?? []).filter((member) => member.privacy === 'private' || member.name.startsWith('#'));
    assert.deepEqual(hidden, [], `<${element.tagName}>`);
  }
});
