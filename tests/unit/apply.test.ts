import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/charts/apply.ts';

describe('attribute interpolation', () => {
  it('interpolates numbers', () => {
    const i = interpolate('10', '20');
    expect(i(0)).toBe('10');
    expect(i(0.5)).toBe('15');
    expect(i(1)).toBe('20');
  });
  it('interpolates the numbers inside path data with the same shape', () => {
    const i = interpolate('M0,0L10,10', 'M10,20L30,40');
    expect(i(0.5)).toBe('M5,10L20,25');
    expect(i(1)).toBe('M10,20L30,40');
  });
  it('switches at the end when the shapes differ', () => {
    const i = interpolate('M0,0L10,10', 'M0,0L10,10L20,20');
    expect(i(0.5)).toBe('M0,0L10,10');
    expect(i(1)).toBe('M0,0L10,10L20,20');
    expect(interpolate('start', 'end')(0.99)).toBe('start');
  });
});
