// Compares two builds of the side-by-side page for what a reader gets: the text of every paragraph
// pair (per language), every note's number, label and link, every figure's value and text, every
// step, section and chapter id, every link and every static picture. Prints the differences.
// Usage: node tests/tools/bilingual-diff.mjs before.html after.html
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node tests/tools/bilingual-diff.mjs before.html after.html');

const cls = (n) => [n.properties?.className ?? []].flat();
const text = (n) => (n.type === 'text' ? n.value : (n.children ?? []).map(text).join(''));
function* walk(n, up = []) {
  yield [n, up];
  for (const c of n.children ?? []) yield* walk(c, [...up, n]);
}

function facts(file) {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const out = new Map();
  const add = (k, v) => {
    if (out.has(k)) k += ` #${[...out.keys()].filter((x) => x.startsWith(k)).length}`;
    out.set(k, v);
  };
  for (const [n, up] of walk(tree)) {
    if (n.type !== 'element') continue;
    const p = n.properties ?? {};
    const pair = [...up].reverse().find((u) => u.properties?.dataPid);
    const cell = [...up].reverse().find((u) => cls(u).includes('cell'));
    const where = pair ? `${pair.properties.id}/${cell ? (cls(cell).includes('cell--zh') ? 'zh' : 'en') : '?'}` : '';
    if (p.dataPid && n.tagName === 'div') {
      for (const c of n.children.filter((c) => c.type === 'element')) add(`para ${p.id} ${cls(c).join('.')} lang=${c.properties.lang}`, text(c).replace(/\s+/g, ' ').trim());
    }
    if (n.tagName === 'sup' && cls(n).includes('note')) {
      const a = n.children.find((c) => c.tagName === 'a');
      add(`note ${where}`, `${text(a)} ${a.properties.href} «${a.properties.ariaLabel}»`);
    }
    if (n.tagName === 'data' && cls(n).includes('fig')) add(`fig ${where} ${p.dataFig}`, `${p.value} «${text(n)}»`);
    if (p.dataStep) add(`step ${p.id}`, `state=${p.dataStep} progress=${p.dataProgress ?? '-'}`);
    if (p.dataSid) add(`section ${p.id}`, text(n.children.find((c) => c.type === 'element')).replace(/\s+/g, ' ').trim());
    if (p.dataCid) add(`chapter ${p.id}`, '');
    if (p.dataScrolly) add(`scrolly ${p.id}`, p.dataScrolly);
    if (n.tagName === 'figure' && p.dataChart) add(`chart ${p.id}`, `${p.dataChart} ${p.dataState} ${p.dataLang} ${p.dataPayload}`);
    if (n.tagName === 'figure' && cls(n).includes('step__static')) {
      const step = [...up].reverse().find((u) => u.properties?.dataStep);
      const imgs = [];
      for (const [m] of walk(n)) if (m.type === 'element' && (m.tagName === 'img' || m.tagName === 'source')) imgs.push(`${m.tagName}:${m.properties.src ?? m.properties.srcSet}${m.properties.media ? `@${m.properties.media}` : ''}`);
      add(`picture ${step?.properties.id} ${cls(n).join('.')}`, imgs.join(' '));
    }
    if (n.tagName === 'a' && p.href && !(up.at(-1)?.tagName === 'sup')) add(`link ${p.href}`, text(n).replace(/\s+/g, ' ').trim());
    if (p.id && !p.dataPid) add(`id ${p.id}`, n.tagName);
  }
  return out;
}

const A = facts(a);
const B = facts(b);
let same = 0;
const lines = [];
for (const k of new Set([...A.keys(), ...B.keys()])) {
  if (!A.has(k)) lines.push(`+ ${k}: ${B.get(k)}`);
  else if (!B.has(k)) lines.push(`- ${k}: ${A.get(k)}`);
  else if (A.get(k) !== B.get(k)) lines.push(`~ ${k}:\n    before: ${A.get(k)}\n    after:  ${B.get(k)}`);
  else same++;
}
console.log(lines.join('\n'));
const count = (m, p) => [...m.keys()].filter((k) => k.startsWith(p)).length;
console.log(`\n${same} facts identical, ${lines.length} differ. before/after: ${['para', 'note', 'fig', 'step', 'section', 'chapter', 'picture', 'link'].map((p) => `${p} ${count(A, p)}/${count(B, p)}`).join(', ')}`);
