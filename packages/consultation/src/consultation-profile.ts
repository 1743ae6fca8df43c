import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { AGE_BANDS, GENDERS, YES_NO, type Consultation } from '@mocharaka/core';
import { plain } from './text.js';
import { renderNav, type ConsultationView } from './consultation-view.js';

/** The optional profile questions for the commune's equality commission. */
export function renderProfile(view: ConsultationView, data: Consultation) {
  const { locale, profile } = view;
  const fields = data.profile?.fields ?? [];
  const radios = (
    field: 'gender' | 'ageBand' | 'associationMember',
    values: readonly string[],
    labels: Record<string, string>,
    legend: string,
  ) =>
    html`<fieldset class="question" part="question"><legend>${legend} <span class="optional">${msg('(optional)')}</span></legend>
        <div class="choices">
          ${[...values, ''].map(
            (value, index) => html`<label class="choice"><input type="radio" name=${field} id="p-${field}-${index}"
            .checked=${(profile[field] ?? '') === value} @change=${() => view.setProfile(field, value)} /> ${value ? labels[value] : msg('I prefer not to say')}</label>`,
          )}
        </div></fieldset>`;
  return html`<h3 id="page-title" tabindex="-1">${msg('About you (optional)')}</h3>
      <p class="notice">${msg('These questions are optional. The answers are used only for anonymous statistics for the commune’s equality commission, never to identify you.')}</p>
      ${fields.includes('gender') ? radios('gender', GENDERS, { woman: msg('Woman'), man: msg('Man') }, msg('You are')) : nothing}
      ${
        fields.includes('ageBand')
          ? radios(
              'ageBand',
              AGE_BANDS,
              {
                'under-18': msg('Under 18'),
                '18-24': msg('18 to 24'),
                '25-34': msg('25 to 34'),
                '35-49': msg('35 to 49'),
                '50-64': msg('50 to 64'),
                '65-plus': msg('65 or over'),
              },
              msg('Your age'),
            )
          : nothing
      }
      ${
        fields.includes('neighbourhood')
          ? html`<div class="question field" part="question"><label for="p-neighbourhood">${msg('Where you live')} <span class="optional">${msg('(optional)')}</span></label>
            <select id="p-neighbourhood" @change=${(event: Event) => view.setProfile('neighbourhood', (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!profile.neighbourhood}>${msg('I prefer not to say')}</option>
              ${(data.profile?.neighbourhoods ?? []).map((one) => html`<option value=${one.id} ?selected=${profile.neighbourhood === one.id}>${plain(one.label, locale)}</option>`)}
            </select></div>`
          : nothing
      }
      ${fields.includes('associationMember') ? radios('associationMember', YES_NO, { yes: msg('Yes'), no: msg('No') }, msg('Are you a member of an association?')) : nothing}
      ${renderNav(view)}`;
}
