import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { parseInline, parseRichText, renderRichText } from '../../src/content/rich-text.js';

/** Renders `source` into a fresh <div> attached to the document. */
async function draw(source: string | undefined): Promise<HTMLDivElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  render(renderRichText(source), container);
  return container;
}

/** The rendered markup without Lit's comment markers, to compare whole structures. */
async function markup(source: string | undefined): Promise<string> {
  return (await draw(source)).innerHTML.replace(/<!--[^]*?-->/g, '');
}

/** Depth of the deepest element below `root`. */
function depth(root: Element): number {
  let deepest = 0;
  for (const child of root.children) deepest = Math.max(deepest, depth(child));
  return root.children.length === 0 ? 0 : deepest + 1;
}

describe('renderRichText: blocks', () => {
  it('splits paragraphs at blank lines and joins single newlines', async () => {
    expect(await markup('First line\nsame paragraph.\n\nSecond paragraph.\n\n\n  Third.')).to.equal(
      '<p>First line same paragraph.</p><p>Second paragraph.</p><p>Third.</p>',
    );
  });

  it('treats Windows and old Mac line endings like \\n', async () => {
    expect(await markup('a\r\nb\r\n\r\nc\r\rd')).to.equal('<p>a b</p><p>c</p><p>d</p>');
  });

  it('draws "- " and "* " bullet lists', async () => {
    expect(await markup('- one\n- two')).to.equal('<ul><li>one</li><li>two</li></ul>');
    expect(await markup('* one\n* two')).to.equal('<ul><li>one</li><li>two</li></ul>');
  });

  it('draws "1. " numbered lists, without start when they begin at 1', async () => {
    const container = await draw('1. first\n2. second\n3. third');
    const list = container.querySelector('ol')!;
    expect(list.hasAttribute('start')).to.equal(false);
    expect([...list.children].map((li) => li.textContent)).to.deep.equal(['first', 'second', 'third']);
    expect(container.querySelector('ul')).to.equal(null);
  });

  it('sets start when the first number is not 1', async () => {
    const list = (await draw('3. third\n4. fourth')).querySelector('ol')!;
    expect(list.getAttribute('start')).to.equal('3');
    expect(list.start).to.equal(3);
    expect(list.children).to.have.length(2);
  });

  it('starts a list right after a paragraph line', async () => {
    expect(await markup('What I want:\n- time\n- clarity')).to.equal(
      '<p>What I want:</p><ul><li>time</li><li>clarity</li></ul>',
    );
  });

  it('continues a list item on the next line', async () => {
    expect(await markup('- a long\n  item\n- next')).to.equal('<ul><li>a long item</li><li>next</li></ul>');
  });

  it('nests lists indented by 2 spaces', async () => {
    expect(await markup('- a\n  - a1\n  - a2\n- b')).to.equal(
      '<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>',
    );
  });

  it('nests lists indented by 4 spaces', async () => {
    expect(await markup('- a\n    - a1\n- b')).to.equal('<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>');
  });

  it('nests three levels deep and comes back out', async () => {
    const container = await draw('- one\n  - two\n    - three\n- back');
    expect(container.querySelectorAll(':scope > ul > li > ul > li > ul > li')).to.have.length(1);
    expect(container.querySelector(':scope > ul > li > ul > li > ul > li')!.textContent).to.equal('three');
    expect(container.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal(
      '<ul><li>one<ul><li>two<ul><li>three</li></ul></li></ul></li><li>back</li></ul>',
    );
  });

  it('nests a bullet list in a numbered one', async () => {
    expect(await markup('1. Ask for goals\n   - in writing\n   - with dates\n2. Keep notes')).to.equal(
      '<ol><li>Ask for goals<ul><li>in writing</li><li>with dates</li></ul></li><li>Keep notes</li></ol>',
    );
  });

  it('ends a list at a blank line followed by a paragraph', async () => {
    expect(await markup('- a\n- b\n\nAfter the list.')).to.equal('<ul><li>a</li><li>b</li></ul><p>After the list.</p>');
  });

  it('starts a new list when the kind changes at the top level', async () => {
    expect(await markup('- a\n1. b')).to.equal('<ul><li>a</li></ul><ol><li>b</li></ol>');
  });
});

describe('renderRichText: inline', () => {
  it('draws **strong**, *em* and `code`', async () => {
    expect(await markup('A **bold** and *soft* `word`.')).to.equal(
      '<p>A <strong>bold</strong> and <em>soft</em> <code>word</code>.</p>',
    );
  });

  it('keeps code content literal', async () => {
    const container = await draw('Type `**x** [a](https://e.com)` here');
    const code = container.querySelector('code')!;
    expect(code.textContent).to.equal('**x** [a](https://e.com)');
    expect(code.children).to.have.length(0);
    expect(container.querySelector('strong, a')).to.equal(null);
  });

  it('nests em inside strong', async () => {
    expect(await markup('**very *important* note**')).to.equal(
      '<p><strong>very <em>important</em> note</strong></p>',
    );
  });

  it('draws inline markup inside list items', async () => {
    expect(await markup('- **Goals** in `writing`')).to.equal(
      '<ul><li><strong>Goals</strong> in <code>writing</code></li></ul>',
    );
  });

  it('draws [text](https://…) as a link with rel noopener', async () => {
    const container = await draw('See [the guide](https://example.com/guide) now.');
    const links = container.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://example.com/guide');
    expect(links[0].textContent).to.equal('the guide');
    expect(links[0].rel.split(/\s+/)).to.include('noopener');
    expect(container.textContent).to.equal('See the guide now.');
  });

  it('resolves relative and mailto links', async () => {
    const container = await draw('[a](guides/pip.html) [b](mailto:coach@example.com)');
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([new URL('guides/pip.html', document.baseURI).href, 'mailto:coach@example.com']);
  });

  it('draws strong text inside a link', async () => {
    expect((await draw('[**bold** link](https://example.com)')).querySelector('a > strong')!.textContent).to.equal(
      'bold',
    );
  });

  for (const target of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    '\u0001java\tscript:alert(1)',
    '//evil.example/x',
  ]) {
    it(`keeps the words but drops the link for ${JSON.stringify(target)}`, async () => {
      const container = await draw(`Click [here please](${target}) now`);
      expect(container.querySelector('a')).to.equal(null);
      expect(container.querySelector('[href]')).to.equal(null);
      expect(container.textContent).to.contain('Click here please');
      expect(container.textContent).not.to.contain('script:');
      expect(container.innerHTML).not.to.match(/javascript|vbscript|data:/i);
    });
  }

  it('does not take "2 * 3 * 4" for emphasis', async () => {
    expect(await markup('2 * 3 * 4')).to.equal('<p>2 * 3 * 4</p>');
  });

  it('keeps a run of asterisks as literal text', async () => {
    for (const stars of ['***', '****', '*****', '**********']) {
      expect(await markup(`Rating: ${stars}`)).to.equal(`<p>Rating: ${stars}</p>`);
    }
    expect(await markup('**\\***, an escaped star in bold')).to.equal('<p><strong>*</strong>, an escaped star in bold</p>');
  });

  it('keeps an unclosed ** as literal text', async () => {
    expect(await markup('an **unclosed start')).to.equal('<p>an **unclosed start</p>');
    expect(await markup('a `lone backtick')).to.equal('<p>a `lone backtick</p>');
    expect(await markup('[no target] and [half](')).to.equal('<p>[no target] and [half](</p>');
  });

  it('honours backslash escapes', async () => {
    expect(await markup('\\*not em\\* and \\`tick\\`')).to.equal('<p>*not em* and `tick`</p>');
  });
});

