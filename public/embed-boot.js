/*! Embed pages, before the first paint (MIT). Loaded as a plain external script in the <head> of
 * /{lang}/embed/{chart}/, so the page is right from its first frame under a strict CSP:
 * - ?theme=light|dark sets <html data-theme> (otherwise the host's prefers-color-scheme applies);
 * - ?state=… hides the build-time picture until src/scripts/embed-page.ts has drawn that state
 *   (or found it unknown); a CSS fallback shows the picture anyway if that script never runs.
 * Nothing from the URL is written into the document except these two fixed attribute values. */
(function () {
  var q = new URLSearchParams(location.search);
  var theme = q.get('theme');
  var root = document.documentElement;
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (q.get('state')) root.setAttribute('data-pending', '');
})();
