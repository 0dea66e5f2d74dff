// Answers under /__test__/ the way real servers misbehave, so tests cover every loading error.
//   /__test__/status/404             that status, with a text body
//   /__test__/raw?type=T&body=B      body B served as content type T (status 200)
//   /__test__/bundle?title=T&delay=N a small valid bundle whose topic title is T, after N ms
//   /__test__/hang                   never answers (until the browser gives up)

function bundle(title) {
  return {
    version: 1,
    topic: { id: 'served', title },
    questions: [{ id: 'served-question', title: `A question from ${title}`, body: 'Served by the test server.' }],
  };
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServer(ctx, next) {
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
  } else if (route === 'hang') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
  } else {
    return next();
  }
}
