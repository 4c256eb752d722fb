import {appendFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

/** Where `ax-tree-outline` writes the trees the tests read, for a reviewer (not printed: they made 774 lines of the log). */
const OUTLINES = 'test-results/ax-tree.txt';

/**
 * A test-runner command, `ax-tree`: Chromium's own accessibility tree under
 * one element (through the DevTools protocol), as nested {role, name,
 * children}, leaving out nodes that only group (generic, none) and the text
 * boxes inside a text. Chromium only (Playwright); other browsers throw.
 * And `ax-tree-outline`, which appends one outline to test-results/ax-tree.txt.
 */
export function axTreePlugin() {
  let outlines;
  return {
    name: 'ax-tree',
    async executeCommand({command, payload, session}) {
      if (command === 'ax-tree-outline') {
        // The outlines of one run, in the order the tests wrote them.
        if (outlines === undefined) {
          mkdirSync(dirname(OUTLINES), {recursive: true});
          writeFileSync(OUTLINES, '');
          outlines = OUTLINES;
        }
        appendFileSync(outlines, `${payload.text}\n`);
        return true;
      }
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`ax-tree: not available in ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('DOM.enable');
        await cdp.send('Accessibility.enable');
        const {root} = await cdp.send('DOM.getDocument', {depth: -1, pierce: true});
        const {nodeId} = await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector: payload.selector});
        if (!nodeId) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
        const {node} = await cdp.send('DOM.describeNode', {nodeId});
        const {nodes} = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!start) throw new Error(`ax-tree: ${payload.selector} is not in the accessibility tree`);
        const simplify = (n) => {
          const role = n.role?.value ?? '';
          if (role === 'InlineTextBox') return [];
          const children = (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap(simplify);
          if (n.ignored || role === 'generic' || role === 'none') return children;
          return [{role, name: n.name?.value ?? '', children}];
        };
        return simplify(start);
      } finally {
        await cdp.detach();
      }
    },
  };
}
