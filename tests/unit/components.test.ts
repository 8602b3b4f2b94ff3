// One list of the components editors may use (src/content/components.ts): the remark plugin gives
// exactly those their language (and each Step its chart), and the content model names that list when
// it meets anything else.
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../src/content/components.ts';
import remarkStory from '../../src/content/remark-story.ts';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const attrs = (n: Jsx) => Object.fromEntries(n.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '…', a.value]));

function tagged(mdx: string, path: string): Record<string, Record<string, unknown>> {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  remarkStory()(tree, { path } as Parameters<ReturnType<typeof remarkStory>>[1]);
  const out: Record<string, Record<string, unknown>> = {};
  visit(tree, (n) => {
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') out[n.name!] = attrs(n);
  });
  return out;
}

const CHAPTER = `<Section id="s" title="T">

<P id="p">Text <Fig id="f" /><Note src="n" /> <Other /></P>

<Scrolly chart="c">

<Step state="a">

<P id="q">Step text</P>

</Step>

</Scrolly>

</Section>
`;

describe('the editors’ components', () => {
  it('are the six the story renders', () => {
    expect([...COMPONENTS].sort()).toEqual(['Fig', 'Note', 'P', 'Scrolly', 'Section', 'Step']);
  });

  it('each get the language of the chapter’s folder; anything else is left alone', () => {
    const els = tagged(CHAPTER, '/x/content/chapters/en/01-a.mdx');
    for (const name of COMPONENTS) expect(els[name]?.lang, name).toBe('en');
    expect(els.Other).toEqual({});
  });

  it('a Step learns its Scrolly’s chart, and the Scrolly its states, in order', () => {
    const els = tagged(CHAPTER, '/x/content/chapters/zh/01-a.mdx');
    expect(els.Step).toMatchObject({ chart: 'c', state: 'a', lang: 'zh' });
    expect(els.Scrolly).toMatchObject({ states: 'a' });
  });

  it('files outside content/chapters/<lang>/ are not touched', () => {
    const els = tagged(CHAPTER, '/x/README.mdx');
    for (const name of COMPONENTS) expect(els[name]?.lang, name).toBeUndefined();
    expect(els.Step?.chart).toBeUndefined();
  });
});

describe('Chinese words in English chapters', () => {
  const spans = (mdx: string, path: string) => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
    remarkStory()(tree, { path } as Parameters<ReturnType<typeof remarkStory>>[1]);
    const out: { lang: unknown; text: string }[] = [];
    visit(tree, 'mdxJsxTextElement', (n) => {
      if (n.name === 'span') out.push({ lang: attrs(n).lang, text: n.children.map((c) => ('value' in c ? c.value : '')).join('') });
    });
    return { out, text: JSON.stringify(tree) };
  };
  const P = '<P id="p">Kuaishou (快手) and Lianxian Insight (连线Insight) asked “快手正在成为下一个拼多多？”, in 2020.</P>';

  it('are marked with their language, run by run, and the text around them is unchanged', () => {
    const { out, text } = spans(P, '/x/content/chapters/en/01-a.mdx');
    expect(out).toEqual([
      { lang: 'zh-Hans', text: '快手' },
      { lang: 'zh-Hans', text: '连线' },
      { lang: 'zh-Hans', text: '快手正在成为下一个拼多多？' },
    ]);
    expect(text).toContain('"value":"Insight) asked “"');
  });

  it('Chinese chapters are left as they are', () => {
    expect(spans('<P id="p">快手（Kuaishou）在2020年递表。</P>', '/x/content/chapters/zh/01-a.mdx').out).toEqual([]);
  });
});
