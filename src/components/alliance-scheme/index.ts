import {defineElement} from '../../define.js';
import {AllianceScheme} from './alliance-scheme.js';

export {AllianceScheme};

defineElement('alliance-scheme', AllianceScheme);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-scheme': AllianceScheme;
  }
}
