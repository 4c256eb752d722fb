/** The copyable snippet shown under every story: the tag as written in a page, then the script once. */
export function embedSnippet(tag: string, attributes: Record<string, string | number | boolean | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${String(value).replace(/"/g, '&quot;')}"`))
    .join('');
  return `<${tag}${attrs}></${tag}>\n<script src="alliance-widgets.iife.js"></script>`;
}

/** Storybook parameters that show the embed snippet as the story's code. */
export const embedParameters = <A extends object>(tag: string, pick: (args: A) => Record<string, string | number | boolean | undefined>) => ({
  docs: {source: {language: 'html', transform: (_code: string, context: {args: A}) => embedSnippet(tag, pick(context.args))}},
});
