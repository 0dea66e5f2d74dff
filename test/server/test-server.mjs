import { readFile } from 'node:fs/promises';
import { constants as zlibConstants, gzipSync } from 'node:zlib';

// Answers under /__test__/ the way real servers misbehave, so tests cover every loading error.
//   /__test__/status/404             that status, with a text body
//   /__test__/raw?type=T&body=B      body B served as content type T (status 200)
//   /__test__/bundle?title=T&delay=N a small valid bundle whose topic title is T, after N ms
//   /__test__/hang                   never answers (until the browser gives up)
//   /__test__/default-bundle         the built-in content, as a site would serve its own bundle
//   /__test__/flaky?key=K            hangs the first time it is asked for K, answers a bundle after
//   /__test__/redirect?to=URL        302 to URL (tests send it to another origin)
//   /__test__/trickle?count=N&pause=MS  a valid bundle of N questions, its second half sent MS later
//                                    (with length=1: its Content-Length declared)
//   /__test__/drop?count=N&pause=MS&key=K  the first half of that bundle, then the connection is
//                                    reset MS later (with key K: only the first time; whole after)
//   /__test__/bad-gzip?count=N       the first half of that bundle gzipped, then a corrupt block
//   /__test__/flaky?key=K&all=1      as flaky, answering a bundle with every section
//   /__test__/deployment/<kind>/...      a deployment (pip-widgets build) of the corpus below, its
//                                    head at pip-deployment.json; kind `corpus` as built, `flaky`
//                                    failing each file once (503), `no-cards` answering 404 for
//                                    every card, `hang-cards` never answering for one, `slow-rest`
//                                    answering the 7th to 20th of each 20 cards late, `bad-cards`
//                                    with cards that break the schema, `damaged` with
//                                    a head whose `total` is not a number;
//                                    any other kind as `corpus` (a URL of its own, not in the cache)
//   /__test__/deployment-bundle      that corpus as one bundle, to compare with
// A page with the cookie pip-test-no-worker=1 gets 404 for the bundle worker's script.

