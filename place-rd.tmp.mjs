import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
for (const lang of ['en','zh']) {
  const html = readFileSync(`dist/${lang}/index.html`, 'utf8');
  const dom = new JSDOM(html, { url: `https://example.org/${lang}/` });
  const ids = [...dom.window.document.querySelectorAll('p[data-pid]')].map(p => [p.id, p.textContent.replace(/\s+/g,' ').trim()]);
  const r = new Readability(dom.window.document).parse();
  const out = new JSDOM(r.content).window.document;
  const text = out.body.textContent.replace(/\s+/g,' ');
  const kept = ids.filter(([id,t]) => text.includes(t.slice(0,40)));
  console.log(lang, 'title', r.title, '| byline', r.byline, '| date', r.publishedTime, '| len', r.length);
  console.log(' paragraphs', kept.length, '/', ids.length, 'missing', ids.filter(x=>!kept.includes(x)).map(x=>x[0]).join(' '));
  console.log(' tables', out.querySelectorAll('table').length, 'svg', out.querySelectorAll('svg').length, 'img', out.querySelectorAll('img').length, 'figure', out.querySelectorAll('figure').length, 'a', out.querySelectorAll('a').length);
  if (process.argv[2]) console.log(r.content);
}
