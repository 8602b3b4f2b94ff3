// The story's structure, read straight from the MDX chapter files: chapters, sections, scrolly
// blocks, steps and paragraphs with their language-neutral ids and line numbers, and the figures
// and notes each paragraph cites. The content check, note numbering, the table of contents and the
// side-by-side page all read this one model, so they cannot disagree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LANGS, perLang, type Lang } from '../i18n/langs.ts';
import { COMPONENTS } from './components.ts';


export interface Loc {
  /** Path relative to the project root, e.g. content/chapters/zh/02-rise.mdx */
  file: string;
  line: number;
}

export interface Ref {
  id: string;
  loc: Loc;
}

export interface Paragraph {
  kind: 'p';
  id: string;
  loc: Loc;
  /** Plain text of the paragraph (figures and notes left out), for counts and checks. */
  text: string;
  figures: Ref[];
  notes: Ref[];
}

export interface Step {
  kind: 'step';
  state: string;
  loc: Loc;
  paragraphs: Paragraph[];
}

export interface Scrolly {
  kind: 'scrolly';
  chart: string;
  loc: Loc;
  steps: Step[];
}

export interface Section {
  kind: 'section';
  id: string;
  title: string;
  loc: Loc;
  blocks: (Paragraph | Scrolly)[];
}

export interface Chapter {
  lang: Lang;
  file: string;
  /** The file name without extension, which Astro's glob loader uses as the entry id's tail. */
  slug: string;
  front: Record<string, unknown>;
  id: string;
  order: number;
  title: string;
  blocks: (Section | Scrolly)[];
}

/** Something wrong in an editor's file, found while reading it. */
export interface Problem {
  loc: Loc;
  id?: string;
  problem: string;
  fix: string;
}

