// Our own types for scrollama 3.2: its bundled index.d.ts is out of date (offset limited to tenths,
// progress typed as tenths, no `root`/`parent`/`container` options). The rest of the code uses these.
import scrollama from 'scrollama';

export interface ScrollerOptions {
  step: HTMLElement[];
  /** Trigger line as a share of the viewport height (0–1) or a pixel string such as "200px". */
  offset?: number | string;
  progress?: boolean;
  threshold?: number;
  once?: boolean;
  debug?: boolean;
}

export interface StepEvent {
  element: HTMLElement;
  index: number;
  direction: 'up' | 'down';
}

export interface ProgressEvent {
  element: HTMLElement;
  index: number;
  /** 0–1 through the step, continuous. */
  progress: number;
  direction: 'up' | 'down';
}

export interface Scroller {
  setup(options: ScrollerOptions): Scroller;
  onStepEnter(cb: (e: StepEvent) => void): Scroller;
  onStepExit(cb: (e: StepEvent) => void): Scroller;
  onStepProgress(cb: (e: ProgressEvent) => void): Scroller;
  resize(): Scroller;
  enable(): Scroller;
  disable(): Scroller;
  destroy(): void;
}

export const createScroller = (): Scroller => scrollama() as unknown as Scroller;
