/**
 * Every figure reads as its article prints it: the figure rendered in zh-Hans
 * by the widgets' own formatter (src/shared/figure.ts, src/format.ts) is
 * compared with the stretch of its quote around the printed number — the
 * qualifier (余 or 多, and where it stands: 100余万元 is not 100万余元), the
 * counter word or unit (9大党建集群, not 9党建集群), and nothing printed
 * beside it left out. The number itself may be written in digits where the
 * article writes a numeral (百名 → 100名, 八成 → 80%): that is checked
 * separately, by value. Each check is also run on the data as it was before
 * the fact-check, to show it fails there.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readData} from '../../scripts/lib/data-files.js';
import {localizeCollection} from '../../src/data/localize.js';
import {parsePrinted} from '../../src/data/check.js';
import type {AllianceData, Stat} from '../../src/data/schema.js';
import type {StatRecord} from '../../src/data/types.js';
import {figureText} from '../../src/shared/figure.js';
import {formatFigure} from '../../src/format.js';

const data = readData() as unknown as AllianceData;
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The printed words one qualifier renders as one word: 超过 stands for 超过了, 超 and 突破 too (all "over"), 近 for 将近.
 * 余 and 多 are not interchangeable (each is a qualifier of its own), nor is 以上.
 */
const SAME_WORD: Record<string, string[]> = {超过: ['超过', '超过了', '超', '突破'], 近: ['近', '将近']};
/** Words that qualify a number when printed right before or after it: a figure printed with one must have its qualifier. */
const BEFORE = /(?:超过了?|超|突破|将近|近|约)$/;
const AFTER = /^(?:余|多|以上|左右)/;

/** Where the printed number stands in the quote as a number of its own (百 of 百名 and of 百家 are two). */
function printedAt(quote: string, printed: string): number[] {
  const at: number[] = [];
  for (let i = quote.indexOf(printed); i !== -1; i = quote.indexOf(printed, i + 1)) {
    if (!/[\d.]/.test(quote[i - 1] ?? '') && !/[\d.]/.test(quote[i + printed.length] ?? '')) at.push(i);
  }
  return at;
}

/** What is wrong with each figure's zh-Hans rendering against its quote. */
function figureProblems(stats: Stat[]): string[] {
  const records = localizeCollection('stats', stats, 'zh-Hans');
  const problems: string[] = [];
  stats.forEach((stat, k) => {
    const record = records[k] as StatRecord;
    const rendered = figureText(record, 'zh-Hans');
    const number = formatFigure(stat.value, stat.measure, 'zh-Hans', stat.valueTo);
    // The number as the formatter writes it reads as the figure's value.
    if (stat.valueTo === undefined && parsePrinted(number)?.value !== stat.value) problems.push(`${stat.id}: the formatter writes ${number} for ${stat.value}`);
    // The rendered figure with its number written as printed: 超过4.55万人, 100余万元, 百名.
    const printedNumber = stat.qualifierBeforeScale ? stat.printed : stat.printed.replace(/^(\d+(?:\.\d+)?)[余多]/, '$1');
    const shownNumber = stat.qualifierBeforeScale ? rendered.slice(rendered.search(/\d/)).replace(/[^\d.余多万亿].*$/, '') : number;
    if (!rendered.includes(shownNumber)) {
      problems.push(`${stat.id}: ${rendered} does not show the number ${shownNumber}`);
      return;
    }
    const asPrinted = rendered.replace(shownNumber, printedNumber);
    const word = Object.keys(SAME_WORD).find((w) => asPrinted.startsWith(w));
    const readings = word ? SAME_WORD[word]!.map((w) => w + asPrinted.slice(word.length)) : [asPrinted];
    const quote = squash(stat.quote);
    const places = printedAt(quote, stat.printed);
    const at = places[0] ?? -1;
    const found = places
      .flatMap((i) => readings.map((reading) => ({reading, start: i - reading.indexOf(printedNumber)})))
      .find(({reading, start}) => start >= 0 && quote.startsWith(reading, start));
    if (!found) {
      problems.push(`${stat.id}: renders ${rendered}; the article prints ${quote.slice(Math.max(0, at - 2), at + stat.printed.length + 6)}`);
      return;
    }
    const before = quote.slice(0, found.start);
    const after = quote.slice(found.start + found.reading.length);
    if (!word && BEFORE.test(before)) problems.push(`${stat.id}: the article prints ${BEFORE.exec(before)![0]} before ${stat.printed}; the figure has no such qualifier`);
    if (AFTER.test(after) && !/(余|多|以上)$/.test(found.reading)) problems.push(`${stat.id}: the article prints ${AFTER.exec(after)![0]} after ${found.reading}; the figure has no such qualifier`);
  });
  return problems;
}

/** The figures as they stood before the fact-check: 余 for 多, 100万余元, no 大. */
function asBefore(): Stat[] {
  const stats = structuredClone(data.stats);
  for (const s of stats) {
    if (s.qualifier === 'more') s.qualifier = 'more-than';
    delete s.qualifierBeforeScale;
    if (s.unit?.['zh-Hans'].startsWith('大')) s.unit['zh-Hans'] = s.unit['zh-Hans'].slice(1);
  }
  return stats;
}

describe('every figure renders as its article prints it', () => {
  it('number, qualifier and unit of every figure match the printed stretch of its quote', () => {
    assert.deepEqual(figureProblems(data.stats), []);
    assert.ok(data.stats.length > 100, `${data.stats.length} figures`);
  });

  it('100余万元 keeps its qualifier before 万 (not 100万余元)', () => {
    const stat = data.stats.find((s) => s.id === 'yuyao-mountain-produce-income')!;
    const [record] = localizeCollection('stats', [stat], 'zh-Hans') as StatRecord[];
    assert.equal(figureText(record!, 'zh-Hans'), '100余万元');
    assert.equal(figureText({...record!, qualifierBeforeScale: undefined}, 'zh-Hans'), '100万余元');
  });

  it('多 is its own qualifier: 40多个 is not 40余个', () => {
    const duo = data.stats.filter((s) => s.qualifier === 'more').map((s) => s.id);
    assert.deepEqual(duo.sort(), ['gejia-art-spaces', 'gejia-creative-products', 'gejia-villager-startups', 'grassroots-guides', 'leishan-workshop-villagers']);
  });

  it('fails on the figures as they were: 100万余元, 余 for 多, 9党建集群, 三主营业务, 九方面', () => {
    const problems = figureProblems(asBefore()).map((p) => p.split(':')[0]);
    assert.deepEqual(problems.sort(), [
      'cadre-improvement-areas',
      'gejia-art-spaces',
      'gejia-creative-products',
      'gejia-villager-startups',
      'grassroots-guides',
      'jiangbei-cluster-count',
      'leishan-workshop-villagers',
      'longguan-main-businesses',
      'yuyao-mountain-produce-income',
    ]);
  });

  it('fails on a qualifier the article prints and the figure leaves out, and on one in the wrong place', () => {
    const stats = structuredClone(data.stats);
    delete stats.find((s) => s.id === 'workshop-employment')!.qualifier;
    stats.find((s) => s.id === 'kuangyan-village-income-threshold')!.qualifier = 'more-than';
    assert.deepEqual(figureProblems(stats).map((p) => p.split(':')[0]).sort(), ['kuangyan-village-income-threshold', 'workshop-employment']);
  });
});
