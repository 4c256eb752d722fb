import {defineElement} from '../../define.js';
import {TimelineView} from './timeline-view.js';

export {TimelineView};

defineElement('timeline-view', TimelineView);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-view': TimelineView;
  }
}