describe('renderRichText: hostile content', () => {
  for (const source of [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '"><svg onload=alert(1)>',
  ]) {
    it(`shows ${source} as literal text`, async () => {
      const container = await draw(source);
      expect(container.querySelector('script, img, svg, a, [onerror], [onload]')).to.equal(null);
      expect(container.children).to.have.length(1);
      expect(container.children[0].localName).to.equal('p');
      expect(container.textContent).to.equal(source);
    });
  }

  it('shows HTML inside list items, code and links as text', async () => {
    const container = await draw('- <b>x</b>\n- `<i>y</i>`\n- [<img src=x>](https://example.com)');
    expect(container.querySelector('b, i, img')).to.equal(null);
    expect(container.querySelector('code')!.textContent).to.equal('<i>y</i>');
    expect(container.querySelector('a')!.textContent).to.equal('<img src=x>');
  });

  it('caps 200 levels of list indentation', async () => {
    const source = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    const container = await draw(source);
    const lists = container.querySelectorAll('ul');
    expect(lists.length).to.be.within(2, 10);
    expect(depth(container)).to.be.below(25);
    expect(container.querySelectorAll('li')).to.have.length(200);
    expect(container.textContent).to.contain('level 0').and.to.contain('level 199');
  });

  it('caps 500 nested "*"', async () => {
    const source = `${'*'.repeat(500)}deep${'*'.repeat(500)}`;
    const container = await draw(source);
    expect(container.textContent).to.contain('deep');
    expect(container.querySelectorAll('strong, em').length).to.be.within(1, 20);
    expect(depth(container)).to.be.below(25);
  });

  it('caps 500 nested emphasis spans', async () => {
    const source = `${'*a '.repeat(500)}x${' b*'.repeat(500)}`;
    const container = await draw(source);
    expect(container.textContent).to.contain('x');
    expect(depth(container)).to.be.below(25);
  });

  it('caps 500 nested "["', async () => {
    const source = `${'['.repeat(500)}x${'](https://example.com)'.repeat(500)}`;
    const container = await draw(source);
    expect(container.textContent).to.contain('x');
    expect(container.querySelectorAll('a').length).to.be.below(20);
    expect(depth(container)).to.be.below(25);
  });

  it('caps 500 nested links in links', async () => {
    const source = `${'[**'.repeat(500)}x${'**](https://example.com)'.repeat(500)}`;
    const container = await draw(source);
    expect(container.textContent).to.contain('x');
    expect(depth(container)).to.be.below(25);
  });

  it('draws nothing for undefined or an empty string', async () => {
    for (const source of [undefined, '']) {
      const container = await draw(source);
      expect(container.childElementCount).to.equal(0);
      expect(container.textContent).to.equal('');
    }
  });

  it('draws nothing for blank lines only', async () => {
    expect(await markup('\n   \n\t\n')).to.equal('');
  });

  it('draws the same source twice the same way (parse cache)', async () => {
    const source = '- cached **once**';
    expect(await markup(source)).to.equal(await markup(source));
  });
});

describe('parseRichText and parseInline', () => {
  it('parses inline spans into a tree', () => {
    expect(parseInline('a **b *c* d** `e` [f](g)')).to.deep.equal([
      { type: 'text', text: 'a ' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'b ' },
          { type: 'em', children: [{ type: 'text', text: 'c' }] },
          { type: 'text', text: ' d' },
        ],
      },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'e' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'g', children: [{ type: 'text', text: 'f' }] },
    ]);
  });

  it('keeps plain text in one node', () => {
    expect(parseInline('2 * 3 * 4 <b>')).to.deep.equal([{ type: 'text', text: '2 * 3 * 4 <b>' }]);
  });

  it('parses paragraphs and nested lists into blocks', () => {
    expect(parseRichText('Intro\ntext\n\n3. a\n   - b\n4. c')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', text: 'Intro text' }] },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          {
            children: [{ type: 'text', text: 'a' }],
            lists: [{ type: 'list', ordered: false, start: 1, items: [{ children: [{ type: 'text', text: 'b' }], lists: [] }] }],
          },
          { children: [{ type: 'text', text: 'c' }], lists: [] },
        ],
      },
    ]);
  });

  it('parses an empty source into no blocks', () => {
    expect(parseRichText('')).to.deep.equal([]);
  });
});
