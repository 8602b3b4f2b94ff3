// src/security/csp.ts: each page's policy allows the inline code on that page and nothing else.
// The browser's own agreement (no violation on any built page) is tested in tests/e2e/hardening.spec.ts.
import { describe, expect, it } from 'vitest';
import { hashSource, inlineHashes, policyForPage } from '../../src/security/csp.ts';

const ASTRO = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC' 'sha256-DDDD'";

describe('the page policy', () => {
  it('hashes as CSP does (the example of the CSP 3 specification)', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('counts scripts that run and styles, not data blocks or scripts loaded from a file', () => {
    const html = [
      '<style>body{margin:0}</style>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="application/json" class="chart__payload">{"a":1}</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<script>document.documentElement.dataset.js = "1"</script>',
      '<script type="module">import "/b.js"</script>',
      '<svg><style>.lbl{fill:red}</style></svg>',
      '<style>body{margin:0}</style>',
    ].join('');
    expect(inlineHashes(html)).toEqual({
      scripts: [hashSource('document.documentElement.dataset.js = "1"'), hashSource('import "/b.js"')],
      styles: [hashSource('body{margin:0}'), hashSource('.lbl{fill:red}')],
    });
  });

  it('keeps only the hashes of the code on the page, and every other source and directive', () => {
    const html = '<head><style>p{color:red}</style></head><body><script type="module" src="/x.js"></script></body>';
    expect(policyForPage(ASTRO, html)).toBe(`default-src 'self'; object-src 'none'; script-src 'self'; style-src 'self' ${hashSource('p{color:red}')}`);
  });

  it('a page without inline code allows none', () => {
    const policy = policyForPage(ASTRO, '<p>text</p>');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toMatch(/style-src 'self'$/);
    expect(policy).not.toContain('sha256');
  });
});
