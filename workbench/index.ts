/**
 * Registers `<data-workbench>` (skipped when the page already has that tag)
 * and declares it for TypeScript. The class itself, without side effects, is
 * in data-workbench.ts.
 */
import {defineElement} from '../src/define.js';
import {DataWorkbench, EXAMPLE_CSV} from './data-workbench.js';

export {DataWorkbench, EXAMPLE_CSV};

defineElement('data-workbench', DataWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'data-workbench': DataWorkbench;
  }
}
