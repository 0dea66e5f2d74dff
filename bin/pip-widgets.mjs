#!/usr/bin/env node
// `pip-widgets validate <file...>`: checks content bundles with the very schema the widgets use,
// so a bundle that passes in CI is one the widgets will show.
import { existsSync, readFileSync } from 'node:fs';
import { createLocator } from './locate.mjs';

const USAGE = `Usage: pip-widgets validate <file...>

Checks pip-widgets content bundles (JSON, format version 1). Use - to read one from stdin.

Options:
  -h, --help     show this help
  --version      show the pip-widgets version

Exit codes: 0 all files are valid, 1 a file is invalid, 2 usage error or unreadable file.`;

const LIBRARY = new URL('../dist/lib/content/index.js', import.meta.url);

const READ_ERRORS = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

class UsageError extends Error {}

function parseArguments(argv) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { action: 'help' };
  if (command === '--version') return { action: 'version' };
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'validate') throw new UsageError(`unknown command "${command}"`);
  const files = [];
  let optionsEnded = false;
  for (const arg of rest) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '-h' || arg === '--help') return { action: 'help' };
    else throw new UsageError(`unknown option "${arg}"`);
  }
  if (files.length === 0) throw new UsageError('no files to validate');
  return { action: 'validate', files };
}

async function readSource(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
  return readFileSync(file);
}

/** Prints the verdict on one file and returns its exit code. */
async function validate(file, library) {
  const name = file === '-' ? '<stdin>' : file;
  let text;
  try {
    // TextDecoder drops a byte order mark and replaces broken UTF-8, as the widgets' fetch does.
    text = new TextDecoder().decode(await readSource(file));
  } catch (error) {
    console.error(`pip-widgets: cannot read ${name}: ${READ_ERRORS[error.code] ?? error.message}`);
    return 2;
  }
  try {
    const bundle = library.parseBundle(library.parseJson(text, name));
    const count = bundle.questions?.length ?? 0;
    const yesNo = (value) => (value ? 'yes' : 'no');
    console.log(
      `✓ ${name}: valid (${count} ${count === 1 ? 'question' : 'questions'}, ` +
        `course: ${yesNo(bundle.course)}, checklist: ${yesNo(bundle.checklist)})`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof library.BundleError)) throw error;
    const locate = createLocator(text);
    const lines = [`✗ ${name}: ${error.message}`];
    for (const issue of error.issues) {
      const { line, column } = locate(issue.path);
      lines.push(`  ${name}:${line}:${column}  ${issue.path}: ${issue.message}`);
    }
    console.log(lines.join('\n'));
    return 1;
  }
}

async function main(argv) {
  let args;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`pip-widgets: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.action === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (args.action === 'version') {
    console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  // Only a checkout lacks dist/: the published package always ships it.
  if (!existsSync(LIBRARY)) {
    console.error('pip-widgets: the library is not built yet: run `npm run build` first.');
    return 2;
  }
  const library = await import(LIBRARY.href);
  let code = 0;
  for (const file of args.files) code = Math.max(code, await validate(file, library));
  return code;
}

// exitCode rather than exit(): a long report piped into another program is written out in full.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('pip-widgets: unexpected error:', error);
    process.exitCode = 2;
  },
);
