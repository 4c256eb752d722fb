import {defineElement} from '../../define.js';
import {CaseStatGroup} from './case-stat-group.js';

export {CaseStatGroup};

defineElement('case-stat-group', CaseStatGroup);

declare global {
  interface HTMLElementTagNameMap {
    'case-stat-group': CaseStatGroup;
  }
}
