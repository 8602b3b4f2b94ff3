#!/usr/bin/env node
// Reader views get the article, clean: runs Mozilla Readability (Firefox Reader View, read-later
// apps) with jsdom over the built story pages and checks what comes out against the content:
// title, byline and date; every paragraph and note; no chart label text (the live SVGs), no data
// table, no interface strings; and the page's NewsArticle JSON-LD and article:* dates, field by field.
// Usage: node tests/tools/readability.mjs dist   (after `astro build`)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const dist = process.argv[2] ?? 'dist';
const SITE = (process.env.SITE_URL ?? 'https://kuaishou-story.example').replace(/\/$/, ''); // as astro.config.mjs
const story = JSON.parse(readFileSync('content/story.json', 'utf8'));
const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8'));
const locale = (lang) => JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8'));
const HTML_LANG = { zh: 'zh-Hans', en: 'en' };
const based = sources['lianxian-2020'];

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};
const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const quiet = new VirtualConsole(); // the pages' CSS is not jsdom's concern

for (const lang of ['zh', 'en']) {
  const file = join(dist, lang, 'index.html');
  if (!existsSync(file)) {
    console.error(`readability: ${file} is missing: run \`astro build\` first`);
    process.exit(1);
  }
  const strings = locale(lang);
  const other = lang === 'zh' ? 'en' : 'zh';
  const html = readFileSync(file, 'utf8');
  const page = new JSDOM(html, { url: `${SITE}/${lang}/`, virtualConsole: quiet }).window.document;

  // What the page holds, read before Readability changes the document.
  const paragraphs = [...page.querySelectorAll('main p[data-pid]')].map((p) => ({ id: p.id, text: squash(p.textContent) }));
  const notes = page.querySelectorAll('main .prose sup.note').length;
  const labelRuns = [...page.querySelectorAll('main svg')].map((svg) =>
    [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()).filter(Boolean).slice(0, 4).join(''),
  );
  const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');
  const meta = (p) => page.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
  const steps = page.querySelectorAll('[data-step]').length;
  const times = [...page.querySelectorAll('.byline time')].map((t) => t.getAttribute('datetime'));

  const r = new Readability(page).parse();
  const out = new JSDOM(`<body>${r?.content ?? ''}</body>`).window.document;
  const text = squash(out.body.textContent);
  const where = `${lang}:`;

  // The article's head.
  check(r?.title === strings.site.title, `${where} title is "${r?.title}", not "${strings.site.title}"`);
  check(r?.byline === strings.site.byline, `${where} byline is "${r?.byline}", not "${strings.site.byline}"`);
  check(r?.publishedTime === story.published, `${where} date is "${r?.publishedTime}", not ${story.published} (content/story.json)`);
  check(r?.excerpt === strings.site.description, `${where} excerpt is not the page's description`);
  check(r?.lang === HTML_LANG[lang], `${where} language is "${r?.lang}"`);

  // Every paragraph and note; no chart label text, no table, no interface string.
  const lost = paragraphs.filter((p) => !text.includes(p.text));
  check(paragraphs.length > 40, `${where} only ${paragraphs.length} paragraphs found in the page`);
  check(lost.length === 0, `${where} ${lost.length} of ${paragraphs.length} paragraphs lost: ${lost.map((p) => p.id).join(' ')}`);
  const keptNotes = out.querySelectorAll('sup a[href^="#source-"]').length;
  check(keptNotes === notes, `${where} ${keptNotes} of ${notes} notes kept`);
  check(out.querySelectorAll('svg, text').length === 0, `${where} chart SVGs kept`);
  const runs = labelRuns.filter((run) => run.length > 3 && text.includes(run));
  check(labelRuns.length > 0 && runs.length === 0, `${where} chart label text kept: ${runs.slice(0, 3).join(' | ')}`);
  check(out.querySelectorAll('table').length === 0, `${where} ${out.querySelectorAll('table').length} data tables kept`);
  const ui = [strings.nav.switchToShort, strings.nav.switchTo, strings.nav.toc, strings.nav.skip, strings.chart.dataTable, strings.chart.downloadCsv, strings.chart.downloadPng, strings.chart.downloadSvg, squash(strings.chart.download)];
  const uiKept = [...out.querySelectorAll('a, summary, h2, h3, p, span, button, li')].map((e) => squash(e.textContent)).filter((t) => ui.includes(t));
  check(uiKept.length === 0, `${where} interface strings kept: ${[...new Set(uiKept)].join(', ')}`);
  // Each chart state as one picture (the step's static image, described), and each chart's caption.
  const imgs = [...out.querySelectorAll('img')];
  check(imgs.length === steps, `${where} ${imgs.length} pictures for ${steps} chart states`);
  check(imgs.every((i) => /\/img\/[a-z]+\/[\w-]+\/[\w-]+\.svg$/.test(i.getAttribute('src') ?? '') && (i.getAttribute('alt') ?? '').length > 20), `${where} a picture without its SVG or description`);
  for (const [key, c] of Object.entries(strings.charts ?? {})) {
    if (page.querySelector(`figure[data-chart="${key}"]`)) check(text.includes(squash(c.title)) && text.includes(squash(c.caption)), `${where} chart ${key}: title or caption lost`);
  }

  // The dates on the page and its structured data, against the content.
  check(times.join(' ') === `${story.published} ${story.updated}`, `${where} byline <time>s are ${times.join(', ')}`);
  check(meta('article:published_time') === story.published && meta('article:modified_time') === story.updated, `${where} article:published_time/modified_time differ from content/story.json`);
  const want = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: strings.site.title,
    description: strings.site.description,
    datePublished: story.published,
    dateModified: story.updated,
    inLanguage: HTML_LANG[lang],
    url: `${SITE}/${lang}/`,
  };
  for (const [k, v] of Object.entries(want)) check(ld?.[k] === v, `${where} JSON-LD ${k} is ${JSON.stringify(ld?.[k])}, not ${JSON.stringify(v)}`);
  check(ld?.author?.[0]?.name === strings.site.byline, `${where} JSON-LD author`);
  check(ld?.publisher?.name === strings.site.name, `${where} JSON-LD publisher`);
  check(ld?.image?.[0] === meta('og:image'), `${where} JSON-LD image is not the og:image`);
  const b = ld?.isBasedOn ?? {};
  check(b.headline === based.title && b.datePublished === based.date && b.publisher?.name === based.publisher && b.inLanguage === based.language, `${where} JSON-LD isBasedOn differs from sources.json lianxian-2020`);
  check(based.exact ? b.url === based.url : b.url === undefined, `${where} JSON-LD isBasedOn url: only the article's own URL may be given`);
  const twin = ld?.workTranslation ?? ld?.translationOfWork;
  check(twin?.url === `${SITE}/${other}/` && twin?.inLanguage === HTML_LANG[other], `${where} JSON-LD does not link the ${other} version`);

  console.log(
    `readability ${lang}: ${paragraphs.length - lost.length}/${paragraphs.length} paragraphs, ${keptNotes}/${notes} notes, ${imgs.length} pictures, ` +
      `${out.querySelectorAll('table').length} tables, ${runs.length} label runs; byline "${r?.byline}", date ${r?.publishedTime}`,
  );
}

for (const f of failures) console.error(`readability: ${f}`);
process.exit(failures.length ? 1 : 0);
