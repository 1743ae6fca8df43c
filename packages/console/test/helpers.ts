import { fixture } from '../../../test/support/browser-testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { useLocale, type Locale } from '@mocharaka/core';
import type { TemplateResult } from 'lit';
import { LOCALE_STORAGE_KEY } from '../src/shell/console-app.js';
import type { ConsoleScreen } from '../src/shell/console-screen.js';

/** The languages every screen is checked in. */
export const TEST_LOCALES = ['ar', 'fr'] as const satisfies readonly Locale[];

/** Switches the console to `locale` (strings loaded, document direction set) before a fixture. */
export async function withLocale(locale: Locale): Promise<void> {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  await useLocale(locale);
}

/** Renders a screen and waits until it has loaded what it loads (no "Loading…" left, nested screens included). */
export async function renderScreen<T extends ConsoleScreen>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await until(() => !stillLoading(element), `<${element.localName}> to load`);
  await element.updateComplete;
  return element;
}

function stillLoading(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  return (
    Boolean(root.querySelector('.loading')) || [...root.querySelectorAll('*')].some((child) => child.shadowRoot && stillLoading(child))
  );
}

/** Polls `condition` until it holds (never a fixed sleep: the machine may be loaded). */
export async function until(condition: () => unknown, what = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function $<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = element.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <${element.localName}>`);
  return found;
}

/** Types `text` into a box with the keyboard (replacing what it holds), as a person does: `٢٠٢٧` the way an Arabic keyboard sends it. */
export async function typeKeys(element: Element & { updateComplete?: Promise<unknown> }, selector: string, text: string): Promise<void> {
  const box = $<HTMLInputElement>(element, selector);
  box.focus();
  box.select();
  await sendKeys({ type: text });
  await element.updateComplete;
}