export interface Story {
  chapters: Record<Lang, Chapter[]>;
  problems: Problem[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (n: RootContent): n is Jsx => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

function attr(node: Jsx, name: string): string | true | undefined {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (a.value === null || a.value === undefined) return true;
    if (typeof a.value === 'string') return a.value;
    return a.value.value; // an expression: its source text
  }
  return undefined;
}

const strAttr = (node: Jsx, name: string) => {
  const v = attr(node, name);
  return typeof v === 'string' ? v : undefined;
};

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses one chapter file. Problems are appended to `problems`; the chapter is returned regardless. */
export function parseChapter(root: string, path: string, lang: Lang, problems: Problem[]): Chapter {
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  const m = FRONT.exec(source);
  let front: Record<string, unknown> = {};
  let body = source;
  if (!m) {
    problems.push({ loc: { file, line: 1 }, problem: 'no front matter', fix: 'start the file with ---, id, order, title and summary, then ---' });
  } else {
    try {
      front = (yaml.load(m[1]!) as Record<string, unknown>) ?? {};
    } catch (e) {
      problems.push({ loc: { file, line: 1 }, problem: `front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`, fix: 'fix the YAML between the --- lines' });
    }
    // Keep line numbers true to the file: blank out the front matter instead of cutting it.
    body = source.slice(0, m[0].length).replace(/[^\n]/g, '') + source.slice(m[0].length);
  }

  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number }; reason?: string; message: string };
    const line = err.line ?? err.place?.line ?? 1;
    problems.push({ loc: { file, line }, problem: `MDX syntax error: ${err.reason ?? err.message}`, fix: 'close every tag (<P id="…">…</P>) and escape { } in prose as \\{ \\}' });
    tree = { type: 'root', children: [] };
  }

  const slug = path.split('/').pop()!.replace(/\.mdx?$/, '');
  const chapter: Chapter = {
    lang,
    file,
    slug,
    front,
    id: typeof front.id === 'string' ? front.id : slug,
    order: typeof front.order === 'number' ? front.order : Number.NaN,
    title: typeof front.title === 'string' ? front.title : '',
    blocks: [],
  };

  const loc = (n: { position?: { start: { line: number } } }): Loc => ({ file, line: n.position?.start.line ?? 1 });
  const report = (n: RootContent, problem: string, fix: string, id?: string) => problems.push({ loc: loc(n), problem, fix, id });

  /** Walks phrasing content of a paragraph: collects text, figures and notes; flags anything else. */
  const readInline = (nodes: RootContent[], para: Paragraph) => {
    for (const n of nodes) {
      if (n.type === 'text' || n.type === 'inlineCode') para.text += n.value;
      else if (isJsx(n)) {
        if (n.name === 'Fig') {
          const id = strAttr(n, 'id');
          if (!id) report(n, '<Fig> without an id', 'write <Fig id="figure-id" /> with an id from content/data/figures.json');
          else para.figures.push({ id, loc: loc(n) });
        } else if (n.name === 'Note') {
          const src = strAttr(n, 'src');
          if (!src) report(n, '<Note> without a src', 'write <Note src="source-id" /> with an id from content/data/sources.json');
          else para.notes.push({ id: src, loc: loc(n) });
        } else {
          report(n, `<${n.name ?? 'fragment'}> cannot stand inside a paragraph`, 'only <Fig /> and <Note /> go inside <P>…</P>');
        }
      } else if ('children' in n) readInline(n.children as RootContent[], para);
      else if (n.type === 'break') para.text += ' ';
      else if (n.type === 'mdxTextExpression') {
        report(n, 'a {…} expression in prose', 'write figures with <Fig id="…" />; escape literal braces as \\{ \\}');
      }
    }
  };

  const readParagraph = (n: Jsx): Paragraph | null => {
    const id = strAttr(n, 'id');
    if (!id) {
      report(n, '<P> without an id', 'give every paragraph a language-neutral id: <P id="section-n">…</P>');
      return null;
    }
    const para: Paragraph = { kind: 'p', id, loc: loc(n), text: '', figures: [], notes: [] };
    readInline(n.children as RootContent[], para);
    if (!para.text.trim()) report(n, `paragraph "${id}" is empty`, 'write the paragraph or remove it from both languages', id);
    return para;
  };

  /** Flow content inside a container (chapter root, Section or Step). */
  const readFlow = (nodes: RootContent[], where: 'root' | 'section' | 'step'): (Section | Scrolly | Paragraph)[] => {
    const out: (Section | Scrolly | Paragraph)[] = [];
    for (const n of nodes) {
      if (n.type === 'mdxFlowExpression' || n.type === 'mdxjsEsm') continue; // comments {/* … */}, imports
      if (n.type === 'paragraph') {
        // A JSX element alone on a line inside a paragraph (e.g. <P …> followed by text on the next line).
        const only = n.children.length === 1 ? n.children[0] : undefined;
        if (only && isJsx(only as RootContent) && (only as Jsx).name === 'P') {
          const p = readParagraph(only as Jsx);
          if (p) out.push(p);
          continue;
        }
        report(n, 'a paragraph without an id', 'wrap it in <P id="…">…</P> on one line, with the same id in the other language');
        continue;
      }
      if (n.type === 'heading') {
        report(n, 'a Markdown heading', 'start a section with <Section id="…" title="…"> instead, so both languages share its id');
        continue;
      }
      if (!isJsx(n)) {
        report(n, `unexpected ${n.type}`, 'chapters hold <Section>, <Scrolly> and <P> blocks only');
        continue;
      }
      switch (n.name) {
        case 'P': {
          if (where === 'root') {
            report(n, 'a paragraph outside any section', 'put it inside a <Section id="…" title="…"> … </Section>');
          }
          const p = readParagraph(n);
          if (p) out.push(p);
          break;
        }
        case 'Section': {
          const id = strAttr(n, 'id');
          const title = strAttr(n, 'title');
          if (where !== 'root') report(n, '<Section> inside another block', 'sections sit at the top level of a chapter');
          if (!id || !title) {
            report(n, '<Section> needs an id and a title', 'write <Section id="chapter-topic" title="…">');
            break;
          }
          const blocks = readFlow(n.children as RootContent[], 'section').filter((b): b is Paragraph | Scrolly => b.kind !== 'section');
          out.push({ kind: 'section', id, title, loc: loc(n), blocks });
          break;
        }
        case 'Scrolly': {
          const chart = strAttr(n, 'chart');
          if (where === 'step') report(n, '<Scrolly> inside a <Step>', 'scrolly blocks cannot nest');
          if (!chart) {
            report(n, '<Scrolly> without a chart', 'write <Scrolly chart="gmv-timeline"> (see content/README.md for the charts)');
            break;
          }
          const steps: Step[] = [];
          for (const c of n.children as RootContent[]) {
            if (c.type === 'mdxFlowExpression') continue;
            if (isJsx(c) && c.name === 'Step') {
              const state = strAttr(c, 'state');
              if (!state) {
                report(c, '<Step> without a state', `write <Step state="…"> with a state of the "${chart}" chart`);
                continue;
              }
              const paragraphs = readFlow(c.children as RootContent[], 'step').filter((b): b is Paragraph => b.kind === 'p');
              if (paragraphs.length === 0) report(c, `step "${state}" has no paragraph`, 'write the step text as <P id="…">…</P>', state);
              steps.push({ kind: 'step', state, loc: loc(c), paragraphs });
            } else {
              report(c, 'only <Step> blocks go inside <Scrolly>', 'wrap the text in <Step state="…"> … </Step>');
            }
          }
          out.push({ kind: 'scrolly', chart, loc: loc(n), steps });
          break;
        }
        case 'Step':
          report(n, '<Step> outside a <Scrolly>', 'put steps inside <Scrolly chart="…"> … </Scrolly>');
          break;
        default:
          report(n, `unknown component <${n.name ?? 'fragment'}>`, `use one of ${COMPONENTS.map((c) => `<${c}>`).join(', ')}`);
      }
    }
    return out;
  };

  chapter.blocks = readFlow(tree.children, 'root').filter((b): b is Section | Scrolly => b.kind !== 'p');
  return chapter;
}

