import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
const exp = process.argv[2];
for (const lang of ['en']) {
  const html = readFileSync(`dist/${lang}/index.html`, 'utf8');
  const dom = new JSDOM(html, { url: `https://example.org/${lang}/` });
  const d = dom.window.document;
  const ids = [...d.querySelectorAll('p[data-pid]')].map(p => [p.id, p.textContent.replace(/\s+/g,' ').trim()]);
  const mut = {
    A: () => d.querySelectorAll('.scrolly').forEach(e => e.classList.add('text')),
    B: () => d.querySelectorAll('.scrolly').forEach(e => { e.classList.add('text'); e.id = e.id.replace('scrolly-','block-'); }),
    C: () => d.querySelectorAll('.scrolly, .scrolly__steps, .scrolly__graphic').forEach(e => { e.classList.add('text'); e.id = e.id.replace('scrolly-','block-'); }),
  };
  for (const k of exp.split(',')) mut[k]?.();
  const r = new Readability(d).parse();
  const out = new JSDOM(r.content).window.document;
  const text = out.body.textContent.replace(/\s+/g,' ');
  const kept = ids.filter(([id,t]) => text.includes(t.slice(0,40)));
  console.log(exp, lang, kept.length, '/', ids.length, 'tables', out.querySelectorAll('table').length, 'svg', out.querySelectorAll('svg').length, 'img', out.querySelectorAll('img').length);
}
