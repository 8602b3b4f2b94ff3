// The editors' safety net: every mistake in content/ is found here, before anything is built, and
// reported with the file, the line or id, and the fix. The Astro integration runs it at the start of
// every build and dev server, `npm run check` runs it on its own, and the unit tests run it on fixtures.
import { CHARTS, isChartId, statesOf } from '../charts/registry.ts';
import { ContentError, loadData, type StoryData } from '../data/load.ts';
import { chapterFrontSchema } from './front.ts';
import { checkSources } from './sources-check.ts';
import { LANGS, otherLang, type Lang } from '../i18n/langs.ts';
import { paragraphsOf, readStory, type Chapter, type Loc, type Problem, type Story } from './model.ts';

export interface CheckResult {
  story: Story;
  data?: StoryData;
  problems: Problem[];
}

const at = (loc: Loc) => `${loc.file}${loc.line ? `:${loc.line}` : ''}`;

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${at(p.loc)}: ${p.problem}${p.id && !p.problem.includes(`"${p.id}"`) ? ` (id "${p.id}")` : ''}\n  → ${p.fix}`).join('\n');
}

/** One flat list of the ids a chapter holds, in reading order, with their kind and place. */
function idsOf(ch: Chapter): { kind: string; id: string; loc: Loc }[] {
  const out: { kind: string; id: string; loc: Loc }[] = [];
  for (const block of ch.blocks) {
    if (block.kind === 'section') out.push({ kind: 'section', id: block.id, loc: block.loc });
    for (const item of block.kind === 'section' ? block.blocks : [block]) {
      if (item.kind === 'p') {
        out.push({ kind: 'paragraph', id: item.id, loc: item.loc });
        continue;
      }
      for (const step of item.steps) {
        out.push({ kind: 'step', id: `${item.chart}--${step.state}`, loc: step.loc });
        for (const p of step.paragraphs) out.push({ kind: 'paragraph', id: p.id, loc: p.loc });
      }
    }
  }
  return out;
}

/** Checks the whole story and its data. Returns every problem found; an empty list means all is well. */
export function checkContent(root: string): CheckResult {
  const story = readStory(root);
  const problems: Problem[] = [...story.problems];
  let data: StoryData | undefined;
  try {
    data = loadData(root);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    problems.push({ loc: { file: e.file, line: e.line ?? 0 }, problem: e.problem, fix: e.fix });
  }

  if (data) {
    // Every source is a document a reader can open: its own URL, its headline as published.
    problems.push(...checkSources(data.sources));
    // Data integrity: every figure and event cites known sources, every event known figures and actors.
    for (const [id, fig] of Object.entries(data.figures)) {
      for (const s of fig.source) {
        if (!data.sources[s]) problems.push({ loc: { file: 'content/data/figures.json', line: 0 }, id, problem: `figure "${id}" cites unknown source "${s}"`, fix: 'add the source to content/data/sources.json or correct the id' });
      }
    }
    const eventIds = new Set<string>();
    for (const ev of data.events) {
      const loc = { file: 'content/data/events.json', line: 0 };
      if (eventIds.has(ev.id)) problems.push({ loc, id: ev.id, problem: `duplicate event id "${ev.id}"`, fix: 'give each event its own id' });
      eventIds.add(ev.id);
      for (const s of ev.source) if (!data.sources[s]) problems.push({ loc, id: ev.id, problem: `event "${ev.id}" cites unknown source "${s}"`, fix: 'add the source to content/data/sources.json or correct the id' });
      for (const f of ev.figures) if (!data.figures[f]) problems.push({ loc, id: ev.id, problem: `event "${ev.id}" names unknown figure "${f}"`, fix: 'add the figure to content/data/figures.json or correct the id' });
      for (const a of ev.actors) if (!data.actors[a]) problems.push({ loc, id: ev.id, problem: `event "${ev.id}" names unknown actor "${a}"`, fix: 'add the actor to content/data/actors.json or correct the id' });
    }
  }

  for (const lang of LANGS) {
    const chapters = story.chapters[lang];
    const seen = new Map<string, Loc>();
    const chapterIds = new Map<string, string>();
    for (const ch of chapters) {
      const front = chapterFrontSchema.safeParse(ch.front);
      if (!front.success) {
        const issue = front.error.issues[0]!;
        problems.push({ loc: { file: ch.file, line: 1 }, problem: `front matter "${issue.path.join('.')}": ${issue.message}`, fix: 'front matter needs id (a-z, 0-9, -), order (a whole number), title and summary' });
      }
      if (chapterIds.has(ch.id)) problems.push({ loc: { file: ch.file, line: 1 }, id: ch.id, problem: `chapter id "${ch.id}" is also used by ${chapterIds.get(ch.id)}`, fix: 'give each chapter its own id' });
      chapterIds.set(ch.id, ch.file);

      for (const item of idsOf(ch)) {
        const prev = seen.get(item.id);
        if (prev) problems.push({ loc: item.loc, id: item.id, problem: `duplicate ${item.kind} id "${item.id}" (first used at ${at(prev)})`, fix: 'ids must be unique across the story in each language' });
        else seen.set(item.id, item.loc);
        if (item.kind !== 'step' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(item.id)) {
          problems.push({ loc: item.loc, id: item.id, problem: `${item.kind} id "${item.id}" is not a language-neutral id`, fix: 'use lower-case ASCII words joined by hyphens, e.g. "rise-soil-1"' });
        }
      }

      for (const block of ch.blocks) {
        for (const sc of block.kind === 'section' ? block.blocks.filter((b) => b.kind === 'scrolly') : [block]) {
          if (sc.kind !== 'scrolly') continue;
          if (!isChartId(sc.chart)) {
            problems.push({ loc: sc.loc, id: sc.chart, problem: `unknown chart "${sc.chart}"`, fix: `use one of: ${Object.keys(CHARTS).join(', ')}` });
            continue;
          }
          const valid = statesOf(sc.chart);
          for (const step of sc.steps) {
            if (!valid.includes(step.state)) {
              problems.push({ loc: step.loc, id: step.state, problem: `the "${sc.chart}" chart has no state "${step.state}"`, fix: `use one of: ${valid.join(', ')}` });
            }
          }
        }
      }

      if (data) {
        for (const { para } of paragraphsOf(ch)) {
          for (const f of para.figures) {
            if (!data.figures[f.id]) problems.push({ loc: f.loc, id: f.id, problem: `unknown figure "${f.id}" in paragraph "${para.id}"`, fix: 'add it to content/data/figures.json with a value, unit, label, period and source, or correct the id' });
          }
          for (const n of para.notes) {
            if (!data.sources[n.id]) problems.push({ loc: n.loc, id: n.id, problem: `unknown source "${n.id}" in paragraph "${para.id}"`, fix: 'add it to content/data/sources.json or correct the id' });
          }
        }
      }
    }
  }

  problems.push(...checkParity(story.chapters.zh, story.chapters.en));
  return { story, data, problems };
}

/**
 * Both languages must hold the same chapters, sections, steps and paragraphs, in the same order.
 * A missing or extra id is reported in the file that has it, naming the file that lacks it.
 */
export function checkParity(zh: Chapter[], en: Chapter[]): Problem[] {
  const problems: Problem[] = [];
  const byLang: Record<Lang, Chapter[]> = { zh, en };
  for (const lang of LANGS) {
    for (const ch of byLang[lang]) {
      const twin = byLang[otherLang(lang)].find((c) => c.id === ch.id);
      if (!twin) {
        problems.push({ loc: { file: ch.file, line: 1 }, id: ch.id, problem: `chapter "${ch.id}" has no ${otherLang(lang)} version`, fix: `write content/chapters/${otherLang(lang)}/${ch.slug}.mdx with id: ${ch.id}` });
        continue;
      }
      if (lang === LANGS[0] && twin.order !== ch.order) {
        problems.push({ loc: { file: ch.file, line: 1 }, id: ch.id, problem: `chapter "${ch.id}" has order ${ch.order} here but ${twin.order} in ${twin.file}`, fix: 'give both languages the same order' });
      }
      const mine = idsOf(ch);
      const theirs = new Set(idsOf(twin).map((i) => i.id));
      for (const item of mine) {
        if (!theirs.has(item.id)) {
          problems.push({ loc: item.loc, id: item.id, problem: `${item.kind} "${item.id}" is missing from ${twin.file}`, fix: `add the ${item.kind} with the same id to ${twin.file}, or remove it here` });
        }
      }
      if (lang === LANGS[0]) {
        // Same ids, same order: the side-by-side page and the language switch depend on it.
        const a = mine.map((i) => i.id).filter((id) => theirs.has(id));
        const mineSet = new Set(mine.map((i) => i.id));
        const b = idsOf(twin).map((i) => i.id).filter((id) => mineSet.has(id));
        const k = a.findIndex((id, i) => id !== b[i]);
        if (k >= 0) {
          const item = mine.find((i) => i.id === a[k])!;
          problems.push({ loc: item.loc, id: item.id, problem: `"${a[k]}" comes where ${twin.file} has "${b[k]}"`, fix: 'keep sections, steps and paragraphs in the same order in both languages' });
        }
      }
    }
  }
  return problems;
}
