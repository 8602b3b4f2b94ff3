import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, formatValue } from '../../src/i18n/format.ts';
import { pick } from '../../src/i18n/index.ts';

const zh = pick('zh', ['unit', 'period']);
const en = pick('en', ['unit', 'period']);

describe('money', () => {
  it('writes Chinese money in 亿元 and 万元', () => {
    expect(formatValue(109.6e9, 'cny', 'zh', zh)).toBe('1,096亿元');
    expect(formatValue(1006.6e9, 'cny', 'zh', zh)).toBe('10,066亿元');
    expect(formatValue(15_496_000, 'cny', 'zh', zh)).toBe('1,549.6万元');
    expect(formatValue(96_600_000, 'cny', 'zh', zh)).toBe('9,660万元');
    expect(formatValue(900_000, 'cny', 'zh', zh)).toBe('90万元');
  });
  it('writes English money as RMB with bn and m', () => {
    expect(formatValue(109.6e9, 'cny', 'en', en)).toBe('RMB 109.6bn');
    expect(formatValue(1184.4e9, 'cny', 'en', en)).toBe('RMB 1,184.4bn');
    expect(formatValue(96_600_000, 'cny', 'en', en)).toBe('RMB 96.6m');
    expect(formatValue(5.4e9, 'usd', 'en', en, { approx: true })).toBe('about US$5.4bn');
    expect(formatValue(115, 'hkd', 'en', en)).toBe('HK$115');
    expect(formatValue(115, 'hkd', 'zh', zh)).toBe('115港元');
  });
  it('marks approximate and lower-bound figures', () => {
    expect(formatValue(25, 'percent', 'zh', zh, { approx: true })).toBe('约25%');
    expect(formatValue(1e8, 'cny', 'zh', zh, { atLeast: true })).toBe('超过1亿元');
    expect(formatValue(1e8, 'cny', 'en', en, { atLeast: true })).toBe('over RMB 100m');
  });
});

describe('counts and units', () => {
  it('scales large counts and leaves small ones whole', () => {
    expect(formatValue(302e6, 'count', 'zh', zh)).toBe('3.02亿');
    expect(formatValue(302e6, 'count', 'en', en)).toBe('302m');
    expect(formatValue(20e6, 'count', 'zh', zh)).toBe('2,000万');
    expect(formatValue(57_820, 'count', 'zh', zh)).toBe('57,820');
    expect(formatValue(57_820, 'count', 'en', en)).toBe('57,820');
    expect(formatValue(230_000, 'count', 'zh', zh, { digits: 0 })).toBe('23万');
    expect(formatValue(230_000, 'count', 'en', en, { digits: 0 })).toBe('230,000');
  });
  it('pluralizes English units and keeps Chinese ones bare', () => {
    expect(formatValue(8, 'hours', 'en', en)).toBe('8 hours');
    expect(formatValue(1, 'hours', 'en', en)).toBe('1 hour');
    expect(formatValue(8, 'hours', 'zh', zh)).toBe('8小时');
    expect(formatValue(60, 'days', 'zh', zh)).toBe('60天');
    expect(formatValue(3, 'multiple', 'zh', zh)).toBe('3倍');
  });
});

describe('dates and periods', () => {
  it('formats dates in each language', () => {
    expect(formatDate('2020-12-23', 'zh')).toBe('2020年12月23日');
    expect(formatDate('2020-12-23', 'en')).toBe('23 December 2020');
    expect(formatDate('2021-11', 'en')).toBe('November 2021');
    expect(formatDate('2021-11', 'zh')).toBe('2021年11月');
    expect(formatDate('2018', 'zh')).toBe('2018年');
  });
  it('formats reporting periods', () => {
    expect(formatPeriod('2020-H1', 'zh', zh)).toBe('2020年上半年');
    expect(formatPeriod('2020-H1', 'en', en)).toBe('H1 2020');
    expect(formatPeriod('2020-9M', 'zh', zh)).toBe('2020年前三季度');
    expect(formatPeriod('2019', 'en', en)).toBe('2019');
  });
});
