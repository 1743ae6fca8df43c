import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { renderFieldError, type LocalizedText } from '@mocharaka/core';

/** What `LocalizedText` accepts per language (packages/core/src/contract/common.ts). */
export const LOCALIZED_TEXT_MAX = 20000;

export interface LocalizedFieldsOptions {
  /** The field's name: controls are `${name}-ar` and `${name}-fr`, read back with `readLocalizedText`. */
  name: string;
  legend: string;
  value?: LocalizedText;
  multiline?: boolean;
  maxLength?: number;
  /** Messages under the Arabic or French control. */
  errors?: { ar?: string; fr?: string };
  hint?: string;
}

/**
 * A text the commune writes in Arabic (required) and French, side by side on a wide
 * screen and one under the other on a phone, each control in its own language and
 * direction so the browser's spelling and the caret behave.
 */
export function renderLocalizedFields(options: LocalizedFieldsOptions) {
  const { name, legend, value, multiline, maxLength = LOCALIZED_TEXT_MAX, errors = {}, hint } = options;
  const control = (lang: 'ar' | 'fr') => {
    const id = `${name}-${lang}`;
    const errorId = `${id}-error`;
    const text = value?.[lang] ?? '';
    const describedBy = errors[lang] ? errorId : nothing;
    return html`<div class="field" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
      <label for=${id}>${lang === 'ar' ? msg('Arabic (required)') : msg('French')}</label>
      ${renderFieldError(errorId, errors[lang])}
      ${
        multiline
          ? html`<textarea
              id=${id}
              name=${id}
              rows="5"
              maxlength=${maxLength}
              ?required=${lang === 'ar'}
              aria-invalid=${errors[lang] ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${text}
            ></textarea>`
          : html`<input
              id=${id}
              name=${id}
              maxlength=${maxLength}
              ?required=${lang === 'ar'}
              aria-invalid=${errors[lang] ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${text}
            />`
      }
    </div>`;
  };
  return html`<fieldset class="localized">
    <legend>${legend}</legend>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    <div class="columns">${control('ar')} ${control('fr')}</div>
  </fieldset>`;
}

/** The text of `renderLocalizedFields(name)` in `form`: Arabic as typed, French only when written. */
export function readLocalizedText(form: HTMLFormElement, name: string): LocalizedText {
  const read = (lang: string) => String(new FormData(form).get(`${name}-${lang}`) ?? '').trim();
  const fr = read('fr');
  return fr ? { ar: read('ar'), fr } : { ar: read('ar') };
}
