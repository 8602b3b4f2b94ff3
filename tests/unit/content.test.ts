// The story as it stands passes every content check, and every kind of editor's mistake, made in a
// scratch copy of content/, is caught with a message naming the file, the line or id, and the fix.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphsOf, readStory } from '../../src/content/model.ts';
import { checkContent, formatProblems } from '../../src/content/validate.ts';
import { clearDataCache } from '../../src/data/load.ts';
import type { Lang } from '../../src/i18n/langs.ts';

const ROOT = process.cwd();
const scratch: string[] = [];

/** A scratch copy of content/, changed by `edit`, checked; returns the formatted problems. */
function mistake(edit: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'story-'));
  scratch.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  edit(root);
  clearDataCache();
  const out = formatProblems(checkContent(root).problems);
  clearDataCache();
  return out;
}

const rewrite = (root: string, rel: string, fn: (s: string) => string) => {
  const file = join(root, rel);
  writeFileSync(file, fn(readFileSync(file, 'utf8')));
};
const editJson = (root: string, rel: string, fn: (j: any) => void) =>
  rewrite(root, rel, (s) => {
    const j = JSON.parse(s);
    fn(j);
    return JSON.stringify(j, null, 2);
  });

afterEach(() => {
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

describe('the story as published', () => {
  // The first check reads and parses every chapter and data file cold; on a busy machine that alone
  // can pass vitest's 5 s default, so it gets more time (the result, not the time, is under test).
  it('passes every content check', { timeout: 30_000 }, () => {
    clearDataCache();
    expect(formatProblems(checkContent(ROOT).problems)).toBe('');
  });

  it('is long enough in both languages: 5,000 汉字 and 3,000 English words of prose', () => {
    const story = readStory(ROOT);
    const text = (lang: Lang) => story.chapters[lang].flatMap((ch) => [...paragraphsOf(ch)].map((p) => p.para.text)).join('\n');
    expect((text('zh').match(/\p{Script=Han}/gu) ?? []).length).toBeGreaterThanOrEqual(5000);
    expect((text('en').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length).toBeGreaterThanOrEqual(3000);
  });

  it('types no number about the world into prose: figures come from content/data through <Fig>', () => {
    const story = readStory(ROOT);
    // Allowed digits: calendar years and dates, and names that contain digits.
    const allowed = /(19|20)\d\d(年|s\b)?|\d{1,2}月(\d{1,2}日)?|\d{1,2}日|\b\d{1,2} (to|and|–) (?=\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December))|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|616|“116”|"116"|116|双(11|十一)|Double 11|36氪|36Kr|C2M|Q[1-4]|H[12]/g;
    const offenders: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      for (const ch of story.chapters[lang]) {
        for (const { para } of paragraphsOf(ch)) {
          const rest = para.text.replace(allowed, '');
          if (/\d/.test(rest)) offenders.push(`${para.loc.file}:${para.loc.line} ${para.id}: ${rest.match(/.{0,20}\d.{0,20}/)?.[0]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('editors’ mistakes stop the build with the file, the id and the fix', () => {
  it('a paragraph missing in one language', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/en/02-rise.mdx', (s) => s.replace(/^<P id="rise-soil-2">.*$/m, '')));
    expect(out).toContain('content/chapters/zh/02-rise.mdx');
    expect(out).toContain('paragraph "rise-soil-2" is missing from content/chapters/en/02-rise.mdx');
  });

  it('a section missing in one language', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/zh/05-hindsight.mdx', (s) => s.replace(/<Section id="hindsight-verdict"[\s\S]*?<\/Section>/, '')));
    expect(out).toMatch(/section "hindsight-verdict" is missing from content\/chapters\/zh\/05-hindsight\.mdx/);
  });

  it('a step missing in one language', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/en/02-rise.mdx', (s) => s.replace(/<Step state="race">[\s\S]*?<\/Step>/, '')));
    expect(out).toContain('step "gmv-timeline--race" is missing from content/chapters/en/02-rise.mdx');
  });

  it('a chapter missing in one language', () => {
    const out = mistake((root) => rmSync(join(root, 'content/chapters/en/04-streamers.mdx')));
    expect(out).toContain('content/chapters/zh/04-streamers.mdx:1: chapter "streamers" has no en version');
  });

  it('an unknown chart id', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/zh/02-rise.mdx', (s) => s.replace('<Scrolly chart="gmv-timeline">', '<Scrolly chart="gmv-timelin">')));
    expect(out).toMatch(/content\/chapters\/zh\/02-rise\.mdx:\d+: unknown chart "gmv-timelin"\n  → use one of: gmv-timeline, partnerships, streamers/);
  });

  it('a state the chart does not define', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/en/03-giants.mdx', (s) => s.replace('<Step state="jd-deal">', '<Step state="jd">')));
    expect(out).toMatch(/content\/chapters\/en\/03-giants\.mdx:\d+: the "partnerships" chart has no state "jd"\n  → use one of: tie-up, links-out/);
  });

  it('an unknown figure id', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/zh/02-rise.mdx', (s) => s.replace('<Fig id="ks-gmv-2019" />', '<Fig id="ks-gmv-2019x" />')));
    expect(out).toMatch(/content\/chapters\/zh\/02-rise\.mdx:\d+: unknown figure "ks-gmv-2019x"/);
    expect(out).toContain('add it to content/data/figures.json');
  });

  it('an unknown source id', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/en/01-opening.mdx', (s) => s.replace(/<Note src="[^"]+" \/>/, '<Note src="nobody-2020" />')));
    expect(out).toMatch(/content\/chapters\/en\/01-opening\.mdx:\d+: unknown source "nobody-2020"/);
  });

  it('a figure without a source', () => {
    const out = mistake((root) => editJson(root, 'content/data/figures.json', (j) => (j['ks-gmv-2019'].source = [])));
    expect(out).toContain('content/data/figures.json: "ks-gmv-2019.source": every figure needs at least one source id');
  });

  it('a figure citing a source that does not exist', () => {
    const out = mistake((root) =>
      editJson(root, 'content/data/figures.json', (j) => {
        j['ks-gmv-2019'].source = ['made-up'];
        j['ks-gmv-2019'].locator = { 'made-up': 'p. 1' };
      }),
    );
    expect(out).toContain('figure "ks-gmv-2019" cites unknown source "made-up"');
  });

  it('a malformed number', () => {
    const out = mistake((root) => editJson(root, 'content/data/figures.json', (j) => (j['ks-gmv-2020h1'].value = '1,096亿')));
    expect(out).toContain('content/data/figures.json: "ks-gmv-2020h1.value"');
    expect(out).toContain('src/data/schema.ts');
  });

  it('a malformed date', () => {
    const out = mistake((root) => editJson(root, 'content/data/events.json', (j) => (j[0].date = '2020-13-01')));
    expect(out).toMatch(/content\/data\/events\.json: "0\.date": not a real calendar date/);
  });

  it('a duplicate paragraph id', () => {
    const out = mistake((root) =>
      rewrite(root, 'content/chapters/zh/01-opening.mdx', (s) => s.replace('<P id="opening-filing-2">', '<P id="opening-filing-1">')),
    );
    expect(out).toMatch(/content\/chapters\/zh\/01-opening\.mdx:\d+: duplicate paragraph id "opening-filing-1" \(first used at content\/chapters\/zh\/01-opening\.mdx:\d+\)/);
  });

  it('a bare paragraph or a Markdown heading', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/en/01-opening.mdx', (s) => s.replace('</Section>', '## A heading\n\nA stray paragraph.\n\n</Section>')));
    expect(out).toContain('a Markdown heading');
    expect(out).toContain('a paragraph without an id');
    expect(out).toContain('wrap it in <P id="…">…</P>');
  });

  it('bad front matter', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/zh/03-giants.mdx', (s) => s.replace(/^order: \d+$/m, 'order: three')));
    expect(out).toContain('content/chapters/zh/03-giants.mdx:1: front matter "order"');
  });

  it('an unknown component', () => {
    const out = mistake((root) => rewrite(root, 'content/chapters/en/01-opening.mdx', (s) => s.replace('</Section>', '<Chart id="x" />\n\n</Section>')));
    expect(out).toMatch(/unknown component <Chart>\n  → use one of <Section>, <P>, <Fig>, <Note>, <Scrolly>, <Step>/);
  });
});

describe('every source is a document and every figure says where it stands in it', () => {
  const source = (root: string, id: string, fn: (s: any) => void) => editJson(root, 'content/data/sources.json', (j) => fn(j[id]));
  const figure = (root: string, id: string, fn: (f: any) => void) => editJson(root, 'content/data/figures.json', (j) => fn(j[id]));

  it('a url that is a site’s home page', () => {
    const out = mistake((root) => source(root, 'scmp-3119859', (s) => (s.url = 'https://www.scmp.com/')));
    expect(out).toContain('source "scmp-3119859": its url is a site\'s home page (https://www.scmp.com/)');
    expect(out).toContain('link the document\'s own address, or, if the document cannot be found online, remove "url" and set "offline": true');
  });

  it('a url with an empty path', () => {
    const out = mistake((root) => source(root, 'technode-2019-08-07', (s) => (s.url = 'https://technode.com')));
    expect(out).toContain('source "technode-2019-08-07": its url is a site\'s home page');
  });

  it('a search engine’s results page (Baidu, Google, Bing …)', () => {
    // One scratch copy, one bad url per source: each is reported under its own id.
    const urls: Record<string, string> = {
      'news-2021-05-27': 'https://www.baidu.com/s?wd=%E8%BE%9B%E5%B7%B4',
      'scmp-3119859': 'https://www.google.com/search?q=kuaishou',
      'scmp-3120562': 'https://cn.bing.com/search?q=x',
      'scmp-3127332': 'https://www.sogou.com/web?query=x',
      'scmp-3260091': 'https://duckduckgo.com/?q=x',
      'supchina-2020-11-06': 'https://yandex.ru/search/?text=x',
    };
    const out = mistake((root) => editJson(root, 'content/data/sources.json', (j) => Object.entries(urls).forEach(([id, url]) => (j[id].url = url))));
    for (const id of Object.keys(urls)) expect(out, id).toContain(`source "${id}": its url is a search engine's results page`);
    expect(out).toContain('find the document itself and link its own address');
  });

  it('a site’s own search page', () => {
    const out = mistake((root) => source(root, 'scmp-3120562', (s) => (s.url = 'https://www.scmp.com/search/kuaishou?q=xinba')));
    expect(out).toContain('source "scmp-3120562": its url is a search engine\'s results page');
  });

  it('a title that describes the document instead of quoting its headline', () => {
    const titles: Record<string, string> = {
      'supchina-2020-11-06': 'Report on Kuaishou’s Hong Kong IPO filing',
      'scmp-3119859': 'Summary of Kuaishou results',
      'scmp-3120562': 'Broker-report summary of Kuaishou GMV',
      'scmp-3127332': 'Article about Xinba',
      'ks-q4-2022-release': '报道：快手封禁主播',
      'chinanews-2020-12': '关于辛巴燕窝事件的报道',
      'xinba-statement-2020-11-27': '快手封禁主播相关报道',
      'pandaily-2022-01': 'Kuaishou results …',
    };
    const out = mistake((root) => editJson(root, 'content/data/sources.json', (j) => Object.entries(titles).forEach(([id, title]) => (j[id].title = title))));
    for (const [id, title] of Object.entries(titles)) expect(out, title).toContain(`source "${id}": its title "${title}" describes the document instead of quoting its headline`);
    expect(out).toContain('use the headline or filing name exactly as published');
  });

  it('a title that is the publisher’s name', () => {
    const out = mistake((root) => source(root, 'scmp-3127332', (s) => (s.title = 'South China Morning Post')));
    expect(out).toContain('source "scmp-3127332": its title "South China Morning Post" is the publisher\'s name, not a headline');
  });

  it('a source with neither a url nor "offline"', () => {
    const out = mistake((root) => source(root, 'pandaily-2022-01', (s) => delete s.url));
    expect(out).toContain('content/data/sources.json: "pandaily-2022-01.url": no url and not a print citation');
    expect(out).toContain('→ add the url of the document itself, or set "offline": true if it exists but cannot be checked online');
  });

  it('a print citation that also has a url', () => {
    const out = mistake((root) => source(root, 'lianxian-2020', (s) => (s.url = 'https://www.jiemian.com/article/1.html')));
    expect(out).toContain('"lianxian-2020.url": a url with "offline": true');
  });

  it('a source marked "unfound": a source with no document is an error again', () => {
    const out = mistake((root) => source(root, 'pandaily-2022-01', (s) => {
      delete s.url;
      s.unfound = true;
    }));
    expect(out).toContain('"pandaily-2022-01"');
    expect(out).toContain('Unrecognized key');
  });

  it('a figure without a locator', () => {
    const out = mistake((root) => figure(root, 'ks-gmv-2019', (f) => delete f.locator));
    expect(out).toContain('content/data/figures.json: "ks-gmv-2019.locator": no "locator"');
    expect(out).toContain('→ add "locator": { "<source id>": "where in that document the figure stands" } with one entry for each id in "source"');
  });

  it('a locator missing the entry for one of the figure’s sources', () => {
    const out = mistake((root) => figure(root, 'ks-gmv-2020h1', (f) => delete f.locator['supchina-2020-11-06']));
    expect(out).toContain('"ks-gmv-2020h1.locator.supchina-2020-11-06": no locator for source "supchina-2020-11-06"');
    expect(out).toContain('→ add "supchina-2020-11-06": "where in that document the figure stands" to "locator"');
  });

  it('a locator for a source the figure does not cite', () => {
    const out = mistake((root) => figure(root, 'ks-gmv-2019', (f) => (f.locator['scmp-3120562'] = 'third paragraph')));
    expect(out).toContain('"ks-gmv-2019.locator.scmp-3120562": a locator for "scmp-3120562", which is not in "source"');
  });

  it('an empty locator', () => {
    const out = mistake((root) => figure(root, 'ks-gmv-2019', (f) => (f.locator['scmp-3119859'] = '  ')));
    expect(out).toContain('"ks-gmv-2019.locator.scmp-3119859": empty locator');
  });

  it('a good online source, a good print citation and a figure locating its value in both pass', () => {
    const out = mistake((root) => {
      editJson(root, 'content/data/sources.json', (j) => {
        j['example-release'] = { publisher: 'Example Inc.', title: 'Example Announces Fourth Quarter 2020 Results', date: '2021-03-01', url: 'https://investor.example.com/news/q4-2020', language: 'en' };
        j['example-filing'] = { publisher: 'Example Inc.', title: 'Annual Report 2020', date: '2021-04', offline: true, language: 'en' };
      });
      editJson(root, 'content/data/figures.json', (j) => {
        j['example-gmv-2020'] = {
          value: 1e9, unit: 'cny', label: { zh: '示例', en: 'Example' }, period: '2020', source: ['example-release', 'example-filing'], confidence: 'verified',
          locator: { 'example-release': 'Highlights, first bullet', 'example-filing': 'p. 12, Business review' },
        };
      });
    });
    expect(out).toBe('');
  });
});

