/*! Chart embed loader for "Is Kuaishou becoming the next Pinduoduo?"
 * Copyright (c) 2026 the story's authors. MIT License: free to use, copy, modify and share, with
 * this notice, and without warranty. SPDX-License-Identifier: MIT · https://opensource.org/license/mit
 *
 * Usage:  <div data-story-chart="gmv-timeline" data-lang="en"></div>
 *         <script src="https://<our site>/embed.js" async></script>
 * Options on the div: data-state (a step), data-theme ("light" | "dark"), data-title (the frame's
 * accessible name), data-aspect ("<narrow> <wide>" chart ratios, for the space kept before load),
 * data-base (our site's address, if this file is served from elsewhere).
 *
 * Each div gets a lazy, titled iframe of the chart's embed page, at an estimated height until the
 * page reports its own: {"datawrapper-height": {"<its path and query>": px}} (README "Embedding";
 * state= goes last in the src). Only our iframes (event.source), our origin, sane numbers count. */
(function () {
  'use strict';
  var me = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  var g = window.__storyChartEmbed || (window.__storyChartEmbed = { frames: [] });
  var ID = /^[a-z0-9-]{1,64}$/;

  /* Mirrors reservedHeight() in src/embed/snippets.ts: chart frame plus the text around it. */
  function estimate(width, aspect) {
    var inner = Math.max(200, width - (width < 480 ? 16 : 24));
    return Math.round(inner / (inner < 560 ? aspect[0] : aspect[1]) + 195 + 100000 / inner);
  }

  function mount(el) {
    if (el.getAttribute('data-story-ready')) return;
    el.setAttribute('data-story-ready', '1');
    var chart = el.getAttribute('data-story-chart') || '';
    if (!ID.test(chart)) return;
    var lang = (el.getAttribute('data-lang') || document.documentElement.lang || '').slice(0, 2).toLowerCase() === 'zh' ? 'zh' : 'en';
    var base;
    try {
      base = new URL(el.getAttribute('data-base') || (me && me.getAttribute('data-base')) || '.', me && me.src ? me.src : location.href);
    } catch (e) {
      return;
    }
    var q = [];
    var state = el.getAttribute('data-state');
    var theme = el.getAttribute('data-theme');
    if (theme === 'light' || theme === 'dark') q.push('theme=' + theme);
    if (state && ID.test(state)) q.push('state=' + state);
    var aspect = (el.getAttribute('data-aspect') || '').split(' ').map(Number);
    if (!(aspect[0] > 0.2 && aspect[1] > 0.2)) aspect = [1, 1.45];

    var f = document.createElement('iframe');
    f.src = new URL(lang + '/embed/' + chart + '/' + (q.length ? '?' + q.join('&') : ''), base).href;
    var title = el.getAttribute('data-title');
    f.title = title || (lang === 'zh' ? '图表：' : 'Chart: ') + chart;
    f.setAttribute('loading', 'lazy');
    f.setAttribute('scrolling', 'no');
    f.setAttribute('frameborder', '0');
    /* Styles through the CSSOM, which a strict Content-Security-Policy allows. */
    f.style.display = 'block';
    f.style.width = '100%';
    f.style.border = '0';
    f.style.height = estimate(el.clientWidth || 600, aspect) + 'px';
    el.appendChild(f);
    g.frames.push({ frame: f, chart: chart, origin: base.origin, untitled: !title });
  }

  function scan() {
    var els = document.querySelectorAll('[data-story-chart]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  if (!g.listening) {
    g.listening = true;
    window.addEventListener('message', function (e) {
      var d = e.data && typeof e.data === 'object' ? e.data['datawrapper-height'] : null;
      if (!d || typeof d !== 'object') return;
      var h = null;
      for (var k in d) if (typeof d[k] === 'number' && d[k] >= 50 && d[k] <= 8000) { h = d[k]; break; }
      for (var i = 0; i < g.frames.length; i++) {
        var m = g.frames[i];
        if (m.frame.contentWindow !== e.source || e.origin !== m.origin) continue;
        var t = e.data['story-chart-title'];
        if (h !== null) m.frame.style.height = Math.ceil(h) + 'px';
        /* The page's title names the frame if the snippet gave none (as text, never HTML). */
        if (m.untitled && typeof t === 'string' && t) m.frame.title = t.slice(0, 300);
      }
    });
  }

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
