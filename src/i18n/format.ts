// Numbers and dates in each language's own habits, through Intl. Chinese counts money in 亿 and 万
// (1,096亿元); English in millions and billions (RMB 109.6bn). Unit words come from the locale files.
// This module has no i18next dependency so that chart code can use it in the browser: it takes the
// unit patterns as a plain dictionary (see `unitStrings`).
import type { Figure, Unit } from '../data/schema';
import { fill } from './fill.ts';
import { LOCALES, type Lang } from './langs.ts';

/** Unit patterns such as "{{n}}亿元", keyed "unit.cny.yi" etc.; see `unit` in the locale files. */
export type UnitStrings = Record<string, string>;

export interface NumberOptions {
  /** Maximum fraction digits after scaling. */
  digits?: number;
  approx?: boolean;
  atLeast?: boolean;
}

const number = (lang: Lang, n: number, digits = 2) =>
  new Intl.NumberFormat(LOCALES[lang].intl, { maximumFractionDigits: digits, useGrouping: true }).format(n);

const fillN = (pattern: string | undefined, key: string, n: string) => {
  if (pattern === undefined) throw new Error(`[format] Missing unit string "${key}"`);
  return fill(pattern, { n });
};

/** The scale step of a value: Chinese 亿/万, English bn/m; `null` for plain. */
function scaleOf(lang: Lang, value: number): { key: string; divisor: number } | null {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return { key: 'yi', divisor: 1e8 };
    if (abs >= 1e4) return { key: 'wan', divisor: 1e4 };
    return null;
  }
  if (abs >= 1e9) return { key: 'bn', divisor: 1e9 };
  if (abs >= 1e6) return { key: 'm', divisor: 1e6 };
  return null;
}

/** Formats a value of a unit: `formatValue(109.6e9, 'cny', 'zh', s)` → "1,096亿元". */
export function formatValue(value: number, unit: Unit, lang: Lang, strings: UnitStrings, opts: NumberOptions = {}): string {
  let body: string;
  switch (unit) {
    case 'cny':
    case 'hkd':
    case 'usd': {
      const scale = scaleOf(lang, value);
      const key = `unit.${unit}.${scale?.key ?? 'plain'}`;
      body = fillN(strings[key], key, number(lang, value / (scale?.divisor ?? 1), opts.digits ?? 2));
      break;
    }
    case 'count': {
      // Small counts (orders, complaints) read best in full; large ones scaled. Chinese scales from
      // 10万 up (23万条, not 230,000条); English from a million (230,000, 19m).
      const scale = Math.abs(value) >= (lang === 'zh' ? 1e5 : 1e6) ? scaleOf(lang, value) : null;
      const key = `unit.count.${scale?.key ?? 'plain'}`;
      body = fillN(strings[key], key, number(lang, value / (scale?.divisor ?? 1), opts.digits ?? 2));
      break;
    }
    default: {
      const key = `unit.${unit}.${value === 1 ? 'one' : 'other'}`;
      const pattern = strings[key] ?? strings[`unit.${unit}.other`];
      body = fillN(pattern, key, number(lang, value, opts.digits ?? 1));
    }
  }
  if (opts.approx) return fillN(strings['unit.approx'], 'unit.approx', body);
  if (opts.atLeast) return fillN(strings['unit.atLeast'], 'unit.atLeast', body);
  return body;
}

/** Formats a figure from content/data/figures.json with its own precision and qualifiers. */
export function formatFigure(fig: Figure, lang: Lang, strings: UnitStrings): string {
  return formatValue(fig.value, fig.unit, lang, strings, { digits: fig.digits, approx: fig.approx, atLeast: fig.atLeast });
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the language's style. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) opts.month = 'long';
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang].intl, opts).format(date);
}

/** Formats a reporting period: "2020-H1" → "2020年上半年" / "H1 2020". */
export function formatPeriod(period: string, lang: Lang, strings: UnitStrings): string {
  const m = /^(\d{4})-(H[12]|9M|Q[1-4])$/.exec(period);
  if (!m) return formatDate(period, lang);
  const key = `period.${m[2]}`;
  return fillN(strings[key], key, m[1]!);
}
