import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { activeLocale, LOCALE_READY_EVENT, sharedStyles, type Locale, type StaffRole } from '@mocharaka/core';
import type { StaffSession } from '@mocharaka/core/contract';
import type { StaffApi } from '../api/staff-api.js';
import { registerConsoleCatalogs } from '../locales.js';
import { consoleStyles } from './console-styles.js';
import { ConsoleNavigateEvent, ConsoleSessionChangedEvent } from './navigation.js';

registerConsoleCatalogs();

/**
 * What every console screen shares. The shell sets `api`, `session`, `params` and
 * `query` as properties before connecting the screen; tests set them the same way.
 */
export abstract class ConsoleScreen extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  @property({ attribute: false }) api!: StaffApi;
  /** Absent only on the sign-in screen. */
  @property({ attribute: false }) session?: StaffSession;
  /** The `:name` segments of the screen's path. */
  @property({ attribute: false }) params: Record<string, string> = {};
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams();

  /** The console's language; a change re-renders the screen. */
  @state() protected locale: Locale = activeLocale();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LOCALE_READY_EVENT, this.#onLocaleReady);
    this.locale = activeLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_READY_EVENT, this.#onLocaleReady);
  }

  #onLocaleReady = () => {
    this.locale = activeLocale();
    this.requestUpdate();
  };

  protected get staffRole(): StaffRole | undefined {
    return this.session?.account.role;
  }

  /** True when the signed-in account holds one of `roles` (admin holds them all). */
  protected may(...roles: StaffRole[]): boolean {
    const role = this.staffRole;
    return role === 'admin' || (role !== undefined && roles.includes(role));
  }

  protected navigate(href: string, replace = false): void {
    this.dispatchEvent(new ConsoleNavigateEvent(href, replace));
  }

  protected sessionChanged(): void {
    this.dispatchEvent(new ConsoleSessionChangedEvent());
  }
}
