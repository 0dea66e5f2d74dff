import { expect } from '@open-wc/testing';
import { isAllowedUrl, safeUrl } from '../../src/content/url.js';

describe('safeUrl: the one URL allowlist', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0001java\tscript:alert(1)',
    ' \n javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'blob:https://example.com/1234',
    'file:///etc/passwd',
    '//evil.example/x',
    '\\\\evil.example/x',
    '/\t/evil.example/x',
    '',
  ];
  for (const raw of refused) {
    it(`refuses ${JSON.stringify(raw)}`, () => {
      expect(safeUrl(raw)).to.equal(undefined);
      expect(isAllowedUrl(raw)).to.equal(false);
    });
  }

  it('accepts http, https and mailto as they are', () => {
    expect(safeUrl('http://example.com/a')).to.equal('http://example.com/a');
    expect(safeUrl('https://example.com/a?b=c#d')).to.equal('https://example.com/a?b=c#d');
    expect(safeUrl('mailto:coach@example.com')).to.equal('mailto:coach@example.com');
    expect(safeUrl('HTTPS://EXAMPLE.COM/')).to.equal('https://example.com/');
  });

  it('resolves relative URLs against the page', () => {
    expect(safeUrl('guides/pip.html')).to.equal(new URL('guides/pip.html', document.baseURI).href);
    expect(safeUrl('/guides/pip.html')).to.equal(new URL('/guides/pip.html', document.baseURI).href);
    expect(safeUrl('#section')).to.equal(new URL('#section', document.baseURI).href);
  });

  it('refuses what is not a string', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl({ toString: () => 'https://example.com' })).to.equal(undefined);
  });
});
