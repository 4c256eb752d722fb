import {defineElement} from '../../define.js';
import {CaseStat} from './case-stat.js';

export {CaseStat};

defineElement('case-stat', CaseStat);

declare global {
  interface HTMLElementTagNameMap {
    'case-stat': CaseStat;
  }
}
