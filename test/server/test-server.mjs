import { readFile } from 'node:fs/promises';

// Answers under /__test__/ the way real servers misbehave, so tests cover every loading error.
//   /__test__/status/404             that status, with a text body
//   /__test__/raw?type=T&body=B      body B served as content type T (status 200)
//   /__test__/bundle?title=T&delay=N a small valid bundle whose topic title is T, after N ms
//   /__test__/hang                   never answers (until the browser gives up)
//   /__test__/default-bundle         the built-in content, as a site would serve its own bundle
//   /__test__/flaky?key=K            hangs the first time it is asked for K, answers a bundle after
//   /__test__/redirect?to=URL        302 to URL (tests send it to another origin)
//   /__test__/trickle?count=N&pause=MS  a valid bundle of N questions, its second half sent MS later

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

export async function testServer(ctx, next) {
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
    const count = Number(query.count ?? 40);
    const text = JSON.stringify({
      version: 1,
      topic: { id: 'trickle', title: 'Arriving slowly' },
      questions: Array.from({ length: count }, (_, i) => ({ id: `t-${i}`, title: `Trickled question ${i}`, body: 'x'.repeat(200) })),
    });
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.res.writeHead(200, { 'content-type': 'application/json' });
    ctx.res.write(text.slice(0, text.length / 2));
    await wait(Number(query.pause ?? 500));
    ctx.res.end(text.slice(text.length / 2));
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
    ctx.body = JSON.stringify(bundle('Second time lucky'));
  } else if (route === 'redirect') {
    ctx.redirect(String(query.to));
  } else if (route === 'hang') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
  } else {
    return next();
  }
}
