// The share control's enhancement. Without JavaScript it is a plain link to the state's share page
// (which previews well and opens the story at that step). With it: the system share sheet where the
// browser has the Web Share API; otherwise the link is copied and a status line says so; if neither
// works, the link is simply followed. Nothing is sent anywhere by us.

/** Enhances every a[data-share] under `root`. The status line is the link's [data-share-status] sibling. */
export function enhanceShare(root: ParentNode = document): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-share]')) {
    a.addEventListener('click', async (e) => {
      const url = a.href;
      const title = a.dataset.shareTitle ?? document.title;
      if (typeof navigator.share === 'function') {
        e.preventDefault();
        try {
          await navigator.share({ title, url });
        } catch {
          // Dismissed by the reader, or refused: nothing to do.
        }
        return;
      }
      if (navigator.clipboard?.writeText) {
        e.preventDefault();
        const status = a.parentElement?.querySelector<HTMLElement>('[data-share-status]');
        try {
          await navigator.clipboard.writeText(url);
          if (status) {
            status.textContent = '';
            requestAnimationFrame(() => (status.textContent = status.dataset.done ?? ''));
          }
        } catch {
          location.href = url;
        }
      }
    });
  }
}
