import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ResourceController,
  defineElement,
  formatNumber,
  renderErrorSummary,
  renderFieldError,
  type FieldProblem,
  readTypedNumber,
} from '@mocharaka/core';
import {
  DEFAULT_THRESHOLDS,
  EMBEDDING_ORIGINS_MAX,
  POPULATION_CATEGORIES,
  RETENTION_DAYS_MAX,
  type CommuneSettings,
  type CommuneSettingsInput,
  type PopulationCategory,
} from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { readLocalizedText, renderLocalizedFields } from '../../shell/localized-fields.js';
import { problemsOf } from '../../shell/staff-messages.js';

const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(?::[0-9]{1,5})?$/;

function categoryLabel(category: PopulationCategory): string {
  switch (category) {
    case 'under_35000':
      return msg('Fewer than 35,000 inhabitants');
    case 'over_35000':
      return msg('35,000 inhabitants or more');
    case 'with_arrondissements':
      return msg('Commune with arrondissements');
  }
}

/** The commune's name, population category (legal thresholds), embedding sites and retention period. */
export class SettingsScreen extends ConsoleScreen {
  @state() private problems: FieldProblem[] = [];
  @state() private busy = false;
  @state() private announcement = '';

  #settings = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<CommuneSettings>('/v1/admin/settings', undefined, signal),
  });

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const origins = String(data.get('origins') ?? '')
      .split(/\s+/)
      .map((origin) => origin.trim().replace(/\/$/, '').toLowerCase())
      .filter(Boolean);
    const retentionText = String(data.get('retention') ?? '').trim();
    const input: CommuneSettingsInput = {
      name: readLocalizedText(form, 'name'),
      populationCategory: String(data.get('category')) as PopulationCategory,
      embeddingOrigins: [...new Set(origins)],
      retentionDays: readTypedNumber(retentionText),
    };
    const problems: FieldProblem[] = [];
    if (!input.name.ar) problems.push({ fieldId: 'name-ar', message: msg('Enter the commune’s name in Arabic') });
    const wrong = input.embeddingOrigins.filter((origin) => !ORIGIN_PATTERN.test(origin));
    if (wrong.length)
      problems.push({ fieldId: 'origins', message: msg(str`Not a site address (https://name.ma, without a path): ${wrong.join(', ')}`) });
    else if (input.embeddingOrigins.length > EMBEDDING_ORIGINS_MAX)
      problems.push({ fieldId: 'origins', message: msg(str`At most ${formatNumber(this.locale, EMBEDDING_ORIGINS_MAX)} sites`) });
    if (!Number.isInteger(input.retentionDays) || input.retentionDays < 1 || input.retentionDays > RETENTION_DAYS_MAX) {
      problems.push({
        fieldId: 'retention',
        message: msg(str`The retention period must be a whole number of days from 1 to ${formatNumber(this.locale, RETENTION_DAYS_MAX)}`),
      });
    }
    this.problems = problems;
    if (problems.length) return this.#focusSummary();
    this.busy = true;
    try {
      await this.api.send<CommuneSettings>('PUT', '/v1/admin/settings', input);
      this.announcement = msg('The settings are saved.');
      await this.#settings.refresh();
      this.sessionChanged();
    } catch (error) {
      this.problems = problemsOf(
        error,
        {
          name: { id: 'name-ar', label: () => msg('Name of the commune') },
          embeddingOrigins: { id: 'origins', label: () => msg('Sites allowed to embed') },
          retentionDays: { id: 'retention', label: () => msg('Retention period') },
          populationCategory: { id: 'category-under_35000', label: () => msg('Population') },
        },
        'name-ar',
      );
      void this.#focusSummary();
    } finally {
      this.busy = false;
    }
  }

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #error(id: string) {
    return this.problems.find((problem) => problem.fieldId === id)?.message;
  }

  protected override render() {
    return html`<p role="status" class=${this.announcement ? 'notice success' : 'visually-hidden'}>${this.announcement}</p>
      ${renderResource(this.#settings, (settings) => this.#renderForm(settings))}`;
  }

  #renderForm(settings: CommuneSettings) {
    const readOnly = !this.may('admin');
    const originsError = this.#error('origins');
    const retentionError = this.#error('retention');
    return html`${readOnly ? html`<p class="notice">${msg('Only an administrator can change these settings.')}</p>` : nothing}
      ${renderErrorSummary(this.renderRoot as ShadowRoot, this.problems)}
      <form novalidate @submit=${this.#submit}>
        <fieldset ?disabled=${readOnly}>
          <section>
            ${renderLocalizedFields({ name: 'name', legend: msg('Name of the commune'), value: settings.name, errors: { ar: this.#error('name-ar') } })}
          </section>
          <section>
            <fieldset>
              <legend>${msg('Population')}</legend>
              <p class="hint">${msg('Sets the number of signatures a petition needs (organic law 113.14).')}</p>
              ${POPULATION_CATEGORIES.map(
                (category) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="category"
                      id="category-${category}"
                      value=${category}
                      ?checked=${category === settings.populationCategory}
                    />
                    ${categoryLabel(category)} — ${msg(str`${formatNumber(this.locale, DEFAULT_THRESHOLDS[category])} signatures`)}</label
                  >`,
              )}
            </fieldset>
          </section>
          <section>
            <div class="field">
              <label for="origins">${msg('Sites allowed to embed the elements')}</label>
              <p class="hint" id="origins-hint">
                ${msg('One address per line, e.g. https://www.commune.ma. Only these sites may show the commune’s petitions, consultations, charters and services.')}
              </p>
              ${renderFieldError('origins-error', originsError)}
              <textarea
                id="origins"
                name="origins"
                rows="4"
                dir="ltr"
                .value=${settings.embeddingOrigins.join('\n')}
                aria-invalid=${originsError ? 'true' : 'false'}
                aria-describedby="origins-hint ${originsError ? 'origins-error' : ''}"
              ></textarea>
            </div>
            <div class="field">
              <label for="retention">${msg('Retention period of signatories’ personal data (days after a petition closes)')}</label>
              ${renderFieldError('retention-error', retentionError)}
              <input
                id="retention"
                name="retention"
                inputmode="numeric"
                dir="ltr"
                .value=${String(settings.retentionDays)}
                aria-invalid=${retentionError ? 'true' : 'false'}
                aria-describedby=${retentionError ? 'retention-error' : nothing}
              />
            </div>
          </section>
          ${readOnly ? nothing : html`<button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Save the settings')}</button>`}
        </fieldset>
      </form>`;
  }
}

defineElement('console-settings', SettingsScreen);