/** Reads every chapter of both languages under `root`/content/chapters. */
export function readStory(root: string): Story {
  const problems: Problem[] = [];
  const chapters = perLang((): Chapter[] => []);
  for (const lang of LANGS) {
    const dir = join(root, 'content/chapters', lang);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
    } catch {
      problems.push({ loc: { file: relative(root, dir), line: 0 }, problem: 'folder is missing', fix: `create ${relative(root, dir)} with one .mdx file per chapter` });
    }
    chapters[lang] = files.map((f) => parseChapter(root, join(dir, f), lang, problems)).sort((a, b) => a.order - b.order);
  }
  return { chapters, problems };
}

/** Every paragraph of a chapter in reading order, with the step it belongs to, if any. */
export function* paragraphsOf(chapter: Chapter): Generator<{ para: Paragraph; section?: Section; scrolly?: Scrolly; step?: Step }> {
  for (const block of chapter.blocks) {
    if (block.kind === 'section') {
      for (const b of block.blocks) {
        if (b.kind === 'p') yield { para: b, section: block };
        else for (const step of b.steps) for (const para of step.paragraphs) yield { para, section: block, scrolly: b, step };
      }
    } else for (const step of block.steps) for (const para of step.paragraphs) yield { para, scrolly: block, step };
  }
}

/** Source ids in order of first citation across the whole story in one language: note numbers. */
export function citationOrder(chapters: Chapter[]): string[] {
  const seen: string[] = [];
  for (const ch of chapters) for (const { para } of paragraphsOf(ch)) for (const n of para.notes) if (!seen.includes(n.id)) seen.push(n.id);
  return seen;
}

/** The top-level sections of a chapter, in order. */
export const sectionsOf = (chapter: Chapter): Section[] => chapter.blocks.filter((b): b is Section => b.kind === 'section');
