import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import './preview.css';
import charter from '../packages/charter/custom-elements.json';
import consultation from '../packages/consultation/custom-elements.json';
import petition from '../packages/petition/custom-elements.json';
import satisfaction from '../packages/satisfaction/custom-elements.json';
import suggestions from '../packages/suggestions/custom-elements.json';

// One manifest for the four elements (each package writes its own: `npm run manifest`).
const manifests: ReadonlyArray<{ schemaVersion: string; modules: readonly unknown[] }> = [
  petition,
  consultation,
  charter,
  satisfaction,
  suggestions,
];
setCustomElementsManifest({ schemaVersion: petition.schemaVersion, modules: manifests.flatMap((manifest) => manifest.modules) });

type StoryLocale = 'ar' | 'fr' | 'zgh' | 'en';
type StoryTheme = 'default' | 'commune-blue';

/**
 * Wraps each story in a container carrying `lang`, `dir` and the theme class, and sets
 * `<html lang>` too: all Mocharaka elements on a page share one UI locale, and an
 * element without its own `lang` follows its ancestors, then the page. The container is
 * keyed on locale and theme so switching either mounts fresh elements.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = (context.globals.locale ?? 'ar') as StoryLocale;
  const theme = (context.globals.theme ?? 'default') as StoryTheme;
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  document.documentElement.lang = locale;
  return html`${keyed(
    `${locale}:${theme}:${context.id}`,
    html`<div class="mocharaka-story mocharaka-theme-${theme}" lang=${locale} dir=${dir}>${story()}</div>`,
  )}`;
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'UI language of the elements (Arabic is the default, right to left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'ar', title: 'العربية (ar, rtl)', right: 'ar' },
          { value: 'fr', title: 'Français (fr)', right: 'fr' },
          { value: 'zgh', title: 'ⵜⴰⵎⴰⵣⵉⵖⵜ (zgh)', right: 'zgh' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
      },
    },
    theme: {
      description: 'A commune theme set through --mocharaka-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'default', title: 'Default (Mocharaka green)' },
          { value: 'commune-blue', title: 'Commune blue' },
        ],
      },
    },
  },
  initialGlobals: {
    locale: 'ar',
    theme: 'default',
  },
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
  },
};

export default preview;
