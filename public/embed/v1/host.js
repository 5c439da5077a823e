/*
 * Tariff Ledger embed host script, version 1. Stable URL: /embed/v1/host.js
 * Include it once on a page that embeds Tariff Ledger charts in iframes; each frame then takes
 * the height of its content. It only listens to messages from the origin it was loaded from.
 * Without this script the frames keep the height written in the embed code.
 */
(function () {
  'use strict';
  if (window.__tariffLedgerEmbedHost) return;
  window.__tariffLedgerEmbedHost = true;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'tariff-ledger:embed-height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
