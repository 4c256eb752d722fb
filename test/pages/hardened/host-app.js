// A host page's own app, built with its own copy of Lit, running before the widgets' bundle.
import {LitElement, html} from 'lit';

class HostApp extends LitElement {
  render() {
    return html`<p>host app: ${'running'}</p>`;
  }
}
customElements.define('host-app', HostApp);
