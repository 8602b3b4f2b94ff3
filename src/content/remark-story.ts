// Gives the story components what they cannot know from inside an MDX file: the chapter's language
// (taken from its folder, content/chapters/<lang>/) and, for each <Step>, its <Scrolly>'s chart. So
// editors write <Fig id="…" /> and <Step state="…">, and the same file renders correctly on the
// single-language page and on the side-by-side page. In English chapters it also marks the Chinese
// words the text quotes (快手, 下沉市场) with their language (src/i18n/han.ts), so editors need not.
import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { splitByLang } from '../i18n/han.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { isComponentName } from './components.ts';

const set = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string, value: string) => {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value } satisfies MdxJsxAttribute);
};

const get = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

/** A chapter file's path, content/chapters/{lang}/…, and its language. */
const CHAPTER_PATH = new RegExp(`content/chapters/(${LANGS.join('|')})/`);

export default function remarkStory() {
  return (tree: Root, file: VFile) => {
    const m = CHAPTER_PATH.exec(file.path ?? '');
    if (!m) return;
    const lang = m[1]! as Lang;
    visit(tree, 'text', (node, index, parent) => {
      const runs = splitByLang(node.value, lang);
      if (!parent || index === undefined || runs.every((r) => !r.lang)) return;
      const nodes: PhrasingContent[] = runs.map((r) =>
        r.lang
          ? ({ type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: r.lang }], children: [{ type: 'text', value: r.text }] } satisfies MdxJsxTextElement)
          : { type: 'text', value: r.text },
      );
      (parent.children as PhrasingContent[]).splice(index, 1, ...nodes);
      return [SKIP, index + nodes.length];
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!isComponentName(node.name)) return;
      set(node, 'lang', lang);
      if (node.name === 'Scrolly') {
        const chart = get(node, 'chart') ?? '';
        const steps = node.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Step');
        const states = steps.map((s) => get(s, 'state') ?? '');
        set(node, 'states', states.join(' '));
        for (const s of steps) set(s, 'chart', chart);
      }
    });
  };
}
