import {expect} from '@open-wc/testing';
import {timelineModel} from '../src/components/timeline-view/timeline-model.js';
import type {EraRecord, EventRecord} from '../src/data/types.js';

/**
 * The timeline's date model as a pure function: small hand-made records, a
 * fixed current year, expected ids written out (no DOM, no locale, no clock).
 */
const era = (id: string, from: number, to: number | null): EraRecord => ({id, from, to, label: id, title: id, text: id, source: 's'});
const event = (id: string, date: string, kind: EventRecord['kind'] = 'milestone'): EventRecord => ({id, date, kind, title: id, source: 's'});

const ERAS = [era('e2020', 2020, null), era('e2007', 2007, 2014), era('e2015', 2015, 2019)];
const EVENTS = [event('a', '2021-12'), event('b', '2007'), event('c', '2015', 'policy'), event('d', '2021'), event('e', '2025-12', 'target'), event('f', '2021-11-25')];
const ids = (list: {id: string}[]) => list.map((x) => x.id);

describe('timelineModel (pure)', () => {
  it('groups events by era in date order, a year before the months of that year', () => {
    const result = timelineModel(ERAS, EVENTS, {currentYear: 2026});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(ids(result.model.groups)).to.deep.equal(['e2007', 'e2015', 'e2020']);
    expect(ids(result.model.events)).to.deep.equal(['b', 'c', 'd', 'f', 'a', 'e']);
    expect([...result.model.index.entries()]).to.deep.equal([['b', 0], ['c', 1], ['d', 2], ['f', 3], ['a', 4], ['e', 5]]);
    expect(result.model.empty).to.equal(undefined);
  });

  it('a range after every event shows no era at all, only why (from 2030)', () => {
    const result = timelineModel(ERAS, EVENTS, {from: '2030', currentYear: 2026});
    expect(result.ok && result.model.empty).to.equal('none');
    expect(result.ok && result.model.groups).to.deep.equal([]);
  });

  it('an era "to the present" ends with the current year', () => {
    // 2027–2029 lies after 2026: nothing, and no 2020–present era.
    const later = timelineModel(ERAS, EVENTS, {from: '2027', to: '2029', currentYear: 2026});
    expect(later.ok && later.model.groups).to.deep.equal([]);
    // 2022–2023 has no event but overlaps 2020–present: its description stays.
    const quiet = timelineModel(ERAS, EVENTS, {from: '2022', to: '2023', currentYear: 2026});
    expect(quiet.ok && quiet.model.empty).to.equal('none');
    // An event after the current year (a target) still keeps its era.
    const target = timelineModel(ERAS, EVENTS, {from: '2025', currentYear: 2021});
    expect(target.ok && ids(target.model.groups)).to.deep.equal(['e2020']);
    expect(target.ok && ids(target.model.events)).to.deep.equal(['e']);
  });

  it('keeps eras that overlap a range without events of their own, unless kinds are asked for', () => {
    const range = timelineModel(ERAS, [event('x', '2016')], {from: '2014', to: '2016', currentYear: 2026});
    expect(range.ok && ids(range.model.groups)).to.deep.equal(['e2007', 'e2015']);
    const kinds = timelineModel(ERAS, EVENTS, {kinds: ['policy', 'target'], currentYear: 2026});
    expect(kinds.ok && ids(kinds.model.groups)).to.deep.equal(['e2015', 'e2020']);
    expect(kinds.ok && ids(kinds.model.events)).to.deep.equal(['c', 'e']);
  });

  it('matches partial dates by overlap: 2021 is in 2021-11, 2021-11-25 is in 2021-11', () => {
    const month = timelineModel(ERAS, EVENTS, {from: '2021-11', to: '2021-11', currentYear: 2026});
    expect(month.ok && ids(month.model.events)).to.deep.equal(['d', 'f']);
  });

  it('a reversed range says so; an unknown era id is reported', () => {
    const reversed = timelineModel(ERAS, EVENTS, {from: '2021', to: '2015', currentYear: 2026});
    expect(reversed.ok && reversed.model.empty).to.equal('reversed');
    expect(timelineModel(ERAS, EVENTS, {eras: ['e2015', 'nope'], currentYear: 2026})).to.deep.equal({ok: false, unknownEra: 'nope'});
  });
});
