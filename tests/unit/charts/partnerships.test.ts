// The partnerships chart's content: the events drawn up to each state and no later, markers in date
// order, the state's date and figures as the data files give them, uncertain dates drawn as such, the
// lanes named from actors.json, a table row per event. (Keys, numbers, layout, snapshots, states,
// strings, descriptions and sources of every chart: tests/unit/charts/charts.test.ts.)
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/charts/build.ts';
import { partnerships } from '../../../src/charts/partnerships/index.ts';
import { EVENT_IDS, STATE_EVENTS, whenOf } from '../../../src/charts/partnerships/data.ts';
import { STATES } from '../../../src/charts/partnerships/states.ts';
import type { Scene } from '../../../src/charts/types.ts';
import { getData } from '../../../src/content/story.ts';
import { formatDate, formatFigure } from '../../../src/i18n/format.ts';
import { LANGS, type Lang } from '../../../src/i18n/index.ts';
import { byKey, sceneAt } from './scene.ts';

const data = getData();
const WIDTHS = [360, 640] as const;
const strings = (lang: Lang) => prepare('partnerships', lang).strings;
const scene = (lang: Lang, state: string, width: number): Scene => sceneAt('partnerships', lang, state, width);

describe('partnerships: states', () => {
  it('names the event each state stands at, for every state', () => {
    expect(Object.keys(STATE_EVENTS)).toEqual([...STATES]);
  });
});

describe('partnerships: what is drawn is what the data files say', () => {
  const events = EVENT_IDS.map((id) => data.events.find((e) => e.id === id)!);

  it('draws exactly the events dated up to each state, and none later', () => {
    for (const state of STATES) {
      const now = whenOf(data.events.find((e) => e.id === STATE_EVENTS[state].now)!).t;
      const s = scene('en', state, 360);
      for (const ev of events) {
        const drawn = s.marks.some((m) => m.key.startsWith(`ev-${ev.id}-`));
        expect(drawn, `${ev.id} in ${state}`).toBe(whenOf(ev).t <= now);
      }
    }
  });

  it('puts markers in date order and the "now" line on the state event', () => {
    const s = scene('zh', 'restored', 640);
    const xs = events.map((ev) => Number(s.marks.find((m) => m.key.startsWith(`ev-${ev.id}-`))?.attrs.cx ?? NaN));
    const circles = events.map((ev, i) => ({ t: whenOf(ev).t, x: xs[i]! })).filter((p) => !Number.isNaN(p.x));
    expect(circles.length, 'events drawn as dots').toBeGreaterThan(events.length / 2);
    for (let i = 1; i < circles.length; i++) if (circles[i]!.t > circles[i - 1]!.t) expect(circles[i]!.x).toBeGreaterThan(circles[i - 1]!.x);
    for (const state of STATES) {
      const sc = scene('zh', state, 640);
      const nowEv = STATE_EVENTS[state].now;
      // Every event has a circle at its date: its dot, or the ring around a cross (a cut).
      const marker = sc.marks.find((m) => (m.key.startsWith(`ev-${nowEv}-`) || m.key.startsWith(`ring-${nowEv}-`)) && m.tag === 'circle');
      expect(marker, `${state}: a marker for ${nowEv}`).toBeDefined();
      expect(Number(byKey(sc, 'now-line')!.attrs.x1)).toBeCloseTo(Number(marker!.attrs.cx), 5);
    }
  });

  it('labels the state date from events.json', () => {
    for (const lang of LANGS) {
      for (const state of STATES) {
        const ev = data.events.find((e) => e.id === STATE_EVENTS[state].now)!;
        expect(byKey(scene(lang, state, 360), 'now-label')!.text).toContain(formatDate(ev.date, lang));
      }
    }
  });

  it('prints figures exactly as formatFigure does', () => {
    const cases: [string, string, string][] = [
      ['links-out', 'label-partners-crackdown-2019-08-07-ali', 'ks-shops-closed-2019-08'],
      ['closed-loop', 'label-store-share-2021-12-ks', 'ks-store-share-2021-12'],
      ['cut-2022', 'label-store-share-2021-12-ks', 'ks-store-share-2021-12'],
      ['restored', 'label-store-share-2021-12-ks', 'ks-store-share-2021-12'],
    ];
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        for (const [state, key, fig] of cases) {
          const m = byKey(scene(lang, state, width), key);
          expect(m, `${key} in ${state}`).toBeDefined();
          expect(m!.text).toContain(formatFigure(data.figures[fig]!, lang, strings(lang)));
        }
      }
    }
  });

  it('draws uncertain dates as hollow markers with a band', () => {
    const s = scene('en', 'restored', 360);
    for (const ev of events) {
      const uncertain = !/^\d{4}-\d{2}-\d{2}$/.test(ev.date) && (ev.date.length === 4 || !!ev.dateNote);
      const marker = s.marks.find((m) => m.key.startsWith(`ev-${ev.id}-`))!;
      expect(marker.className?.includes('pt-hollow'), ev.id).toBe(uncertain);
      expect(s.marks.some((m) => m.key.startsWith(`band-${ev.id}-`)), ev.id).toBe(uncertain);
    }
  });

  it('names the lanes from actors.json', () => {
    for (const lang of LANGS) {
      const s = scene(lang, 'tie-up', 360);
      expect(byKey(s, 'lane-name-jd')!.text).toContain(data.actors.jd![lang]);
      expect(byKey(s, 'lane-name-pdd')!.text).toContain(data.actors.pdd![lang]);
      expect(byKey(s, 'lane-name-ks')!.text).toContain(data.actors['kuaishou-store']![lang]);
    }
  });

  it('has one table row per event, with its date, label, figures and sources', () => {
    for (const lang of LANGS) {
      const t = partnerships.table(data, lang, strings(lang));
      expect(t.head).toHaveLength(4);
      expect(t.rows).toHaveLength(events.length);
      t.rows.forEach((r, i) => {
        const ev = events[i]!;
        expect(r.cells[0]).toContain(formatDate(ev.date, lang));
        expect(r.cells[1]).toBe(ev.label[lang]);
        for (const f of ev.figures) expect(r.cells[2]).toContain(formatFigure(data.figures[f]!, lang, strings(lang)));
        for (const src of ev.source) expect(r.source).toContain(src);
        if (whenOf(ev).uncertain) expect(r.cells[3]).toContain(strings(lang)['charts.partnerships.table.uncertain']);
      });
    }
  });
});
