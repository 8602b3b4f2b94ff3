// Path independence, in Chromium: for every chart x language x width x ordered pair of states
// (A, B), the live SVG after going A -> B equals, attribute for attribute, the SVG the build's
// serializer writes for B at the same size:
// - instantly;
// - with motion, interrupted mid-transition by a third state C and sent back to B, once d3's
//   transition.end() has cleared the chart's data-transitioning flag (a condition, never a sleep).
// And at the START of every animated A -> B (before any frame has run), what must not wait for the
// tween already holds: B's text, classes and non-numeric attributes are in place, attributes B's
// marks do not have are gone, colours still show A's (they move with the shapes rather than jump),
// and entering marks stand where their `enter` says (a bar at the baseline, a gridline where its value
// sat on A's axis). Under reduced motion nothing tweens and no d3 transition is left on any node.
//
// The chart code loads once per chart x language x width, on its embed page, when the reader shows
// intent (a pointer over the chart: the page loads no chart code before); a test-only hook
// (window.__chartTest, see src/charts/runtime.ts) hands the test the live chart and the serializer,
// and every comparison happens in the page.
import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS, statesOf } from './charts.ts';

const LANGS = ['zh', 'en'] as const;
const WIDTHS = [360, 768, 1280];
/** Transition length in these tests: long enough to be interrupted mid-way, short enough for 900 pairs. */
const MS = 80;

// Tagged @desktop: the phone project leaves these out (tests/playwright.config.ts); sizes are set here.

async function open(page: Page, lang: string, chart: string, width: number, state: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(() => {
    const w = window as unknown as { __chartTest: (f: HTMLElement, api: unknown) => void; __chart?: unknown };
    w.__chartTest = (_f, api) => {
      w.__chart = api;
    };
  });
  await page.goto(`/${lang}/embed/${chart}/?state=${state}`);
  await page.locator('figure[data-chart] .chart__frame').hover();
  await page.waitForFunction(() => (window as unknown as { __chart?: unknown }).__chart !== undefined);
}

