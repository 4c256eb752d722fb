// The host page already has an element of its own named <case-stat>.
customElements.define(
  'case-stat',
  class extends HTMLElement {
    connectedCallback() {
      this.dataset.host = 'yes';
    }
  }
);
