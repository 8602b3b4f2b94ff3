// The story page's only eager script, kept tiny: it loads a scrolly block's code (scrollama, d3 and
// the chart) as the block approaches the viewport, so nothing heavy arrives before it is needed.
const blocks = document.querySelectorAll<HTMLElement>('[data-scrolly]');
if (blocks.length) {
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        void import('./scrolly.ts').then((m) => m.mountScrolly(e.target as HTMLElement));
      }
    },
    { rootMargin: '150% 0px' },
  );
  blocks.forEach((b) => io.observe(b));
}
