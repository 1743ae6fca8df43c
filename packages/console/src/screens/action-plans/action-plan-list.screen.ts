import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  ResourceController,
  defineElement,
  formatNumber,
  pickText,
  readTypedNumber,
  type ActionPlanInput,
  type ActionPlanList,
} from '@mocharaka/core';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { describeStaffError } from '../../shell/staff-messages.js';

/** The commune's action programmes, and (for editors) a new one to import projects into. */
export class ConsoleActionPlanList extends ConsoleScreen {
  #list = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<ActionPlanList>('/v1/admin/action-plans', undefined, signal),
  });

  @state() private failure?: unknown;
  @state() private busy = false;

  async #create(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const fr = field('title-fr');
    const input: ActionPlanInput = {
      id: field('id'),
      title: { ar: field('title-ar'), ...(fr ? { fr } : {}) },
      period: { from: readTypedNumber(field('from')), to: readTypedNumber(field('to')) },
    };
    this.busy = true;
    this.failure = undefined;
    try {
      await this.api.send('POST', '/v1/admin/action-plans', input);
      this.navigate(consoleHref(`/action-plans/${input.id}`));
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`${renderResource(this.#list, ({ items }) =>
      items.length === 0
        ? html`<p>${msg('No action programme yet.')}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="plans-caption" tabindex="0">
            <table>
              <caption id="plans-caption" class="visually-hidden">
                ${msg('Action programmes')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Programme')}</th>
                  <th scope="col">${msg('Period')}</th>
                  <th scope="col" class="number">${msg('Projects')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map((item) => {
                  const title = pickText(item.title, this.locale);
                  return html`<tr>
                    <td>
                      <a href=${consoleHref(`/action-plans/${item.id}`)} lang=${title.lang} dir=${title.dir}>${title.text}</a>
                      <div class="muted ltr">${item.id}</div>
                    </td>
                    <td><bdi dir="ltr">${item.period.from}–${item.period.to}</bdi></td>
                    <td class="number">${formatNumber(this.locale, item.projectCount)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`,
    )}
    ${this.may('editor') ? this.#renderNew() : nothing}`;
  }

  #renderNew() {
    return html`<section aria-labelledby="new-title">
      <h2 id="new-title">${msg('New action programme')}</h2>
      ${this.failure ? html`<div class="notice error" role="alert">${describeStaffError(this.failure)}</div>` : nothing}
      <form @submit=${(event: SubmitEvent) => void this.#create(event)}>
        <div class="field">
          <label for="id">${msg('Identifier (letters, digits and dashes)')}</label>
          <input id="id" name="id" class="ltr" dir="ltr" required pattern="[a-z0-9][a-z0-9\\-]*" />
        </div>
        <div class="field">
          <label for="title-ar">${msg('Title in Arabic')}</label>
          <input id="title-ar" name="title-ar" dir="rtl" lang="ar" required />
        </div>
        <div class="field">
          <label for="title-fr">${msg('Title in French (optional)')}</label>
          <input id="title-fr" name="title-fr" dir="ltr" lang="fr" />
        </div>
        <div class="field">
          <label for="from">${msg('First year')}</label>
          <input id="from" name="from" inputmode="numeric" dir="ltr" autocomplete="off" required />
        </div>
        <div class="field">
          <label for="to">${msg('Last year')}</label>
          <input id="to" name="to" inputmode="numeric" dir="ltr" autocomplete="off" required />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Create the programme')}</button>
      </form>
    </section>`;
  }
}

defineElement('console-action-plans', ConsoleActionPlanList);
