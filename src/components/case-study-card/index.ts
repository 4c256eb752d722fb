import {defineElement} from '../../define.js';
import {CaseStudyCard} from './case-study-card.js';

export {CaseStudyCard};

defineElement('case-study-card', CaseStudyCard);

declare global {
  interface HTMLElementTagNameMap {
    'case-study-card': CaseStudyCard;
  }
}
