/**
 * Copying the code a tool of the catalogue writes (the data workbench's embed,
 * the theme builder's CSS): to the clipboard, or, where the page has no
 * clipboard access (an insecure page, or permission refused), the code
 * selected in its text area for Ctrl+C.
 */
export async function copyOrSelect(text: string, area: HTMLTextAreaElement): Promise<'copied' | 'copy-failed'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    area.select();
    return 'copy-failed';
  }
}
