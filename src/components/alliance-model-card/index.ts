import {defineElement} from '../../define.js';
import {AllianceModelCard} from './alliance-model-card.js';

export {AllianceModelCard};

defineElement('alliance-model-card', AllianceModelCard);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-model-card': AllianceModelCard;
  }
}
