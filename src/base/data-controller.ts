import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Dataset} from '../data/dataset.js';
import type {Collection, Locale} from '../data/types.js';
import {getLocale, localeSettled, onRegionChange, requestedLocale} from '../localization/localization.js';

export type DataState = 'loading' | 'ready' | 'error';

/**
 * Loads the collections a widget needs in the active locale, and again
 * whenever the locale changes; the host re-renders once both the new
 * messages and the new data are there. While a new locale loads, the previous
 * data stays on screen, so a language switch never blanks a widget or mixes
 * two languages.
 */
export class DataController implements ReactiveController {
  state: DataState = 'loading';
  data: Dataset | undefined;
  error: unknown;
  private generation = 0;
  private stopRegion: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly collections: readonly Collection[],
    private readonly loadData: (locale: Locale, collections: readonly Collection[]) => Promise<Dataset>,
    private readonly peek?: (locale: Locale, collections: readonly Collection[]) => Dataset | undefined
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('lit-localize-status', this.onLocaleStatus);
    // Same language, another region (en-US → en-GB): numbers and dates change, the data does not.
    this.stopRegion = onRegionChange(() => this.host.requestUpdate());
    // Data another widget already loaded renders in the first update: no loading state at all.
    const ready = this.peek?.(requestedLocale(), this.collections);
    if (ready && ready.locale === getLocale() && !this.data) {
      this.data = ready;
      this.state = 'ready';
    }
    void this.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('lit-localize-status', this.onLocaleStatus);
    this.stopRegion?.();
  }

  private readonly onLocaleStatus = (event: WindowEventMap['lit-localize-status']) => {
    if (event.detail.status === 'ready') void this.load();
  };

  private async load(): Promise<void> {
    const generation = ++this.generation;
    try {
      const locale = await localeSettled();
      if (this.data?.locale === locale) {
        // Same data (e.g. a locale switched there and back): re-render for the messages.
        this.host.requestUpdate();
        return;
      }
      if (!this.data) this.state = 'loading';
      const data = await this.loadData(locale, this.collections);
      if (generation !== this.generation) return;
      this.data = data;
      this.state = 'ready';
      this.error = undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.state = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }
}
