/**
 * Link payloads for test/hostile-links.test.ts, shared by the test server
 * (which writes them into whole pages, live and static) and the test.
 *
 * Each payload, if it ever became a link and was clicked, would run
 * `top.postMessage('alliance-hit:<n>', '*')` (or navigate somewhere that is
 * not http or https). `markup` is how an editor writes the template in HTML
 * (character references are decoded by the HTML parser); `value` is a
 * template set from script (it may hold characters markup cannot). Case ids
 * of the payloads' data (test/data/hostile-links.json) include `javascript`,
 * `script`, `https` and `s`, so a template can compose a scheme from an id.
 */
const hit = (n) => `top.postMessage('alliance-hit:${n}','*')`;

/** Templates as written in a page's HTML (between double quotes). */
export const MARKUP_TEMPLATES = [
  `javascript:${hit(1)}//{id}`,
  `JavaScript:${hit(2)}//{id}`,
  `JAVASCRIPT:${hit(3)}//{id}`,
  `jAvAsCrIpT:${hit(4)}//{id}`,
  ` javascript:${hit(5)}//{id}`,
  `&#9;javascript:${hit(6)}//{id}`,
  `&#10;javascript:${hit(7)}//{id}`,
  `java&#9;script:${hit(8)}//{id}`,
  `java&#10;script:${hit(9)}//{id}`,
  `java&#13;script:${hit(10)}//{id}`,
  `&#1;javascript:${hit(11)}//{id}`,
  `&#x1f;javascript:${hit(12)}//{id}`,
  `&#106;avascript:${hit(13)}//{id}`,
  `&#x6A;avascript:${hit(14)}//{id}`,
  `&#0000106;avascript:${hit(15)}//{id}`,
  `javascript&colon;${hit(16)}//{id}`,
  `javascript&#58;${hit(17)}//{id}`,
  `java&Tab;script:${hit(18)}//{id}`,
  `java&NewLine;script:${hit(19)}//{id}`,
  `&Tab;&NewLine;javascript:${hit(20)}//{id}`,
  `javascript:/*{id}*/${hit(21)}`,
  `javascript:void(${hit(22)})`,
  `data:text/html,&lt;script&gt;${hit(23)}&lt;/script&gt;{id}`,
  `DATA:text/html,&lt;script&gt;${hit(24)}&lt;/script&gt;{id}`,
  `data:text/html;base64,PHNjcmlwdD50b3AucG9zdE1lc3NhZ2UoJ2FsbGlhbmNlLWhpdDoyNScsJyonKTwvc2NyaXB0Pg==#{id}`,
  `data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${hit(26)}'/&gt;#{id}`,
  `vbscript:msgbox(27)//{id}`,
  `VBScript:msgbox(28)//{id}`,
  `file:///etc/passwd#{id}`,
  `blob:https://example.org/{id}`,
  `about:blank#{id}`,
  `mailto:webmaster@example.org?subject={id}`,
  `tel:+86574{id}`,
  `ftp://example.org/{id}`,
  `ws://example.org/{id}`,
  `view-source:https://example.org/{id}`,
  `{id}:${hit(37)}`,
  `java{id}:${hit(38)}`,
  `{id}://evil.example/${hit(39)}`,
  `http{id}://evil.example/`,
  `{id}&colon;${hit(41)}`,
  `JAVA{id}:${hit(42)}`,
];

/** Templates set from script, as a property and as an attribute: what markup cannot write, and the same forms again. */
export const SCRIPT_TEMPLATES = [
  `javascript:${hit(101)}//{id}`,
  `\u0000javascript:${hit(102)}//{id}`,
  `\u0008javascript:${hit(103)}//{id}`,
  `java\tscript:${hit(104)}//{id}`,
  `java\nscript:${hit(105)}//{id}`,
  `\u000cjavascript:${hit(106)}//{id}`,
  `  \t\n javascript:${hit(107)}//{id}`,
  `data:text/html,<script>${hit(108)}</script>{id}`,
  `vbscript:msgbox(109)//{id}`,
  `{id}:${hit(110)}`,
  `java{id}:${hit(111)}`,
  `{id}://evil.example/`,
];

/**
 * Article URLs from the data (a source's `url`): given by a script's own data
 * source, which the publishing schema does not check, they meet the same link
 * policy; in a portal document the schema refuses them first.
 */
export const DATA_URLS = [
  `javascript:${hit(201)}`,
  `JaVaScRiPt:${hit(202)}`,
  ` javascript:${hit(203)}`,
  `\tjavascript:${hit(204)}`,
  `java\nscript:${hit(205)}`,
  `\u0001javascript:${hit(206)}`,
  `data:text/html,<script>${hit(207)}</script>`,
  `data:text/html;base64,PHNjcmlwdD50b3AucG9zdE1lc3NhZ2UoJ2FsbGlhbmNlLWhpdDoyMDgnLCcqJyk8L3NjcmlwdD4=`,
  `vbscript:msgbox(209)`,
  `file:///etc/passwd`,
  `mailto:webmaster@example.org`,
  `about:blank`,
];

/** Links that must be made: the positive controls. */
export const GOOD_TEMPLATE = '/cases/{id}.html';
export const GOOD_URL = 'https://example.org/article.html';

/** The payload number a hit message names, or undefined for another message. */
export const hitNumber = (message) => (typeof message === 'string' && message.startsWith('alliance-hit:') ? Number(message.slice(13)) : undefined);
