// The other common height handler: the way Datawrapper's published host script finds the frame,
// by the key of the message: an iframe with id "datawrapper-chart-<key>", or else the first iframe
// whose src contains the key. It never looks at event.source, so a key that two iframes' src
// share resizes the wrong frame (the bug the embed's path-and-query key fixes).
!(function () {
  'use strict';
  window.addEventListener('message', function (e) {
    var d = e.data && e.data['datawrapper-height'];
    if (!d || typeof d !== 'object') return;
    for (var key in d) {
      var f = document.getElementById('datawrapper-chart-' + key) || document.querySelector("iframe[src*='" + key + "']");
      if (f) f.style.height = d[key] + 'px';
    }
  });
})();
