// What makes a source a document a reader can open, checked beyond its schema: the URL is the
// document's own (not a site's home page, not a search engine's results), and the title is the
// headline as published (not a description of the document). Each problem names the source id and
// the fix.
import type { Sources } from '../data/schema.ts';
import type { Problem } from './model.ts';

const FILE = 'content/data/sources.json';

/** Hosts of search engines, whose pages are result lists, never documents. */
const SEARCH_HOSTS = /(^|\.)(google\.[a-z.]+|bing\.com|baidu\.com|sogou\.com|so\.com|360\.cn|duckduckgo\.com|yandex\.[a-z.]+|search\.yahoo\.com)$/i;
/** Site-search paths on any host: /search, /search.aspx, /s?wd=…, ?q=… */
const SEARCH_PATH = /^\/(search|s|so)(\.[a-z]+)?\/?$/i;
const SEARCH_QUERY = ['wd', 'q', 'query', 'keyword', 'word'];

/** Titles that describe a document instead of quoting its headline. */
const DESCRIPTIVE_TITLE: RegExp[] = [
  /^\s*(report|reports|summary|article|coverage|news)\s+(on|of|about)\b/i,
  /^\s*broker[- ]report summary\b/i,
  /^\s*(company|results|press)\s+(release|announcement)\s+(on|of|about)\b/i,
  /^\s*报道/,
  /^\s*关于.*的报道\s*$/,
  /(相关)?报道\s*$/,
  /…|\.\.\./,
];

const urlProblem = (url: string): { problem: string; fix: string } | undefined => {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { problem: `its url "${url}" is not a valid address`, fix: 'give the full address of the document, starting with https://' };
  }
  const printFix = 'or, if the document cannot be found online, remove "url" and set "offline": true (a print citation)';
  if (SEARCH_HOSTS.test(u.hostname) || SEARCH_PATH.test(u.pathname) || SEARCH_QUERY.some((k) => u.searchParams.has(k) && /search|^\/s\b|^\/$/i.test(u.pathname))) {
    return { problem: `its url is a search engine's results page (${u.hostname}${u.pathname})`, fix: `find the document itself and link its own address, ${printFix}` };
  }
  if (u.pathname === '' || u.pathname === '/') {
    return { problem: `its url is a site's home page (${u.origin}/), not a document`, fix: `link the document's own address, ${printFix}` };
  }
  return undefined;
};

const titleProblem = (title: string, publisher: string): { problem: string; fix: string } | undefined => {
  const fix = 'use the headline or filing name exactly as published; if it cannot be found, do not invent one: cite another document whose headline you can see, or cut the claim';
  const t = title.trim();
  if (DESCRIPTIVE_TITLE.some((re) => re.test(t))) return { problem: `its title "${t}" describes the document instead of quoting its headline`, fix };
  const norm = (s: string) => s.replace(/[（(].*?[)）]/g, '').trim().toLowerCase();
  if (norm(t) === norm(publisher)) return { problem: `its title "${t}" is the publisher's name, not a headline`, fix };
  return undefined;
};

/** Every problem with the sources' URLs and titles, each naming the source id and the fix. */
export function checkSources(sources: Sources): Problem[] {
  const problems: Problem[] = [];
  for (const [id, s] of Object.entries(sources)) {
    const add = (p: { problem: string; fix: string }) => problems.push({ loc: { file: FILE, line: 0 }, id, problem: `source "${id}": ${p.problem}`, fix: p.fix });
    if (s.url) {
      const p = urlProblem(s.url);
      if (p) add(p);
    }
    const p = titleProblem(s.title, s.publisher);
    if (p) add(p);
  }
  return problems;
}
