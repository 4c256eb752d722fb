/**
 * Portal pages in the encodings Chinese government sites are written in,
 * each with its own Chinese text (title, menu), its own inline JSON and four
 * widgets — two in Simplified, two in Traditional Chinese, so every legacy
 * encoding meets characters it lacks. The command line renders them
 * (test/node/cli-encoding.test.ts; the browser test reads them back with
 * scripts off, served by web-test-runner.config.mjs under
 * /test/pages/cli-encoding/<name>.html). Plain data: imported in Node and in the browser.
 */

/** Each page: its file name, the label it declares, how (`meta` or `http-equiv`), what browsers call its encoding, and its script of Chinese. */
export const ENCODED_PAGES = [
  {name: 'gb2312', label: 'gb2312', declare: 'http-equiv', characterSet: 'GBK', hant: false},
  {name: 'gbk', label: 'GBK', declare: 'meta', characterSet: 'GBK', hant: false},
  {name: 'gb18030', label: 'gb18030', declare: 'meta', characterSet: 'gb18030', hant: false},
  {name: 'big5', label: 'big5', declare: 'meta', characterSet: 'Big5', hant: true},
  {name: 'utf-8', label: 'utf-8', declare: 'meta', characterSet: 'UTF-8', hant: false},
];

/** The page's own text, in the script its encoding is made for. */
export const pageText = (page) =>
  page.hant
    ? {title: '寧波市黨建聯盟 — 典型案例', menu: ['首頁', '聯盟動態', '典型案例', '聯繫我們']}
    : {title: '宁波市党建联盟 — 典型案例', menu: ['首页', '联盟动态', '典型案例', '联系我们']};

/** The four widgets, by tag, as the page holds them. */
export const PAGE_WIDGETS = {
  'case-stat': '<case-stat stat="workshop-employment"></case-stat>',
  'alliance-model-card': '<alliance-model-card model="mentor-led"></alliance-model-card>',
  'case-study-card': '<case-study-card lang="zh-Hant" case="kuangyan-south"></case-study-card>',
  'timeline-view': '<timeline-view lang="zh-Hant"></timeline-view>',
};

/** The page as its webmaster wrote it (a string: the test encodes it in the page's encoding). */
export function sourcePage(page) {
  const {title, menu} = pageText(page);
  const declaration =
    page.declare === 'http-equiv' ? `<meta http-equiv="Content-Type" content="text/html; charset=${page.label}">` : `<meta charset="${page.label}">`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
${declaration}
<title>${title}</title>
</head>
<body>
<nav id="menu">${menu.map((item) => `<a href="#">${item}</a>`).join(' | ')}</nav>
<h1 id="heading">${title}</h1>
<script type="application/json" id="site-data">{"title": "${title}", "menu": ${JSON.stringify(menu)}}</script>
<main>
${Object.values(PAGE_WIDGETS).join('\n')}
</main>
</body>
</html>
`;
}
