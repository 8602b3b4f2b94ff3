// Renders a paragraph's inline content (from the content model) to HTML, for the side-by-side page,
// which pairs paragraphs by id and so lays them out itself instead of rendering whole MDX files.
// It supports exactly what the content check allows inside <P>: text, emphasis, strong, delete,
// inline code, links, line breaks, <Fig> and <Note>.
import type { RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { esc } from '../charts/svg.ts';
import type { Lang } from '../i18n/index.ts';
import { noteLabel } from './cite.ts';
import { figureText, getData, getFigure, noteOrder } from './story.ts';

const attr = (n: MdxJsxTextElement, name: string) => {
  const a = n.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : '';
};

export interface InlineOptions {
  lang: Lang;
  /** Prefix of the bibliography anchors this page uses (e.g. "zh-"). */
  notePrefix: string;
}

export function renderInline(nodes: RootContent[], opts: InlineOptions): string {
  return nodes.map((n) => node(n, opts)).join('');
}

function node(n: RootContent, opts: InlineOptions): string {
  switch (n.type) {
    case 'text':
      return esc(n.value);
    case 'emphasis':
      return `<em>${renderInline(n.children, opts)}</em>`;
    case 'strong':
      return `<strong>${renderInline(n.children, opts)}</strong>`;
    case 'delete':
      return `<del>${renderInline(n.children, opts)}</del>`;
    case 'inlineCode':
      return `<code>${esc(n.value)}</code>`;
    case 'break':
      return '<br>';
    case 'link':
      return `<a href="${esc(n.url)}">${renderInline(n.children, opts)}</a>`;
    case 'mdxJsxTextElement': {
      if (n.name === 'Fig') {
        const id = attr(n, 'id');
        return `<data class="fig" value="${getFigure(id).value}" data-fig="${esc(id)}">${esc(figureText(id, opts.lang))}</data>`;
      }
      if (n.name === 'Note') {
        const src = attr(n, 'src');
        const source = getData().sources[src]!;
        const num = noteOrder(opts.lang).indexOf(src) + 1;
        const label = noteLabel(source, num, opts.lang);
        return `<sup class="note"><a href="#${opts.notePrefix}source-${esc(src)}" aria-label="${esc(label)}">[${num}]</a></sup>`;
      }
      throw new Error(`Unexpected <${n.name}> in a paragraph`);
    }
    default:
      return 'children' in n ? renderInline(n.children as RootContent[], opts) : '';
  }
}
