import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  ApiError,
  LOCALE_READY_EVENT,
  SUPPORTED_LOCALES,
  activeLocale,
  directionOf,
  normalizeLocale,
  pickText,
  sharedStyles,
  useLocale,
  type Locale,
} from '@mocharaka/core';
import type { CommuneSettings, StaffSession } from '@mocharaka/core/contract';
import { HttpStaffApi, type StaffApi } from '../api/staff-api.js';
import '../screens/index.js';
import { consoleStyles } from './console-styles.js';
import type { ConsoleScreen } from './console-screen.js';
import { ConsoleNavigateEvent, ConsoleSessionChangedEvent, consoleHref, screenPath } from './navigation.js';
import { NAV_SECTIONS, allScreens, matchScreen, mayOpen, type ScreenDefinition } from './screens.js';
import { renderLoadFailure, renderLoading } from './loading.js';
import { describeStaffError, roleLabel } from './staff-messages.js';

/** Where the console remembers the language a staff member picked. */
export const LOCALE_STORAGE_KEY = 'mocharaka-console:locale';
const SIGN_IN_PATH = '/sign-in';

/** Each language's name in itself, for the language switch. */
const LANGUAGE_NAMES: Record<Locale, string> = { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ', en: 'English' };

type SessionState =
  { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'signed-in'; session: StaffSession } | { kind: 'failed'; error: unknown };

/**
 * `<mocharaka-console>`: the staff console's shell. It finds who is signed in, picks
 * the screen for the address (`/console/petitions/…`), checks the role may open it,
 * and renders the header, the navigation filtered by role, and the screen. Screens are
 * registered in `screens/*\/routes.ts` and loaded on first use.
 */
export class MocharakaConsole extends LitElement {
  static override styles = [
    sharedStyles,
    consoleStyles,
    css`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--_surface-alt);
        line-height: 1.5;
      }
      .skip {
        position: absolute;
        inset-inline-start: -100vw;
      }
      .skip:focus {
        inset-inline-start: var(--_space);
        inset-block-start: var(--_space);
        z-index: 2;
        background: var(--_surface);
        padding: 0.5em 1em;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) / 2) var(--_space);
        padding: calc(var(--_space) / 2) var(--_space);
        background: var(--_primary);
        color: var(--_on-primary);
      }
      header .brand {
        font-weight: 700;
        font-size: 1.1rem;
        margin-inline-end: auto;
      }
      header .brand span {
        font-weight: 400;
      }
      header a,
      header .who {
        color: var(--_on-primary);
      }
      header .button.secondary {
        color: var(--_on-primary);
        border-color: var(--_on-primary);
        min-block-size: 40px;
      }
      header select {
        inline-size: auto;
        min-block-size: 40px;
        color: var(--_text);
      }
      header label {
        font-weight: 400;
      }
      .layout {
        display: grid;
        grid-template-columns: 15rem minmax(0, 1fr);
        align-items: start;
      }
      nav {
        padding: var(--_space);
        background: var(--_surface);
        border-inline-end: 1px solid var(--_border);
        min-block-size: calc(100vh - 4rem);
      }
      nav h2 {
        font-size: 0.9rem;
        color: var(--_muted);
        margin-block: var(--_space) 0.25em;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: flex;
        align-items: center;
        min-block-size: 44px;
        padding-inline: 0.5em;
        border-radius: calc(var(--_radius) / 2);
        text-decoration: none;
        color: var(--_text);
      }
      nav a[aria-current='page'] {
        background: var(--_surface-alt);
        color: var(--_primary);
        font-weight: 700;
        border-inline-start: 4px solid var(--_primary);
      }
      .menu-toggle {
        display: none;
      }
      main {
        padding: var(--_space);
        min-inline-size: 0;
        max-inline-size: 80rem;
      }
      main > h1 {
        font-size: 1.5rem;
        margin-block: 0 var(--_space);
      }
      main:focus,
      main > h1:focus {
        outline: none;
      }
      .signed-out main {
        margin-inline: auto;
        max-inline-size: 32rem;
      }
      @media (max-width: 50rem) {
        .layout {
          grid-template-columns: 1fr;
        }
        nav {
          min-block-size: 0;
          border-inline-end: 0;
          border-block-end: 1px solid var(--_border);
        }
        nav[data-open='false'] .nav-lists {
          display: none;
        }
        .menu-toggle {
          display: inline-flex;
        }
      }
    `,
  ];

  /** The API the screens use; the default talks to the same origin with the session cookie. */
  @property({ attribute: false }) api: StaffApi = new HttpStaffApi();

  @state() private sessionState: SessionState = { kind: 'loading' };
  @state() private path = '/';
  @state() private screenElement?: ConsoleScreen;
  @state() private settings?: CommuneSettings;
  @state() private menuOpen = false;
  @state() private locale: Locale = activeLocale();

  @query('main > h1') private heading?: HTMLElement;

  #loadedScreen?: ScreenDefinition;
  #focusHeadingAfterRender = false;
  #screenRequest = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener(LOCALE_READY_EVENT, this.#onLocaleReady);
    this.addEventListener('click', this.#onClick);
    this.addEventListener(ConsoleNavigateEvent.type, this.#onNavigate);
    this.addEventListener(ConsoleSessionChangedEvent.type, this.#onSessionChanged);
    if (this.api instanceof HttpStaffApi) this.api.onSignedOut = () => this.#signedOut();
    this.path = screenPath(new URL(location.href)) ?? '/';
    void this.#switchLocale(this.#initialLocale());
    void this.#loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener(LOCALE_READY_EVENT, this.#onLocaleReady);
  }

  #initialLocale(): Locale {
    const fromQuery = normalizeLocale(new URL(location.href).searchParams.get('lang'));
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    } catch {
      // Storage may be off (private mode, policy): the default language it is.
    }
    return fromQuery ?? normalizeLocale(stored) ?? normalizeLocale(document.documentElement.lang) ?? 'ar';
  }

  async #switchLocale(locale: Locale) {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Not remembered across visits; the switch still works.
    }
    await useLocale(locale);
  }

  #onLocaleReady = () => {
    this.locale = activeLocale();
    this.#updateTitle();
  };

  async #loadSession() {
    try {
      const session = await this.api.get<StaffSession>('/v1/admin/session');
      if (this.api instanceof HttpStaffApi) this.api.csrfToken = session.csrfToken;
      this.sessionState = { kind: 'signed-in', session };
      void this.#loadSettings();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.#signedOut();
      else this.sessionState = { kind: 'failed', error };
    }
    await this.#showScreen();
  }

  async #loadSettings() {
    try {
      this.settings = await this.api.get<CommuneSettings>('/v1/admin/settings');
    } catch {
      // The header then shows no commune name; every screen reports its own failures.
    }
  }

  #signedOut() {
    if (this.api instanceof HttpStaffApi) this.api.csrfToken = undefined;
    const wasSignedIn = this.sessionState.kind === 'signed-in';
    this.sessionState = { kind: 'signed-out' };
    if (wasSignedIn) void this.#showScreen();
  }

  #onSessionChanged = () => {
    void this.#loadSession();
  };

  #onPopState = () => {
    this.path = screenPath(new URL(location.href)) ?? '/';
    this.#focusHeadingAfterRender = true;
    void this.#showScreen();
  };

  #onNavigate = (event: ConsoleNavigateEvent) => {
    this.#go(event.href, event.replace);
  };

  /** Links to console screens change the screen without reloading the page. */
  #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || screenPath(url) === undefined) return;
    event.preventDefault();
    this.#go(`${url.pathname}${url.search}${url.hash}`);
  };

  #go(href: string, replace = false) {
    const url = new URL(href, location.href);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.path = screenPath(url) ?? '/';
    this.menuOpen = false;
    this.#focusHeadingAfterRender = true;
    void this.#showScreen();
  }

  /** Loads and renders the screen for the current path, or sign-in without a session. */
  async #showScreen() {
    const request = ++this.#screenRequest;
    const state = this.sessionState;
    if (state.kind === 'loading' || state.kind === 'failed') return;
    const match = state.kind === 'signed-out' ? matchScreen(SIGN_IN_PATH) : matchScreen(this.path);
    if (state.kind === 'signed-in' && this.path === SIGN_IN_PATH) {
      this.#go(consoleHref('/'), true);
      return;
    }
    if (!match || (state.kind === 'signed-in' && !mayOpen(match.screen, state.session.account.role))) {
      this.#loadedScreen = match?.screen;
      this.screenElement = undefined;
      this.#updateTitle();
      return;
    }
    await match.screen.load();
    if (request !== this.#screenRequest) return;
    const element =
      this.#loadedScreen === match.screen && this.screenElement
        ? this.screenElement
        : (document.createElement(match.screen.tag) as unknown as ConsoleScreen);
    element.api = this.api;
    element.session = state.kind === 'signed-in' ? state.session : undefined;
    element.params = match.params;
    element.query = new URL(location.href).searchParams;
    this.#loadedScreen = match.screen;
    this.screenElement = element;
    this.#updateTitle();
  }

  #updateTitle() {
    const title = this.#title();
    document.title = `${title} · ${msg('Mocharaka console')}`;
  }

  #title(): string {
    const screen = this.#loadedScreen;
    if (!screen) return msg('Page not found');
    if (!this.screenElement) return msg('Not allowed');
    return screen.title();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusHeadingAfterRender && this.heading) {
      this.#focusHeadingAfterRender = false;
      this.heading.focus();
    }
  }

  async #signOut() {
    try {
      await this.api.send('DELETE', '/v1/admin/session');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) {
        window.alert(describeStaffError(error));
        return;
      }
    }
    this.#signedOut();
    this.#go(consoleHref('/'), true);
  }

  #onLanguageChange(event: Event) {
    const locale = normalizeLocale((event.target as HTMLSelectElement).value);
    if (locale) void this.#switchLocale(locale);
  }

  protected override render() {
    const state = this.sessionState;
    if (state.kind === 'loading') return html`<main>${renderLoading()}</main>`;
    if (state.kind === 'failed') return html`<main>${renderLoadFailure(state.error, () => this.#loadSession())}</main>`;
    const session = state.kind === 'signed-in' ? state.session : undefined;
    return html`<div class=${session ? 'signed-in' : 'signed-out'}>
      <button class="skip button secondary" @click=${this.#skipToMain}>${msg('Skip to content')}</button>
      ${this.#renderHeader(session)}
      ${session ? html`<div class="layout">${this.#renderNav(session)}${this.#renderMain()}</div>` : this.#renderMain()}
    </div>`;
  }

  // A button, not a `#main` link: fragments do not reach into the shadow root.
  #skipToMain() {
    this.heading?.focus();
  }

  #renderHeader(session: StaffSession | undefined) {
    const commune = this.settings ? pickText(this.settings.name, this.locale).text : undefined;
    return html`<header>
      <div class="brand">${msg('Mocharaka console')}${commune ? html` · <span>${commune}</span>` : nothing}</div>
      <label>
        <span class="visually-hidden">${msg('Language')}</span>
        <select @change=${this.#onLanguageChange} aria-label=${msg('Language')}>
          ${SUPPORTED_LOCALES.map(
            (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === this.locale}>${LANGUAGE_NAMES[locale]}</option>`,
          )}
        </select>
      </label>
      ${
        session
          ? html`<span class="who">${session.account.displayName} (${roleLabel(session.account.role)})</span>
              <a href=${consoleHref('/account')}>${msg('My account')}</a>
              <button class="button secondary" @click=${() => this.#signOut()}>${msg('Sign out')}</button>`
          : nothing
      }
    </header>`;
  }

  #renderNav(session: StaffSession) {
    const visible = allScreens().filter((screen) => screen.nav && mayOpen(screen, session.account.role));
    const current = this.#loadedScreen;
    const sectionLabel = { participation: msg('Participation'), commune: msg('Commune') } as const;
    return html`<nav aria-label=${msg('Console')} data-open=${String(this.menuOpen)}>
      <button
        class="button secondary menu-toggle"
        aria-expanded=${String(this.menuOpen)}
        aria-controls="nav-lists"
        @click=${() => (this.menuOpen = !this.menuOpen)}
      >
        ${msg('Menu')}
      </button>
      <div class="nav-lists" id="nav-lists">
        ${NAV_SECTIONS.map((section) => {
          const items = visible.filter((screen) => screen.nav!.section === section).sort((a, b) => a.nav!.order - b.nav!.order);
          if (!items.length) return nothing;
          return html`<h2 id="nav-${section}">${sectionLabel[section]}</h2>
            <ul aria-labelledby="nav-${section}">
              ${items.map((screen) => {
                const active = current === screen || (current?.path.startsWith(`${screen.path}/`) && screen.path !== '/');
                return html`<li>
                  <a href=${consoleHref(screen.path)} aria-current=${active ? 'page' : 'false'}>${screen.nav!.label()}</a>
                </li>`;
              })}
            </ul>`;
        })}
      </div>
    </nav>`;
  }

  #renderMain() {
    return html`<main id="main" tabindex="-1">
      <h1 tabindex="-1">${this.#title()}</h1>
      ${
        this.screenElement ??
        html`<p>
            ${
              this.#loadedScreen
                ? msg('Your role does not allow you to open this page. Ask an administrator if you need it.')
                : msg('There is no console page at this address.')
            }
          </p>
          <p><a href=${consoleHref('/')}>${msg('Go to the dashboard')}</a></p>`
      }
    </main>`;
  }
}
