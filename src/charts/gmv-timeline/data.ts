// The GMV timeline's data, picked from content/data/figures.json by figure id. No value is typed
// here: every bar, line and label reads its number from the data file.
import type { StoryData } from '../../data/load.ts';

export interface Point {
  /** Mark key, e.g. "ks-2019", "ks-2020h1". */
  key: string;
  figure: string;
  year: number;
  value: number;
  /** Partial-year figures sit inside their year's slot. */
  partial?: 'H1' | '9M';
}

export interface RaceRow {
  key: 'taobao' | 'pdd' | 'ks';
  figure: string;
  years: number;
  /** The GMV figure that marked the milestone. */
  milestone: string;
  halfYear: boolean;
}

export interface GrowthLabel {
  key: string;
  figure: string;
  year: number;
  value: number;
}

/** A published quarter (2024 onwards), for the hindsight's latest record. */
export interface QuarterPoint {
  key: string;
  figure: string;
  growthFigure: string;
  /** "2024-Q1" etc., as in the figure's period. */
  period: string;
  value: number;
  growth: number;
}

export interface GmvData {
  ks: Point[];
  /** Quarterly GMV since 2024, with year-on-year growth (Kuaishou reports no 2025 full year here). */
  ksQuarters: QuarterPoint[];
  ksPartial: Point[];
  pdd: Point[];
  target: Point;
  pddGrowth: GrowthLabel[];
  /** PDD's trailing-twelve-month growth to mid-2018, shown as a note (not a calendar year). */
  pddGrowthTtm: GrowthLabel;
  ksGrowth: GrowthLabel[];
  race: RaceRow[];
  /** Pre-formatted values, keyed by figure id, so the browser needs no formatter tables. */
  text: Record<string, string>;
}

export const KS_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
/** Published quarters after 2023, oldest first. */
export const KS_QUARTERS = ['q1-2024', 'q2-2024', 'q3-2024', 'q4-2024', 'q1-2025', 'q2-2025', 'q3-2025'] as const;
export const PDD_YEARS = [2017, 2018, 2019, 2020, 2021] as const;

export const FIGURES = {
  ks: KS_YEARS.map((y) => `ks-gmv-${y}`),
  ksPartial: ['ks-gmv-2020h1', 'ks-gmv-2020-9m'],
  pdd: PDD_YEARS.map((y) => `pdd-gmv-${y}`),
  target: 'ks-gmv-target-2020',
  pddGrowth: [2018, 2019, 2020, 2021].map((y) => `pdd-growth-${y}`),
  pddGrowthTtm: 'pdd-growth-ttm-2018q2',
  ksGrowth: [2020, 2021, 2022, 2023, 2024].map((y) => `ks-gmv-growth-${y}`),
  ksQuarters: KS_QUARTERS.map((q) => `ks-gmv-${q}`),
  ksQuarterGrowth: KS_QUARTERS.map((q) => `ks-gmv-growth-${q}`),
  race: ['taobao-years-to-100bn', 'pdd-years-to-100bn', 'ks-years-to-100bn'],
  milestones: ['taobao-gmv-2008', 'pdd-gmv-2017', 'ks-gmv-2020h1'],
} as const;

export const allFigureIds = (): string[] => Object.values(FIGURES).flat();

export function buildGmvData(data: StoryData, format: (id: string) => string): GmvData {
  const fig = (id: string) => {
    const f = data.figures[id];
    if (!f) throw new Error(`gmv-timeline: figure "${id}" is missing from content/data/figures.json`);
    return f;
  };
  const yearOf = (id: string) => Number(fig(id).period.slice(0, 4));
  const point = (id: string, key: string, partial?: 'H1' | '9M'): Point => ({ key, figure: id, year: yearOf(id), value: fig(id).value, partial });
  const growth = (id: string, key: string): GrowthLabel => ({ key, figure: id, year: yearOf(id), value: fig(id).value });
  const text: Record<string, string> = {};
  for (const id of allFigureIds()) text[id] = format(id);
  return {
    ks: FIGURES.ks.map((id) => point(id, `ks-${yearOf(id)}`)),
    ksQuarters: KS_QUARTERS.map((q, i) => {
      const id = FIGURES.ksQuarters[i]!;
      const gid = FIGURES.ksQuarterGrowth[i]!;
      return { key: `ks-${q}`, figure: id, growthFigure: gid, period: fig(id).period, value: fig(id).value, growth: fig(gid).value };
    }),
    ksPartial: [point('ks-gmv-2020h1', 'ks-2020h1', 'H1'), point('ks-gmv-2020-9m', 'ks-2020-9m', '9M')],
    pdd: FIGURES.pdd.map((id) => point(id, `pdd-${yearOf(id)}`)),
    target: point(FIGURES.target, 'target-2020'),
    pddGrowth: FIGURES.pddGrowth.map((id) => growth(id, `pdd-growth-${yearOf(id)}`)),
    pddGrowthTtm: growth(FIGURES.pddGrowthTtm, 'pdd-growth-ttm'),
    ksGrowth: FIGURES.ksGrowth.map((id) => growth(id, `ks-growth-${yearOf(id)}`)),
    race: (['taobao', 'pdd', 'ks'] as const).map((key, i) => ({
      key,
      figure: FIGURES.race[i]!,
      years: fig(FIGURES.race[i]!).value,
      milestone: FIGURES.milestones[i]!,
      halfYear: key === 'ks',
    })),
    text,
  };
}
