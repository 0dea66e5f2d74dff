#!/usr/bin/env node
// `pip-widgets validate <file...>`: checks content bundles with the very schema the widgets use,
// so a bundle that passes in CI is one the widgets will show.
// `pip-widgets build <file> --out <dir>`: writes a deployment of a bundle (src/deployment/).
import { closeSync, createReadStream, existsSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createLocator } from './locate.mjs';

const USAGE = `Usage: pip-widgets validate <file...>
       pip-widgets build <file> --out <dir> [--page-size <n>] [--lang <code>]

validate  checks pip-widgets content bundles (JSON, format version 1). Use - to read one from stdin.
build     validates a bundle as it reads it and writes a deployment of it into <dir>: the head
          pip-deployment.json, and beside it a folder named by the hash of its files, which a
          static host may cache for ever. A rebuild of the same bundle writes the same files.

Options:
  --out <dir>        build: the folder to write into (made if missing)
  --page-size <n>    build: questions per page file (default 8)
  --lang <code>      build: the language the search index reads the questions in (default en)
  -h, --help         show this help
  --version          show the pip-widgets version

Exit codes: 0 all files are valid (and built), 1 a file is invalid, 2 usage error or unreadable file.`;

const LIBRARY = new URL('../dist/lib/content/index.js', import.meta.url);
const BUILDER = new URL('../dist/lib/deployment/build.js', import.meta.url);
const LANGUAGES = new URL('../dist/lib/sources/search-languages.js', import.meta.url);

const READ_ERRORS = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

class UsageError extends Error {}

function parseArguments(argv) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { action: 'help' };
  if (command === '--version') return { action: 'version' };
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'validate' && command !== 'build') throw new UsageError(`unknown command "${command}"`);
  const files = [];
  const options = {};
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '-h' || arg === '--help') return { action: 'help' };
    else if (command === 'build' && (arg === '--out' || arg === '--page-size' || arg === '--lang')) {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options[arg.slice(2)] = value;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  if (command === 'validate') {
    if (files.length === 0) throw new UsageError('no files to validate');
    return { action: 'validate', files };
  }
  if (files.length !== 1) throw new UsageError('build takes one bundle');
  if (files[0] === '-') throw new UsageError('build reads a file, not stdin');
  if (!options.out) throw new UsageError('build needs --out <dir>');
  const pageSize = options['page-size'] === undefined ? undefined : Number(options['page-size']);
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 1000)) {
    throw new UsageError('--page-size must be a whole number from 1 to 1000');
  }
  return { action: 'build', file: files[0], out: options.out, pageSize, lang: options.lang ?? 'en' };
}

async function readSource(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
  return readFileSync(file);
}

/** Prints a BundleError as validate does, with each issue's line and column in `text`. */
function reportInvalid(name, text, error) {
  const locate = createLocator(text);
  const lines = [`✗ ${name}: ${error.message}`];
  for (const issue of error.issues) {
    const { line, column } = locate(issue.path);
    lines.push(`  ${name}:${line}:${column}  ${issue.path}: ${issue.message}`);
  }
  console.log(lines.join('\n'));
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
    reportInvalid(name, text, error);
    return 1;
  }
}

/** The file's text as it is read, decoded as validate decodes it. */
async function* textOf(file) {
  const decoder = new TextDecoder();
  for await (const bytes of createReadStream(file, { highWaterMark: 1 << 20 })) yield decoder.decode(bytes, { stream: true });
  yield decoder.decode();
}

const sizeOf = (bytes) => (bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);

/** Writes a deployment of `file` into `out`; returns the exit code. */
async function build({ file, out, pageSize, lang }, library, builder) {
  const languages = await import(LANGUAGES.href);
  if (languages.searchLanguageOf(lang) !== lang.toLowerCase().split(/[-_]/)[0] && !/^en([-_]|$)/i.test(lang)) {
    console.error(`pip-widgets: --lang ${lang}: the search engine has no such language (it has ${languages.SHIPPED_LANGUAGES.join(', ')})`);
    return 2;
  }
  const language = (await languages.loadSearchLanguage(lang))?.value;
  // Opened, not read: the bundle may be larger than memory.
  try {
    const fd = openSync(file, 'r');
    const isDirectory = fstatSync(fd).isDirectory();
    closeSync(fd);
    if (isDirectory) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    console.error(`pip-widgets: cannot read ${file}: ${READ_ERRORS[error.code] ?? error.message}`);
    return 2;
  }
  mkdirSync(out, { recursive: true });
  // Written beside the others first: a build that fails, or is stopped, leaves the folder as it was.
  const temporary = join(out, `.pip-build-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  const write = async (path, text) => {
    const target = join(temporary, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  const interactive = process.stderr.isTTY;
  // On a terminal, one line counting up; in a CI log, a line every 50,000 questions.
  let logged = 0;
  const progress = (count) => {
    if (interactive) process.stderr.write(`\r  ${count.toLocaleString('en')} questions read`);
    else if (count - logged >= 50000) console.error(`  ${(logged = count).toLocaleString('en')} questions read`);
  };
  let deployment;
  try {
    const rename = async (from, to) => renameSync(join(temporary, from), join(temporary, to));
    deployment = await builder.buildDeployment(textOf(file), { pageSize, language, write, rename, progress });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (interactive) process.stderr.write('\n');
    if (!(error instanceof library.BundleError) && !(error instanceof builder.StreamError)) throw error;
    // The messages of validate, with each issue's place: they need the whole text, read again.
    const text = new TextDecoder().decode(readFileSync(file));
    if (error instanceof library.BundleError) reportInvalid(file, text, error);
    else {
      try {
        library.parseBundle(library.parseJson(text, file));
        console.log(`✗ ${file}: could not be read piece by piece (${error.message}), though it is valid as a whole`);
      } catch (whole) {
        if (!(whole instanceof library.BundleError)) throw whole;
        reportInvalid(file, text, whole);
      }
    }
    return 1;
  }
  if (interactive) process.stderr.write('\n');
  const { head, manifest } = deployment;
  const folder = join(out, head.files);
  // The same name holds the same files: an earlier build of this bundle is already in place.
  if (existsSync(folder)) rmSync(temporary, { recursive: true, force: true });
  else renameSync(temporary, folder);
  writeFileSync(join(out, 'pip-deployment.json'), JSON.stringify(head));
  const bytes = manifest.files.reduce((sum, entry) => sum + entry.bytes, 0);
  console.log(
    `✓ ${file}: built ${head.total} ${head.total === 1 ? 'question' : 'questions'} into ${out} ` +
      `(pip-deployment.json and ${manifest.files.length + 1} files in ${head.files}/, ${sizeOf(bytes)})`,
  );
  return 0;
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
  if (args.action === 'build') return build(args, library, await import(BUILDER.href));
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
