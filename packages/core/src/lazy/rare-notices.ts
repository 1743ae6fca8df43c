import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadProblem } from '../element/diagnose.js';
import { LOCALE_NAMES, type Locale } from '../localization/locales.js';

/*
 * What only rare paths show: a configuration mistake, a load naming an id that does not
 * exist, a page asking for two languages (or whose app set up @lit/localize first), and
 * the page admin's console hint after a failed load. Downloaded the first time one of
 * them is taken, not with every element (see `MocharakaElement`).
 */

/**
 * The `[mocharaka]` console line for a page's admin, naming the likely fix; undefined
 * when the citizen, not the page, has something to do.
 */
export function adminHint(problem: LoadProblem, tagName: string, endpoint = '', id = ''): string | undefined {
  const fix =
    problem === 'unreachable'
      ? `no answer from ${endpoint}: check the endpoint address, and that the server allows the origin ${location.origin} (MOCHARAKA_ALLOWED_ORIGINS)`
      : problem === 'not-an-api'
        ? `${endpoint} is not a Mocharaka API: the endpoint is its base address, ending in /v1`
        : problem === 'unknown-id'
          ? `${endpoint} has nothing with the id "${id}": check the tag`
          : '';
  return fix && `<${tagName}>: ${fix}.`;
}

export const missingEndpoint = (tagName: string) =>
  msg(
    str`This ${tagName} widget has no backend address. Add an endpoint attribute to the tag, or a mocharaka:endpoint meta tag to the page.`,
  );

export const missingAttribute = (tagName: string, attribute: string) => msg(str`This ${tagName} widget needs a ${attribute} attribute.`);

/** A failed load whose id does not exist, naming it. */
export const unknownId = (id: string) =>
  msg(html`Nothing was found with the id <bdi dir="ltr">${id}</bdi>. It may have been removed, or this page may give a wrong id.`);

/**
 * Said on screen when the element cannot speak the language asked of it: @lit/localize
 * holds one language per page, so Mocharaka elements asking for different ones all use
 * the last one requested, and a page whose app configured @lit/localize first keeps
 * Mocharaka's translations out (the source language is shown: Arabic in the standalone
 * build, English from the npm packages).
 */
export function localeNotice(shown: Locale, blockedByHost: boolean) {
  const language = LOCALE_NAMES[shown];
  return html`<p class="notice" part="locale-notice">${
    blockedByHost
      ? msg(str`The page’s own translation setup keeps this widget from loading its translations, so it is shown in ${language}.`)
      : msg(str`This widget is shown in ${language}: another widget on this page asked for that language, and a page can show only one.`)
  }</p>`;
}
