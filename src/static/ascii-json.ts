/**
 * JSON text for a `<script type="application/json">` inside a page: pure
 * ASCII, every other character written as `\uXXXX` (JSON reads it back as
 * itself), so a page saved in GB2312, GBK or any other encoding carries the
 * data unchanged: a CMS cannot turn a character its encoding lacks into
 * `&#20491;` (not decoded inside a script) or `?`. Every `<` is written as
 * `\u003c` too, so no `</script>` or `<!--` in the data can end the element.
 *
 * `space` indents as `JSON.stringify` does.
 */
export const asciiJson = (value: unknown, space?: number): string =>
  JSON.stringify(value, null, space).replace(/[<\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
