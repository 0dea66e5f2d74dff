// Writes dist/content-bundle.schema.json from the zod schema, the single source of the format.
// Runs after the library build, on its output, so the schema shipped is the one the code uses.
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { bundleSchema, jsonSchemaOf } from '../dist/lib/content/schema.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Authors write the input form: optional fields with defaults stay optional, unknown keys are allowed.
// The rules zod runs as refinements carry their JSON Schema form beside them (see schema.ts).
const schema = z.toJSONSchema(bundleSchema, {
  io: 'input',
  unrepresentable: 'any',
  override: ({ zodSchema, jsonSchema }) => {
    for (const check of zodSchema._zod.def.checks ?? []) Object.assign(jsonSchema, jsonSchemaOf.get(check));
  },
});
const document = {
  ...schema,
  $id: `https://unpkg.com/pip-widgets@${pkg.version}/dist/content-bundle.schema.json`,
  title: 'pip-widgets content bundle, format versions 1 and 1.1',
  description:
    'The JSON content that pip-widgets elements show: a Q&A topic with questions, a course outline and a risk checklist.',
};
document.properties = { $schema: { type: 'string', description: 'The URL of this JSON Schema, for editor completion.' }, ...document.properties };
writeFileSync(new URL('../dist/content-bundle.schema.json', import.meta.url), JSON.stringify(document, null, 2) + '\n');
console.log('wrote dist/content-bundle.schema.json');
