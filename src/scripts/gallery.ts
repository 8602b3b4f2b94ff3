// The chart gallery's script (/{lang}/charts/):
// - sizes each live preview from the height its embed page reports (our own origin only);
// - fits the embed code to the origin the gallery is served from (the build writes the public
//   site's address; a preview or a local copy should hand out code that works where it is);
// - choosing a step shows it in the preview (a plain link into the named iframe, also without
//   JavaScript) and fits the code and the image downloads to that step;
// - copy buttons put the code on the clipboard, with a spoken confirmation.
import { heightOf } from '../embed/message.ts';
import { iframeCode, scriptCode, type EmbedInfo } from '../embed/snippets.ts';

interface GalleryInfo {
  base: EmbedInfo;
  states: Record<string, EmbedInfo>;
}

const origin = location.origin;

/** Points an EmbedInfo built for the public site at the origin this page is served from. */
const rehome = (info: EmbedInfo): EmbedInfo => ({
  ...info,
  storyUrl: info.storyUrl.replace(info.origin, origin),
  origin,
});

for (const section of document.querySelectorAll<HTMLElement>('[data-gallery]')) {
  const raw = section.querySelector('script.gallery-chart__info')?.textContent ?? '{}';
  const info = JSON.parse(raw) as GalleryInfo;
  const scriptBox = section.querySelector<HTMLTextAreaElement>('[data-snippet="script"]')!;
  const iframeBox = section.querySelector<HTMLTextAreaElement>('[data-snippet="iframe"]')!;
  const status = section.querySelector<HTMLElement>('[data-copy-status]')!;

  const fill = (e: EmbedInfo) => {
    const here = rehome(e);
    scriptBox.value = scriptCode(here);
    iframeBox.value = iframeCode(here);
  };
  fill(info.base);

  // Choosing a step: the link itself loads the step into the preview; the code follows.
  for (const a of section.querySelectorAll<HTMLAnchorElement>('[data-pick]')) {
    a.addEventListener('click', () => {
      const state = a.dataset.pick!;
      const chosen = info.states[state];
      if (!chosen) return;
      fill(chosen);
      for (const li of section.querySelectorAll<HTMLElement>('.gallery-state')) {
        const on = li.dataset.state === state;
        li.classList.toggle('is-current', on);
        const pick = li.querySelector('a[data-pick]');
        if (on) pick?.setAttribute('aria-current', 'true');
        else pick?.removeAttribute('aria-current');
      }
      for (const link of section.querySelectorAll<HTMLAnchorElement>('[data-state-link]')) {
        const kind = link.dataset.stateLink;
        if (kind === 'embed') link.href = link.href.replace(/(\/embed\/[a-z0-9-]+\/).*$/, `$1?state=${state}`);
        else link.href = link.href.replace(/\/[a-z0-9-]+\.(svg|png)$/, `/${state}.$1`);
      }
    });
  }

  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const box = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
      let ok = false;
      try {
        await navigator.clipboard.writeText(box.value);
        ok = true;
      } catch {
        // Older browsers and insecure origins: select the text and use the legacy command.
        box.focus();
        box.select();
        try {
          ok = document.execCommand('copy');
        } catch {
          ok = false;
        }
      }
      status.textContent = '';
      // A fresh text node so the same message is announced again on a second copy.
      requestAnimationFrame(() => {
        status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? '';
      });
    });
  }
}

// Preview heights: the embed pages say how tall they are; only our own frames are believed.
const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')];
window.addEventListener('message', (e: MessageEvent) => {
  if (e.origin !== origin) return;
  const h = heightOf(e.data);
  if (h === null) return;
  for (const f of frames) if (f.contentWindow === e.source) f.style.height = `${h}px`;
});
