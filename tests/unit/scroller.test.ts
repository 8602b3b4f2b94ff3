// The active-step rule from geometry alone (src/scripts/scroller.ts).
import { describe, expect, it } from 'vitest';
import { activeIndex, readability, readableArea } from '../../src/scripts/scroller.ts';

const area = { top: 450, bottom: 844 }; // below a phone's sticky chart

describe('readableArea', () => {
  it('starts below the lowest cover on screen', () => {
    expect(readableArea([{ top: 0, bottom: 43 }, { top: 1, bottom: 445 }], 844)).toEqual({ top: 445, bottom: 844 });
    // A chart scrolled away covers nothing.
    expect(readableArea([{ top: 0, bottom: 43 }, { top: -600, bottom: -100 }], 844)).toEqual({ top: 43, bottom: 844 });
  });
});

describe('activeIndex', () => {
  it('picks the step wholly readable, even with the one before still partly in view', () => {
    const boxes = [{ top: 200, bottom: 500 }, { top: 600, bottom: 840 }];
    expect(readability(boxes[1]!, area)).toBe(1);
    expect(activeIndex(boxes, area)).toBe(1);
  });
  it('does not take a step hidden behind the chart as read', () => {
    const boxes = [{ top: 100, bottom: 440 }, { top: 700, bottom: 1000 }];
    expect(activeIndex(boxes, area)).toBe(1);
  });
  it('keeps a step taller than the area while it fills it', () => {
    const boxes = [{ top: 400, bottom: 1400 }, { top: 1800, bottom: 2000 }];
    expect(activeIndex(boxes, area)).toBe(0);
  });
  it('between steps, keeps the last one passed; before the first, the first', () => {
    expect(activeIndex([{ top: -500, bottom: 300 }, { top: 900, bottom: 1100 }], area)).toBe(0);
    expect(activeIndex([{ top: 900, bottom: 1100 }, { top: 1500, bottom: 1700 }], area)).toBe(0);
  });
  it('on a tie, stays with the current step', () => {
    const boxes = [{ top: 350, bottom: 550 }, { top: 744, bottom: 944 }];
    expect(activeIndex(boxes, area, 1)).toBe(1);
    expect(activeIndex(boxes, area, 0)).toBe(0);
  });
});