/** Runs in the page: every check for the pairs given; returns the failures, as text. */
function runPairs(args: { pairs: [string, string, string][]; ms: number }): Promise<string[]> {
  type Scene = { width: number; height: number; marks: Mark[]; scales?: Record<string, (v: number) => number> };
  type Motion = Record<string, string | number | { scale: string; value: number; offset?: number }>;
  type Mark = { key: string; tag: string; attrs: Record<string, string | number>; text?: string; className?: string; enter?: Motion };
  const api = (window as unknown as { __chart: { svg: SVGSVGElement; go(s: string, ms: number): void; scene(s: string): Scene; serialize(s: string): string } }).__chart;
  const svg = api.svg;
  const fails: string[] = [];
  const round = (v: string) => (/^-?\d+(\.\d+)?(e-?\d+)?$/.test(v) ? String(Math.round(Number(v) * 10) / 10) : v);
  const marksOf = (root: Element) =>
    [...root.children].map((el) => {
      const attrs = el
        .getAttributeNames()
        .sort()
        .map((n) => `${n}="${round(el.getAttribute(n)!)}"`)
        .join(' ');
      return `<${el.localName} ${attrs}>${el.localName === 'text' ? el.textContent : ''}`;
    });
  const shapeOf = (root: Element) => [`viewBox="${root.getAttribute('viewBox')}" width="${root.getAttribute('width')}" height="${root.getAttribute('height')}"`, ...marksOf(root)];
  const expected = (state: string) => {
    const t = document.createElement('template');
    t.innerHTML = api.serialize(state);
    return shapeOf(t.content.firstElementChild!);
  };
  const compare = (label: string, state: string) => {
    const want = expected(state);
    const got = shapeOf(svg);
    if (want.join('\n') === got.join('\n')) return;
    const i = want.findIndex((w, k) => w !== got[k]);
    fails.push(`${label}: live differs from the build's ${state} at mark ${i}:\n  live:  ${got[i] ?? '(none)'}\n  build: ${want[i] ?? '(none)'}\n  (${got.length - 1} live marks, ${want.length - 1} built)`);
  };
  const child = (m: { key: string; tag: string }) =>
    [...svg.children].find((el) => el.localName === m.tag && el.getAttribute('data-key') === m.key && !el.hasAttribute('data-leaving'));
  const paint = (el: Element) => {
    const cs = getComputedStyle(el);
    // A paint at opacity 0 shows as much as none (how a stroke that appears fades in).
    const fill = cs.fill === 'none' || Number(cs.fillOpacity) === 0 ? 'none' : `${cs.fill} ${cs.fillOpacity}`;
    const stroke = cs.stroke === 'none' || Number(cs.strokeOpacity) === 0 ? 'none' : `${cs.stroke} ${cs.strokeOpacity} ${cs.strokeWidth}`;
    return `fill ${fill}, stroke ${stroke}`;
  };
  const frames = (n: number) => new Promise<void>((r) => {
    const tick = () => (--n <= 0 ? r() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
  const settled = () =>
    new Promise<void>((resolve, reject) => {
      if (!svg.hasAttribute('data-transitioning')) return resolve();
      const guard = setTimeout(() => reject(new Error('data-transitioning never cleared')), 5000);
      const mo = new MutationObserver(() => {
        if (svg.hasAttribute('data-transitioning')) return;
        mo.disconnect();
        clearTimeout(guard);
        resolve();
      });
      mo.observe(svg, { attributes: true, attributeFilter: ['data-transitioning'] });
    });
  const ALLOWED_EXTRA = new Set(['data-key', 'class', 'style', 'opacity', 'data-leaving']);

  /** What must hold as soon as an animated A -> B starts. */
  const atStart = (label: string, a: Scene, b: Scene, before: Map<string, string>) => {
    const inA = new Set(a.marks.map((m) => `${m.tag} ${m.key}`));
    for (const m of b.marks) {
      const el = child(m);
      if (!el) {
        fails.push(`${label}: ${m.key} missing at the start`);
        continue;
      }
      const where = `${label}: at the start, ${m.tag} ${m.key}`;
      if (m.tag === 'text' && el.textContent !== (m.text ?? '')) fails.push(`${where} says "${el.textContent}", not "${m.text}"`);
      if ((el.getAttribute('class') ?? '') !== (m.className ?? '')) fails.push(`${where} has class "${el.getAttribute('class')}", not "${m.className}"`);
      for (const [k, v] of Object.entries(m.attrs)) {
        if (typeof v === 'string' && !/\d/.test(v) && el.getAttribute(k) !== v) fails.push(`${where} has ${k}="${el.getAttribute(k)}", not "${v}"`);
      }
      for (const n of el.getAttributeNames()) if (!(n in m.attrs) && !ALLOWED_EXTRA.has(n)) fails.push(`${where} keeps ${n}="${el.getAttribute(n)}", which it no longer has`);
      const id = `${m.tag} ${m.key}`;
      if (inA.has(id)) {
        const was = before.get(id);
        if (was !== undefined && paint(el) !== was) fails.push(`${where} jumped to colour ${paint(el)} from ${was}, instead of moving`);
      } else if (m.enter) {
        for (const [k, v] of Object.entries(m.enter)) {
          let want: string;
          if (typeof v === 'object') {
            const s = a.scales?.[v.scale] ?? b.scales?.[v.scale];
            want = round(String(s ? s(v.value) + (v.offset ?? 0) : 0));
          } else want = round(String(v));
          const got = el.getAttribute(k);
          if (got === null || round(got) !== want) fails.push(`${where} enters from ${k}="${got}", not "${want}"`);
        }
      }
    }
  };

  return (async () => {
    for (const [a, b, c] of args.pairs) {
      const label = `${a} -> ${b}`;
      api.go(a, 0);
      api.go(b, 0);
      compare(`${label} (instant)`, b);

      api.go(a, 0);
      const sa = api.scene(a);
      const sb = api.scene(b);
      const before = new Map(sa.marks.map((m) => [`${m.tag} ${m.key}`, child(m) ? paint(child(m)!) : '']));
      api.go(b, args.ms);
      if (!svg.hasAttribute('data-transitioning')) fails.push(`${label}: no transition ran`);
      atStart(label, sa, sb, before);
      await frames(2);
      api.go(c, args.ms);
      await frames(1);
      api.go(b, args.ms);
      try {
        await settled();
      } catch (e) {
        fails.push(`${label} via ${c}: ${(e as Error).message}`);
        continue;
      }
      compare(`${label}, interrupted by ${c} and back`, b);
    }
    return fails;
  })();
}

/** The failures grouped by kind (the words after the mark), two examples of each. */
function summary(fails: string[]): string {
  const kinds = new Map<string, string[]>();
  for (const f of fails) {
    const kind = /differs from the build|never cleared|no transition ran| says | has class | keeps | jumped | enters from | has [a-z-]+=/.exec(f)?.[0].trim() ?? 'other';
    kinds.set(kind, [...(kinds.get(kind) ?? []), f]);
  }
  return [...kinds].map(([k, list]) => `${list.length} x ${k}:\n${list.slice(0, 2).join('\n')}`).join('\n\n');
}

for (const chart of CHART_IDS) {
  const states = [...statesOf(chart)];
  const pairs: [string, string, string][] = [];
  states.forEach((a, i) =>
    states.forEach((b, j) => {
      if (i === j) return;
      // The interrupting state: the one after B in story order, never A or B.
      const c = [1, 2, 3].map((d) => states[(j + d) % states.length]!).find((s) => s !== a && s !== b)!;
      pairs.push([a, b, c]);
    }),
  );
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      test(`@desktop ${chart} ${lang} ${width}px: every A -> B ends on the build's B, instantly and interrupted`, async ({ page }) => {
        test.setTimeout(180_000);
        await open(page, lang, chart, width, states[0]!);
        const fails = await page.evaluate(runPairs, { pairs, ms: MS });
        expect(summary(fails), `${fails.length} failures`).toBe('');
      });
    }
  }

  test(`@desktop ${chart}: under reduced motion nothing tweens and no transition is left behind`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'en', chart, 768, states[0]!);
    const result = await page.evaluate((list) => {
      const api = (window as unknown as { __chart: { svg: SVGSVGElement; go(s: string, ms: number): void; serialize(s: string): string } }).__chart;
      const out: string[] = [];
      for (const s of [...list, ...list.reverse()]) {
        api.go(s, 700);
        const nodes = [api.svg, ...api.svg.querySelectorAll('*')];
        if (api.svg.hasAttribute('data-transitioning')) out.push(`${s}: transitioning`);
        if (nodes.some((n) => (n as unknown as { __transition?: object }).__transition)) out.push(`${s}: a d3 transition was created`);
        if (api.svg.querySelector('[style], [opacity], [data-leaving]')) out.push(`${s}: tween state left on a mark`);
        const t = document.createElement('template');
        t.innerHTML = api.serialize(s);
        const round = (v: string) => (/^-?\d+(\.\d+)?(e-?\d+)?$/.test(v) ? String(Math.round(Number(v) * 10) / 10) : v);
        const norm = (root: Element) =>
          [...root.children].map((el) => `${el.localName} ${el.getAttributeNames().sort().map((n) => `${n}=${round(el.getAttribute(n)!)}`).join(' ')} ${el.textContent}`).join('\n');
        if (norm(t.content.firstElementChild!) !== norm(api.svg)) out.push(`${s}: not the build's picture at once`);
      }
      return out;
    }, states);
    expect(result).toEqual([]);
  });
}
