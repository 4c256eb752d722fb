// A page that really injects (the detectors' positive control): a script link and an element with an inline handler
// inside a shadow root, as a widget that let a payload through would make them. Under Trusted Types the handler
// attribute is refused (the element stays, without it).
const host = document.createElement('div');
host.className = 'hostile';
host.dataset.payload = 'control';
document.body.append(host);
const root = host.attachShadow({mode: 'open'});
const link = document.createElement('a');
link.setAttribute('part', 'case');
link.setAttribute('href', "javascript:top.postMessage('alliance-hit:999','*')");
link.textContent = 'x';
const img = document.createElement('img');
root.append(link, img);
try {
  img.setAttribute('onerror', "top.postMessage('alliance-hit:998','*')");
} catch {
  // Trusted Types: no handler from a string.
}
img.setAttribute('src', 'no-such-image.png');
