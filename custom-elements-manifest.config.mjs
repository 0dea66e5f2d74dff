// custom-elements.json, made by `npm run analyze` from the element files alone. What the JSDoc of
// an element cannot say without repeating itself comes from the source it is declared in:
// - event types and detail shapes, from the one map of events in src/events.ts;
// - nothing private: the manifest is what a page author and a subclass can use.
import { readdirSync, readFileSync } from 'node:fs';

const components = readdirSync('src/components', { withFileTypes: true }).filter((entry) => entry.isDirectory());

/** Each event's detail type and description, and each detail type's members, read from src/events.ts. */
function readEventMap(ts) {
  const file = 'src/events.ts';
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docOf = (node) => ts.getJSDocCommentsAndTags(node).map((doc) => (typeof doc.comment === 'string' ? doc.comment : '')).join(' ').trim();
  const interfaces = new Map();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const map = interfaces.get('PipEventMap');
  if (!map) throw new Error(`${file} has no interface PipEventMap`);
  const events = new Map();
  for (const member of map.members) {
    const name = member.name.text;
    const detail = member.type.getText(source);
    const shape = interfaces.get(detail);
    if (!shape) throw new Error(`${file}: the detail of ${name}, ${detail}, is not an interface declared there`);
    const fields = shape.members.map((field) => `${field.name.getText(source)}: ${field.type.getText(source)}`);
    events.set(name, { detail, description: docOf(member), shape: `{ ${fields.join('; ')} }` });
  }
  return events;
}

function pipEvents() {
  let events;
  return {
    name: 'pip-widgets:events',
    initialize({ ts }) {
      events = readEventMap(ts);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const element of module.declarations ?? []) {
          if (!element.tagName) continue;
          for (const event of element.events ?? []) {
            const declared = events.get(event.name);
            if (!declared) throw new Error(`<${element.tagName}> fires ${event.name}, which src/events.ts does not declare`);
            event.type = { text: `CustomEvent<${declared.detail}>` };
            event.description = `${event.description || declared.description} Detail: \`${declared.shape}\`.`;
          }
        }
      }
    },
  };
}

function noPrivateMembers() {
  return {
    name: 'pip-widgets:no-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
        }
      }
    },
  };
}

export default {
  globs: [...components.map(({ name }) => `src/components/${name}/${name}.ts`), 'src/internal/pip-element.ts'],
  litelement: true,
  plugins: [pipEvents(), noPrivateMembers()],
};
