/**
 * Loads a file that the one-file bundle keeps beside itself (src/bundle-files.ts),
 * found from the bundle's own URL (in dist/ of a CDN's URL of the package), read while the bundle runs (later there is
 * no current script). The file hands over what it holds in an event on
 * `document` as it runs, so it works both ways it is loaded: over http(s) it
 * is imported as a module (which no Trusted Types policy governs); from a page
 * opened from disk it is added as a classic script (browsers import no module
 * from file:). Each file once; a failed load may be retried later.
 */
import {VERSION} from './version.js';

const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
const loads = new Map<string, Promise<unknown>>();

/** What the file of that name hands over in that event (the `detail` of the bundle's own version), once it has run. */
export function loadBesideBundle<T>({file, event}: {file: string; event: string}): Promise<T> {
  let pending = loads.get(file);
  if (!pending) {
    pending = new Promise<unknown>((resolve, reject) => {
      if (!script?.src) throw new Error(`alliance-widgets: the bundle's own URL is unknown, so ${file} cannot be found`);
      // A CDN's URL of the package itself (`…/alliance-widgets@1.2.3`, which serves the bundle as package.json's
      // `jsdelivr`/`unpkg` file) has no folder of the bundle's own: the files beside it are in the package's dist/.
      const at = new URL(script.src);
      const url = new URL(file, /\/alliance-widgets(@[^/]*)?$/.test(at.pathname) ? new URL(`${at.pathname}/dist/`, at) : at);
      let given: {version?: unknown} | undefined;
      const take = (e: Event) => {
        const detail = (e as CustomEvent<{version?: unknown} | null>).detail;
        if (detail?.version === VERSION) given = detail;
      };
      const done = () => {
        document.removeEventListener(event, take);
        if (given) resolve(given);
        else reject(new Error(`alliance-widgets: ${url.href} could not be loaded, or is not the file of version ${VERSION}`));
      };
      document.addEventListener(event, take);
      if (url.protocol === 'file:') {
        const tag = document.createElement('script');
        tag.onload = tag.onerror = () => (tag.remove(), done());
        tag.src = url.href;
        document.head.append(tag);
      } else {
        import(/* @vite-ignore */ url.href).then(done, done);
      }
    });
    pending.catch(() => loads.delete(file));
    loads.set(file, pending);
  }
  return pending as Promise<T>;
}
