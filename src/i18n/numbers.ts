// Plain numbers (a chart's axis ticks) in each language's habits, drawn in the browser without
// Intl: a page's first Intl.NumberFormat loads the browser's locale data, 36–43 ms in one task
// (measured in Chromium), and that task was the first chart's draw, as the reader scrolled to it.
// d3-format's own definitions of the two locales write the digits and grouping Intl writes for
// LOCALES[lang].intl (1,200 in both languages); tests/unit/numbers.test.ts holds them to it.
import { formatLocale, type FormatLocaleDefinition } from 'd3-format';
import enGB from 'd3-format/locale/en-GB';
import zhCN from 'd3-format/locale/zh-CN';
import type { Lang } from './langs.ts';

// A JSON import types the currency pair as string[]; the files hold the pair formatLocale expects.
const DEFINITIONS = { zh: zhCN, en: enGB } as Readonly<Record<Lang, FormatLocaleDefinition>>;

// "," groups thousands; no type trims insignificant zeros, so 2.5 and 1,200 read as written.
const PLAIN = { zh: formatLocale(DEFINITIONS.zh).format(','), en: formatLocale(DEFINITIONS.en).format(',') };

/** A plain number with grouped thousands, as Intl.NumberFormat writes it in `lang`. */
export const plainNumber = (lang: Lang, n: number): string => PLAIN[lang](n);
