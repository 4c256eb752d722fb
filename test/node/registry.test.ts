/**
 * The registries of widget facts (src/widgets.ts) and locale facts
 * (src/locales.ts), and what reads them. A fake widget is added to a copy of
 * the widget registry, handed to the same functions the size report
 * (`sizeSubjects`), the static demos (`demosOf`) and the test server's pages
 * (`hardenedPageHtml` in web-test-runner.config.mjs) use with the real
 * registry by default: each must pick it up, and none may show it when given
 * the real registry. The lists of what ships (entries, classes, React
 * wrappers, package exports) are generated from the registry the same way.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {WIDGETS, WIDGET_TAGS, allDemos, demosOf, type WidgetFacts, type WidgetRegistry} from '../../src/widgets.js';
import {DEFAULT_INTL, LANG_ATTRIBUTE, LOCALES, NATIVE_NAME} from '../../src/locales.js';
import {intlTag, resolveLocale} from '../../src/localization/localization.js';
import {STATIC_DEMOS} from '../../src/static/demos.js';
import {COLLECTIONS, LOCALES as RUNTIME_LOCALES} from '../../src/data/types.js';
import {sizeSubjects} from '../../scripts/size.mjs';
import {hardenedPageHtml} from '../../web-test-runner.config.mjs';
import {packageExports, widgetModules} from '../../scripts/widget-entries.js';
// The static renderer first: it sets up the DOM shim the classes need in Node.
import '../../src/static/render.js';
import * as widgetClasses from '../../src/classes.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const FAKE: WidgetFacts = {
  className: 'FakeWidget',
  summary: 'a widget only this test knows',
  record: 'fake-id',
  ids: 'stats',
  collections: ['stats', 'sources'],
  focus: ['stats'],
  demo: '<fake-widget fake-id="workshop-employment"></fake-widget>',
  showingAll: '<fake-widget fake-id="workshop-employment" open></fake-widget>',
};
const withFake: WidgetRegistry = {...WIDGETS, 'fake-widget': FAKE};

test('the size report measures a widget added to the registry: its entry, collections and per-record folders', () => {
  const subjects = sizeSubjects(withFake);
  assert.equal(subjects.length, WIDGET_TAGS.length + 1);
  const fake = subjects.find((s) => s.tag === 'fake-widget');
  assert.ok(fake, 'the fake widget is measured');
  assert.equal(fake.entry, `${root}src/generated/entries/fake-widget.ts`);
  assert.deepEqual(fake.collections, FAKE.collections);
  assert.deepEqual(fake.focus, FAKE.focus);
  // The real registry: every widget, no fake one.
  const real = sizeSubjects();
  assert.deepEqual(real.map((s) => s.tag), [...WIDGET_TAGS]);
  assert.ok(!real.some((s) => s.tag === 'fake-widget'));
});

test('the static demos show a widget added to the registry, and the real demos are the registry\'s', () => {
  assert.equal(demosOf(withFake)['fake-widget'], FAKE.demo);
  assert.ok(allDemos(withFake).split('\n').includes(FAKE.demo));
  assert.deepEqual(Object.keys(STATIC_DEMOS), [...WIDGET_TAGS]);
  for (const tag of WIDGET_TAGS) assert.equal(STATIC_DEMOS[tag], WIDGETS[tag].demo);
  assert.ok(!Object.values(STATIC_DEMOS).some((markup) => markup.includes('fake-widget')));
});

test('the test server\'s pages of every widget hold a widget added to the registry, under a prefix too', () => {
  for (const page of ['bundle', 'english', 'own-data', 'host-lit']) {
    assert.ok(hardenedPageHtml(page, withFake).includes(FAKE.demo), page);
    assert.ok(!hardenedPageHtml(page).includes('fake-widget'), `${page} with the real registry`);
    for (const tag of WIDGET_TAGS) assert.ok(hardenedPageHtml(page).includes(WIDGETS[tag].demo), `${page}: ${tag}`);
  }
  assert.ok(hardenedPageHtml('prefix', withFake).includes('<nb-fake-widget fake-id="workshop-employment"></nb-fake-widget>'));
  assert.ok(hardenedPageHtml('english').includes(`<html lang="${LANG_ATTRIBUTE.en}">`));
});

test('each widget of the registry: its folder and entry, its class, its collections and per-record data, a demo of its own tag naming its record', () => {
  const generated = widgetModules();
  for (const tag of WIDGET_TAGS) {
    const w: WidgetFacts = WIDGETS[tag];
    assert.ok(existsSync(`${root}src/components/${tag}/${tag}.ts`), `${tag}: src/components/${tag}/${tag}.ts`);
    assert.equal(readFileSync(`${root}src/generated/entries/${tag}.ts`, 'utf8'), generated[`entries/${tag}.ts`], `${tag}: its entry is current (npm run generate)`);
    for (const c of w.collections) assert.ok((COLLECTIONS as readonly string[]).includes(c), `${tag}: collection ${c}`);
    for (const folder of w.focus) assert.ok(existsSync(`${root}src/data/generated/focus/zh-Hans/${folder}`), `${tag}: per-record folder ${folder} (run npm run generate)`);
    for (const markup of [w.demo, w.showingAll]) {
      assert.match(markup, new RegExp(`^<${tag}[ >].*</${tag}>$`), `${tag}: ${markup}`);
      if (w.record && markup === w.showingAll) assert.ok(markup.includes(` ${w.record}=`) || tag === 'timeline-view', `${tag}: ${markup} names its record`);
    }
  }
  // A widget's collections as the registry says them are its class's static `collections`.
  for (const tag of WIDGET_TAGS) {
    const cls = (widgetClasses as unknown as Record<string, {collections?: readonly string[]}>)[WIDGETS[tag].className];
    assert.ok(cls, `${tag}: class ${WIDGETS[tag].className}`);
    assert.deepEqual([...(cls.collections ?? [])], [...WIDGETS[tag].collections], `${tag}: the registry's collections are its class's`);
  }
});

test('the lists of what ships name a widget added to the registry: its entry, class, WIDGET_CLASSES, React wrapper and package export', () => {
  const files = widgetModules(withFake);
  const entry = files['entries/fake-widget.ts'];
  assert.ok(entry, 'an entry of its own');
  assert.ok(entry.includes("import {FakeWidget} from '../../components/fake-widget/fake-widget.js';"), entry);
  assert.ok(entry.includes("defineElement('fake-widget', FakeWidget);"), entry);
  assert.ok(entry.includes("'fake-widget': FakeWidget;"), 'its HTMLElementTagNameMap entry');
  assert.ok(files['entries/all.ts']!.includes("import './fake-widget.js';"));
  assert.ok(files['widgets/classes.ts']!.includes("export {FakeWidget} from '../../components/fake-widget/fake-widget.js';"));
  assert.ok(files['widgets/by-tag.ts']!.includes("  'fake-widget': FakeWidget,"));
  assert.ok(files['widgets/react.ts']!.includes("export const FakeWidget = wrap('fake-widget', FakeWidgetElement, 'FakeWidget');"));
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {exports: Record<string, unknown>};
  const exports = packageExports(pkg.exports, withFake);
  assert.deepEqual(exports['./fake-widget.js'], {types: './dist/types/generated/entries/fake-widget.d.ts', default: './dist/fake-widget.js'});
  // Every other export kept, in its place; with the real registry, package.json is already what the generator writes.
  assert.deepEqual(Object.keys(exports).filter((k) => k !== './fake-widget.js'), Object.keys(pkg.exports));
  assert.deepEqual(packageExports(pkg.exports), pkg.exports);
  // The real lists: each widget once, no fake one; a widget taken out of the registry is taken out of every list.
  const real = widgetModules();
  assert.deepEqual(Object.keys(real).filter((k) => k.startsWith('entries/') && k !== 'entries/all.ts'), WIDGET_TAGS.map((tag) => `entries/${tag}.ts`));
  assert.ok(!Object.values(real).some((text) => text.includes('fake-widget')));
  const without = Object.fromEntries(Object.entries(WIDGETS).filter(([tag]) => tag !== 'case-stat')) as typeof WIDGETS;
  assert.ok(!('./case-stat.js' in packageExports(pkg.exports, without)));
  assert.ok(!widgetModules(without)['widgets/classes.ts']!.includes('CaseStat}'));
  for (const name of ['entries/all.ts', 'widgets/classes.ts', 'widgets/by-tag.ts', 'widgets/react.ts']) {
    assert.equal(readFileSync(`${root}src/generated/${name}`, 'utf8'), real[name], `src/generated/${name} is current (npm run generate)`);
  }
});

test('the locale registry: each lang attribute and Intl tag resolves to its locale, native names as Intl names them', () => {
  assert.equal(LOCALES[0], 'zh-Hans');
  // The widgets' runtime keeps its own list and default Intl tags: they are the registry's.
  assert.deepEqual([...RUNTIME_LOCALES], [...LOCALES]);
  for (const locale of LOCALES) assert.equal(intlTag(locale, undefined), DEFAULT_INTL[locale], `${locale}: the runtime's default Intl tag`);
  for (const locale of LOCALES) {
    assert.equal(resolveLocale(LANG_ATTRIBUTE[locale]), locale, `lang="${LANG_ATTRIBUTE[locale]}"`);
    assert.equal(resolveLocale(DEFAULT_INTL[locale]), locale, DEFAULT_INTL[locale]);
    assert.deepEqual(Intl.getCanonicalLocales(DEFAULT_INTL[locale]), [DEFAULT_INTL[locale]]);
    assert.equal(NATIVE_NAME[locale], new Intl.DisplayNames([locale], {type: 'language'}).of(locale), locale);
  }
  // Distinct facts per locale.
  assert.equal(new Set(Object.values(LANG_ATTRIBUTE)).size, LOCALES.length);
  assert.equal(new Set(Object.values(NATIVE_NAME)).size, LOCALES.length);
});
