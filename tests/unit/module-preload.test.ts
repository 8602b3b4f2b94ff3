// src/build/module-preload.ts: a page's module scripts get their static imports preloaded, at any
// depth, once each; dynamic imports are left to load when asked. That the browser then fetches the
// chain at once is tested in tests/e2e/layout.spec.ts.
import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from '../../src/build/module-preload.ts';

const FILES: Record<string, string> = {
  '/_astro/entry.js': 'import{r as e}from"./reading.js";import"./side.js";e();',
  '/_astro/reading.js': 'import{c}from"./choice.js";export*from"./helper.js";const chart=()=>import("./chart.js");export const r=()=>c(chart);',
  '/_astro/choice.js': 'import"./helper.js";export const c=(f)=>f;',
  '/_astro/helper.js': 'export const h=1;console.log(import.meta.url);',
  '/_astro/side.js': 'import"./reading.js";',
  '/_astro/chart.js': 'import"./d3.js";',
  '/_astro/other.js': 'import"./helper.js";import"./lonely.js";',
  '/_astro/lonely.js': '',
};
const read = (path: string) => {
  const source = FILES[path];
  if (source === undefined) throw new Error(`no file ${path}`);
  return source;
};

describe('module preloads', () => {
  it('lists every static import at any depth, once, in the order met; not dynamic imports', () => {
    expect(staticImports('/_astro/entry.js', read)).toEqual(['/_astro/reading.js', '/_astro/choice.js', '/_astro/helper.js', '/_astro/side.js']);
  });

  it('puts the links right after each module script, without repeating a module already listed', () => {
    const html = [
      '<head><script type="module" src="/_astro/entry.js"></script></head>',
      '<body><p>text</p><script type="module" src="/_astro/other.js"></script></body>',
    ].join('');
    expect(withModulePreloads(html, read)).toBe(
      [
        '<head><script type="module" src="/_astro/entry.js"></script>',
        '<link rel="modulepreload" href="/_astro/reading.js"><link rel="modulepreload" href="/_astro/choice.js">',
        '<link rel="modulepreload" href="/_astro/helper.js"><link rel="modulepreload" href="/_astro/side.js"></head>',
        '<body><p>text</p><script type="module" src="/_astro/other.js"></script>',
        '<link rel="modulepreload" href="/_astro/lonely.js"></body>',
      ].join(''),
    );
  });

  it('leaves a page without module scripts as it is', () => {
    const html = '<head><script type="application/ld+json">{}</script></head><body><script src="/embed.js"></script></body>';
    expect(withModulePreloads(html, read)).toBe(html);
  });

  it('stops on a module that a script imports but the build does not have', () => {
    expect(() => staticImports('/_astro/chart.js', read)).toThrow('no file /_astro/d3.js');
  });
});
