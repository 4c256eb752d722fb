// @ts-check
/**
 * Says on the console when the page's one card shows its figure (no
 * polling, so the measurement adds no script of its own): `cold: done` with
 * the card's text, or `cold: failed` and why.
 */
(async () => {
  const el = /** @type {HTMLElement & {updateComplete?: Promise<unknown>}} */ (document.querySelector('case-stat, bare-stat'));
  const text = () => (el.localName === 'bare-stat' ? el.shadowRoot?.textContent : el.textContent) ?? '';
  try {
    await customElements.whenDefined(el.localName);
    for (let round = 0; !text().includes('4.55万'); round++) {
      if (round === 50) throw new Error(`<${el.localName}> shows no figure: "${text().trim()}"`);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    }
    performance.mark('cold-done');
    console.log(`cold: done ${text().replace(/\s+/g, '')}`);
  } catch (error) {
    console.log(`cold: failed ${error instanceof Error ? error.message : String(error)}`);
  }
})();