function bundle(title) {
  return {
    version: 1,
    topic: { id: 'served', title },
    questions: [{ id: 'served-question', title: `A question from ${title}`, body: 'Served by the test server.' }],
  };
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The policy the README documents for pages that embed the widgets. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html pip-widgets 'allow-duplicates'";

const flakyKeys = new Set();

/** The deployments' corpus: 500 generated questions, some with equal likes and no date, so that ties are ordered too. */
const deploymentBundle = (async () => {
  const { generateBundle } = await import('../../bench/corpus.mjs');
  const generated = generateBundle(500, 7);
  for (const [i, question] of generated.questions.entries()) {
    if (i % 7 === 0) question.likes = 3;
    if (i % 11 === 0) delete question.createdAt;
  }
  return JSON.stringify(generated);
})();

/** Its deployment, built by the library's own builder (dist/): the head, and the files by path. */
let deployment;
const deploymentFiles = () =>
  (deployment ??= deploymentBundle.then(async (text) => {
    const { buildDeployment } = await import('../../dist/lib/deployment/build.js');
    const files = new Map();
    const { head } = await buildDeployment((async function* () { yield text; })(), { write: async (path, content) => void files.set(path, content) });
    for (const [path, content] of [...files]) files.set(`${head.files}/${path}`, content), files.delete(path);
    files.set('pip-deployment.json', JSON.stringify(head));
    return files;
  }));

/** An error sent at once, uncached: the test runner would otherwise mark any file's answer as cacheable for a year. */
function failNow(ctx, status, text) {
  ctx.res.writeHead(status, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
  ctx.res.end(text);
  ctx.respond = false;
}

let slowRestCards = 0;

async function serveDeployment(ctx, kind, path) {
  const files = await deploymentFiles();
  let text = files.get(path === '' ? 'pip-deployment.json' : path);
  if (text === undefined || (kind === 'no-cards' && /\/cards\//.test(path))) {
    return failNow(ctx, 404, 'Not here');
  }
  // The first six cards asked for of each twenty answer at once, the others half a second later.
  if (kind === 'slow-rest' && /\/cards\//.test(path) && (slowRestCards++ % 20) >= 6) await wait(500);
  if (kind === 'hang-cards' && /\/cards\//.test(path)) {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  if (kind === 'flaky' && !flakyKeys.has(`deployment:${path}`)) {
    flakyKeys.add(`deployment:${path}`);
    return failNow(ctx, 503, 'Try again');
  }
  if (kind === 'damaged' && path === 'pip-deployment.json') text = JSON.stringify({ ...JSON.parse(text), total: 'many' });
  // A card rewritten by something other than the builder: a title that is not text, and markup.
  if (kind === 'bad-cards' && /\/cards\//.test(path)) text = JSON.stringify({ ...JSON.parse(text), title: 42, body: '<img src=x onerror=alert(1)>' });
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = text;
}

function trickleText(count) {
  return JSON.stringify({
    version: 1,
    topic: { id: 'trickle', title: 'Arriving slowly' },
    questions: Array.from({ length: count }, (_, i) => ({ id: `t-${i}`, title: `Trickled question ${i}`, body: 'x'.repeat(200) })),
  });
}

/** A bundle every widget can show: the topic and questions, a course and a checklist. */
function fullBundle(title) {
  return {
    ...bundle(title),
    course: { id: 'served-course', title: `Course ${title}`, sections: [{ id: 's', title: 'Start', lessons: [{ id: 'l', title: 'Lesson' }] }] },
    checklist: { id: 'served-checklist', title: `Checklist ${title}`, items: [{ id: 'i', text: 'An item' }] },
  };
}

export async function testServer(ctx, next) {
  // A page that sets this cookie finds no bundle worker beside the library, as when only
  // pip-widgets.js was copied: its worker's script answers 404.
  if (/bundle-worker[\w-]*\.(ts|js)$/.test(ctx.path) && /(^|;\s*)pip-test-no-worker=1/.test(ctx.get('cookie'))) {
    ctx.status = 404;
    ctx.body = 'No worker here';
    return;
  }
  // Fixture pages named *.csp.html are served with the strict policy as a real header,
  // *.no-connect.html with a policy that forbids every request.
  if (ctx.path.endsWith('.csp.html') || ctx.path.endsWith('.no-connect.html')) {
    await next();
    ctx.set('content-security-policy', ctx.path.endsWith('.csp.html') ? STRICT_CSP : "connect-src 'none'");
    return;
  }
  // A sandboxed frame has an opaque origin: its module scripts are cross-origin requests.
  if (ctx.path.startsWith('/dist/') || ctx.path.startsWith('/test/fixtures/')) {
    await next();
    ctx.set('access-control-allow-origin', '*');
    return;
  }
  if (!ctx.path.startsWith('/__test__/')) return next();
  const route = ctx.path.slice('/__test__/'.length);
  const query = ctx.query;
  const deploymentRoute = /^deployment\/([\w-]+)\/(.*)$/.exec(route);
  if (deploymentRoute) return serveDeployment(ctx, deploymentRoute[1], deploymentRoute[2]);
  if (route === 'deployment-bundle') {
    ctx.type = 'application/json';
    ctx.body = await deploymentBundle;
    return;
  }
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'text/plain';
    ctx.body = 'Not here';
  } else if (route === 'raw') {
    ctx.status = 200;
    ctx.set('content-type', String(query.type ?? 'application/json'));
    ctx.body = String(query.body ?? '');
  } else if (route === 'bundle') {
    await wait(Number(query.delay ?? 0));
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bundle(String(query.title ?? 'Served')));
  } else if (route === 'trickle') {
    const text = trickleText(Number(query.count ?? 40));
    ctx.status = 200;
    ctx.type = 'application/json';
    const length = query.length === '1' ? { 'content-length': Buffer.byteLength(text) } : {};
    ctx.res.writeHead(200, { 'content-type': 'application/json', ...length });
    ctx.res.write(text.slice(0, text.length / 2));
    await wait(Number(query.pause ?? 500));
    ctx.res.end(text.slice(text.length / 2));
    ctx.respond = false;
  } else if (route === 'drop') {
    const text = trickleText(Number(query.count ?? 200));
    const key = query.key === undefined ? undefined : String(query.key);
    if (key !== undefined && flakyKeys.has(key)) {
      ctx.type = 'application/json';
      ctx.body = text;
      return;
    }
    if (key !== undefined) flakyKeys.add(key);
    // Chunked, so the browser can tell the body was cut short.
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    ctx.res.write(text.slice(0, text.length / 2));
    await wait(Number(query.pause ?? 300));
    ctx.res.socket?.resetAndDestroy?.() ?? ctx.res.socket?.destroy();
    ctx.respond = false;
  } else if (route === 'bad-gzip') {
    const text = trickleText(Number(query.count ?? 200));
    // The first half compressed up to a block boundary, then a block of the reserved type 3: a
    // decoder must fail there (garbage in mid-block may happen to decode).
    const half = gzipSync(text.slice(0, text.length / 2), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const body = Buffer.concat([half, Buffer.from([0x07]), Buffer.alloc(64, 0xa5)]);
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
    ctx.res.write(half);
    await wait(100);
    ctx.res.end(body.subarray(half.length));
    ctx.respond = false;
  } else if (route === 'default-bundle') {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL('../../src/content/default-bundle.json', import.meta.url), 'utf8');
  } else if (route === 'flaky') {
    const key = String(query.key);
    if (!flakyKeys.has(key)) {
      flakyKeys.add(key);
      await new Promise((resolve) => ctx.req.on('close', resolve));
      return;
    }
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify((query.all ? fullBundle : bundle)('Second time lucky'));
  } else if (route === 'redirect') {
    ctx.redirect(String(query.to));
  } else if (route === 'hang') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
  } else {
    return next();
  }
}
