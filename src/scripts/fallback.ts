// When the live chart cannot draw (its data, its renderer or d3 failed to load), the figure shows
// the build's own picture of the state instead: /img/{lang}/{chart}/{state}.svg (or -narrow.svg
// in the narrow layout, src/charts/layout.ts). The figure's data-state and its description change
// only once that picture is on screen, so they never name a state not drawn.
import { layoutAt } from '../charts/layout.ts';

const CLASS = 'chart__fallback';

/** The URL of the build's picture of a state, for this figure at its current width. */
export function pictureUrl(figure: HTMLElement, state: string): string {
  const lang = figure.dataset.lang ?? 'en';
  const chart = figure.dataset.chart ?? '';
  const frame = figure.querySelector<HTMLElement>('.chart__frame');
  const narrow = layoutAt(frame?.getBoundingClientRect().width ?? 0) === 'narrow';
  return `/img/${lang}/${chart}/${state}${narrow ? '-narrow' : ''}.svg`;
}

const pending = new WeakMap<HTMLElement, string>();

/**
 * Shows the build's picture of `state` over the frame, then marks the figure with that state and
 * its description (`description`, from the step's own picture). Resolves true once it is shown;
 * false if the picture could not be loaded either or another state was asked for meanwhile (the
 * figure then keeps what it showed, and says so).
 */
export async function showPicture(figure: HTMLElement, state: string, description: string | null): Promise<boolean> {
  const frame = figure.querySelector<HTMLElement>('.chart__frame');
  if (!frame) return false;
  const src = pictureUrl(figure, state);
  const current = frame.querySelector<HTMLImageElement>(`img.${CLASS}`);
  if (current?.getAttribute('src') === src) return mark(figure, state, description);
  // The build's inline picture (the block's first state) is still the one showing.
  if (!current && figure.dataset.state === state && !frame.querySelector('.chart__svg--live')) return mark(figure, state, description);
  pending.set(figure, src);
  const img = new Image();
  img.className = `chart__svg ${CLASS}`;
  img.alt = '';
  img.src = src;
  try {
    await img.decode();
  } catch {
    if (pending.get(figure) === src) pending.delete(figure);
    return false;
  }
  if (pending.get(figure) !== src) return false; // a later state won
  pending.delete(figure);
  if (current) current.replaceWith(img);
  else frame.append(img);
  return mark(figure, state, description);
}

function mark(figure: HTMLElement, state: string, description: string | null): boolean {
  figure.dataset.state = state;
  figure.dataset.fallback = '';
  const desc = figure.querySelector<HTMLElement>('.chart__desc');
  if (desc && description && desc.textContent !== description) desc.textContent = description;
  return true;
}

/** Removes the build's picture once the live chart draws (the live chart marks the state itself). */
export function dropPicture(figure: HTMLElement): void {
  pending.delete(figure);
  figure.querySelector(`img.${CLASS}`)?.remove();
  delete figure.dataset.fallback;
}
