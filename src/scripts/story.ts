// The story page's only eager script, kept tiny: it loads a scrolly block's code (the geometry, d3
// and the chart) as the block approaches the viewport, so nothing heavy arrives before it is needed.
// Until that code has run, a block reads as it does without JavaScript (each step with its own
// picture); if it cannot be loaded, it stays so, and loading is retried quietly a few times.
const blocks = document.querySelectorAll<HTMLElement>('[data-scrolly]');

const TRIES = 4;

function mount(block: HTMLElement, attempt = 0): void {
  import('./scrolly.ts').then(
    (m) => m.mountScrolly(block),
    () => {
      if (attempt + 1 < TRIES) setTimeout(() => mount(block, attempt + 1), 2000 * 2 ** attempt);
    },
  );
}

if (blocks.length) {
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        mount(e.target as HTMLElement);
      }
    },
    { rootMargin: '150% 0px' },
  );
  blocks.forEach((b) => io.observe(b));
}
