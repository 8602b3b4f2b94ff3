// Our scales give exactly what d3-scale gives for the calls the charts make.
import * as d3 from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear } from '../../src/charts/scale.ts';

describe('scales match d3-scale', () => {
  it('linear: map, nice, ticks, clamp', () => {
    const ours = scaleLinear().domain([0, 26000e8]).nice(4).range([300, 30]);
    const theirs = d3.scaleLinear().domain([0, 26000e8]).nice(4).range([300, 30]);
    expect(ours.domain()).toEqual(theirs.domain());
    expect(ours.ticks(4)).toEqual(theirs.ticks(4));
    for (const v of [0, 1e11, 1234e9, 3e12]) expect(ours(v)).toBeCloseTo(theirs(v), 9);
    const c = scaleLinear().domain([0, 10]).range([0, 100]).clamp(true);
    expect(c(20)).toBe(100);
    expect(c(-5)).toBe(0);
  });
  it('band: positions and bandwidth', () => {
    const years = [2017, 2018, 2019, 2020, 2021];
    const ours = scaleBand<number>().domain(years).range([40, 636]).paddingInner(0.28).paddingOuter(0.12);
    const theirs = d3.scaleBand<number>().domain(years).range([40, 636]).paddingInner(0.28).paddingOuter(0.12);
    expect(ours.bandwidth()).toBeCloseTo(theirs.bandwidth(), 9);
    for (const y of years) expect(ours(y)).toBeCloseTo(theirs(y)!, 9);
    expect(ours(1999)).toBeUndefined();
  });
});
