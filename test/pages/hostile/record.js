// Records, on a hostile-links page: every alliance-error a widget fires (with the payload it was given), and stops
// a click on an http(s) link from leaving the page (a click on any other link goes ahead, so a script link would run).
window.__alliance = [];
document.addEventListener('alliance-error', (e) => {
  const host = e.composedPath()[0];
  window.__alliance.push({payload: host.dataset.payload ?? '', tag: host.localName, reason: e.reason, path: e.path ?? '', id: e.id ?? ''});
});
window.addEventListener(
  'click',
  (e) => {
    const link = e.composedPath().find((node) => node.localName === 'a');
    if (link && /^https?:$/.test(new URL(link.href, document.baseURI).protocol)) e.preventDefault();
  },
  true
);
