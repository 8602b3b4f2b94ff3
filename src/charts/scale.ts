// The two scales the charts use, linear and band, with d3-scale's API (the subset we call). d3-scale
// itself brings d3-interpolate, d3-color and d3-format to the browser (~8 KB gzip) for features no
// chart uses; the maths that matters, round ticks and nice domains, still comes from d3-array.
import { nice as niceExtent, ticks as tickValues } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(d: [number, number]): LinearScale;
  domain(): [number, number];
  range(r: [number, number]): LinearScale;
  range(): [number, number];
  /** Extends the domain to round values, as d3's scale.nice(count). */
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
  clamp(on: boolean): LinearScale;
}

export function scaleLinear(): LinearScale {
  let d: [number, number] = [0, 1];
  let r: [number, number] = [0, 1];
  let clamped = false;
  const scale = ((v: number) => {
    let t = d[1] === d[0] ? 0.5 : (v - d[0]) / (d[1] - d[0]);
    if (clamped) t = Math.max(0, Math.min(1, t));
    return r[0] + t * (r[1] - r[0]);
  }) as LinearScale;
  scale.domain = ((x?: [number, number]) => (x ? ((d = [x[0], x[1]]), scale) : [...d])) as LinearScale['domain'];
  scale.range = ((x?: [number, number]) => (x ? ((r = [x[0], x[1]]), scale) : [...r])) as LinearScale['range'];
  scale.nice = (count = 10) => {
    d = niceExtent(d[0], d[1], count) as [number, number];
    return scale;
  };
  scale.ticks = (count = 10) => tickValues(d[0], d[1], count);
  scale.clamp = (on: boolean) => ((clamped = on), scale);
  return scale;
}

export interface BandScale<T> {
  (value: T): number | undefined;
  domain(d: T[]): BandScale<T>;
  range(r: [number, number]): BandScale<T>;
  paddingInner(p: number): BandScale<T>;
  paddingOuter(p: number): BandScale<T>;
  bandwidth(): number;
  step(): number;
}

export function scaleBand<T>(): BandScale<T> {
  let d: T[] = [];
  let r: [number, number] = [0, 1];
  let inner = 0;
  let outer = 0;
  const layout = () => {
    const n = d.length;
    const step = (r[1] - r[0]) / Math.max(1, n - inner + outer * 2);
    return { step, start: r[0] + step * outer, width: step * (1 - inner) };
  };
  const scale = ((v: T) => {
    const i = d.indexOf(v);
    if (i < 0) return undefined;
    const { step, start } = layout();
    return start + step * i;
  }) as BandScale<T>;
  scale.domain = (x) => ((d = [...x]), scale);
  scale.range = (x) => ((r = [x[0], x[1]]), scale);
  scale.paddingInner = (p) => ((inner = p), scale);
  scale.paddingOuter = (p) => ((outer = p), scale);
  scale.bandwidth = () => layout().width;
  scale.step = () => layout().step;
  return scale;
}
