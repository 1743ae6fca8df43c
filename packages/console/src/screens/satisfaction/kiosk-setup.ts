import type { Locale } from '@mocharaka/core';
import { consoleHref } from '../../shell/navigation.js';

/** Where the reference server serves the standalone element of the satisfaction package. */
const SATISFACTION_SCRIPT = '/elements/mocharaka-satisfaction.js';

export interface KioskSettings {
  serviceId: string;
  kioskId: string;
  locale: Locale;
  /** The server's origin, e.g. `https://participation.commune.ma`. */
  origin: string;
}

/** A whole page for a counter tablet: the element in kiosk mode, full screen, on this server's API. */
export function kioskPage({ serviceId, kioskId, locale, origin }: KioskSettings): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${serviceId}</title>
<script type="module" src="${origin}${SATISFACTION_SCRIPT}"></script>
</head>
<body>
<mocharaka-satisfaction endpoint="${origin}/v1" service="${serviceId}" mode="kiosk" kiosk-id="${kioskId}"></mocharaka-satisfaction>
</body>
</html>
`;
}

/** The address of the console's own kiosk screen for this tablet. */
export function kioskUrl({ serviceId, kioskId, locale, origin }: KioskSettings): string {
  return `${origin}${consoleHref(`/satisfaction/${serviceId}/kiosk`, { kiosk: kioskId, lang: locale })}`;
}

/** A kiosk id is an `Id` of the contract: lower-case letters, digits and dashes. */
export const KIOSK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
