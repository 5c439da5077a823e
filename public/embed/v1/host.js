/*
 * Tariff Ledger embed host script, version 1. Stable URL: /embed/v1/host.js
 * Include it once on a page that embeds Tariff Ledger charts in iframes; each frame then takes
 * the height of its content. Without it a frame keeps the height written in the embed code,
 * which is already right for the chart at a typical width.
 *
 * Trust: a height is taken only from the window of an iframe whose address is on the site this
 * script came from, and only when the message's origin is that site, or "null" for a frame
 * sandboxed without allow-same-origin (its origin is opaque; matching event.source to the frame
 * is what identifies it). The message must be exactly { type, height } with an integer height.
 * Works as a classic or a module script, loaded early or late: it greets the frames already on
 * the page and every frame that loads later, and they answer with their height.
 */
(function () {
  'use strict';
  var HEIGHT = 'tariff-ledger:embed-height';
  var HELLO = 'tariff-ledger:embed-hello';
  var MAX = 20000;
  if (window.__tariffLedgerEmbedHost) return;

  // document.currentScript is null in a module script and in a script run from a callback: then
  // find our own tag by its stable path.
  function ownSource() {
    var current = document.currentScript;
    if (current && current.src) return current.src;
    var scripts = document.querySelectorAll('script[src]');
    for (var i = 0; i < scripts.length; i++) {
      if (/\/embed\/v1\/host\.js(?:[?#]|$)/.test(scripts[i].src)) return scripts[i].src;
    }
    return null;
  }
  var source = ownSource();
  if (!source) return;
  var origin = new URL(source, location.href).origin;
  window.__tariffLedgerEmbedHost = true;

  function isOurFrame(frame) {
    try {
      var url = new URL(frame.src, location.href);
      return url.origin === origin && url.pathname.indexOf('/embed/') !== -1;
    } catch (e) {
      return false;
    }
  }

  function frameOf(win) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === win && isOurFrame(frames[i])) return frames[i];
    }
    return null;
  }

  /** The height in a message, or null when the message is not exactly ours. */
  function heightOf(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    var keys = Object.keys(data);
    if (keys.length !== 2 || data.type !== HEIGHT) return null;
    var height = data.height;
    if (typeof height !== 'number' || !Number.isInteger(height) || height < 1 || height > MAX) return null;
    return height;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin && event.origin !== 'null') return;
    var height = heightOf(event.data);
    if (height === null) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = height + 'px';
  });

  // The greeting carries nothing; a sandboxed frame's origin is opaque, so it cannot be named.
  function greet(frame) {
    if (isOurFrame(frame) && frame.contentWindow) frame.contentWindow.postMessage({ type: HELLO }, '*');
  }
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) greet(frames[i]);
  // load does not bubble, but it can be caught on its way down: every frame that (re)loads later.
  document.addEventListener(
    'load',
    function (event) {
      if (event.target && event.target.tagName === 'IFRAME') greet(event.target);
    },
    true,
  );
})();
