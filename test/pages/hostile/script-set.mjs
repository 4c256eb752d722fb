// The payloads a script sets: case-href templates as a property and as an attribute, and article URLs given by a
// script's own data source (which the publishing schema does not check). Runs after the one-file bundle.
import {DATA_URLS, GOOD_URL, SCRIPT_TEMPLATES} from './payloads.mjs';

const {CaseStat, Dataset, defineElement} = window.AllianceWidgets;
const at = document.querySelector('#script-set');

SCRIPT_TEMPLATES.forEach((template, i) => {
  for (const how of ['property', 'attribute']) {
    const card = document.createElement('alliance-model-card');
    card.className = 'hostile';
    card.dataset.payload = `s${i}-${how}`;
    card.setAttribute('model', 'hostile-model');
    card.setAttribute('src', '/test/data/hostile-links.json');
    if (how === 'property') card.caseHref = template;
    else card.setAttribute('case-href', template);
    at.append(card);
  }
});

/** A figure whose one source has `url`. */
const record = (url) => ({
  stats: [{id: 'f', value: 36, measure: 'count', unit: '家', label: '示例数字', scope: 'case', asOf: {date: '2025-12'}, source: 'a'}],
  sources: [{id: 'a', paper: '某报', title: '示例报道', date: {printed: null, value: '2025-12', basis: 'printed'}, contributors: [], seed: 'a.txt', url}],
  series: [],
});
[...DATA_URLS, GOOD_URL].forEach((url, i) => {
  const tag = `hostile-url-stat-${i}`;
  const data = record(url);
  defineElement(
    tag,
    class extends CaseStat {
      static dataSource = {peek: (locale) => new Dataset(locale, data), load: async (locale) => new Dataset(locale, data)};
    }
  );
  const el = document.createElement(tag);
  el.setAttribute('stat', 'f');
  if (url === GOOD_URL) el.id = 'good-url';
  else {
    el.className = 'hostile';
    el.dataset.payload = `u${i}`;
  }
  at.append(el);
});
