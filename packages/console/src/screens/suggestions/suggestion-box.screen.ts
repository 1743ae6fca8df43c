import { msg, str } from '@lit/localize';
import { ResourceController, defineElement, type SuggestionBox } from '@mocharaka/core';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { StaffApi } from '../../api/staff-api.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { renderResource } from '../../shell/loading.js';
import { consoleHref } from '../../shell/navigation.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { fromLines, toLines } from './box-lines.js';

type ListName = 'topics' | 'neighbourhoods' | 'departments';
const LISTS: readonly ListName[] = ['topics', 'neighbourhoods', 'departments'];

/** The suggestion box's lists (editors): topics, neighbourhoods and departments, one entry per line. */
export class ConsoleSuggestionBox extends ConsoleScreen {
  @state() private lines?: Record<ListName, string>;
  @state() private problems: string[] = [];
  @state() private failure?: unknown;
  @state() private saved = false;
  @state() private busy = false;

  #box = new ResourceController(this, {
    args: () => (this.api ? ([this.api] as const) : undefined),
    load: ([api]: readonly [StaffApi], signal) => api.get<SuggestionBox>('/v1/suggestion-box', undefined, signal),
    onLoaded: (box) =>
      (this.lines = { topics: toLines(box.topics), neighbourhoods: toLines(box.neighbourhoods), departments: toLines(box.departments) }),
  });

  #label(list: ListName) {
    return { topics: msg('Topics'), neighbourhoods: msg('Neighbourhoods'), departments: msg('Departments') }[list];
  }

  async #save(event: Event) {
    event.preventDefault();
    const lines = this.lines!;
    const parsed = Object.fromEntries(LISTS.map((list) => [list, fromLines(lines[list])])) as Record<
      ListName,
      ReturnType<typeof fromLines>
    >;
    this.problems = LISTS.flatMap((list) =>
      parsed[list].bad.map((line) => msg(str`${this.#label(list)}, line ${line}: write id | Arabic label | French label.`)),
    );
    if (parsed.topics.list.length === 0) this.problems = [...this.problems, msg('List at least one topic.')];
    this.saved = false;
    this.failure = undefined;
    if (this.problems.length > 0) return;
    this.busy = true;
    try {
      await this.api.send('POST', '/v1/admin/suggestion-box', {
        topics: parsed.topics.list,
        neighbourhoods: parsed.neighbourhoods.list,
        departments: parsed.departments.list,
      });
      this.saved = true;
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`<p><a href=${consoleHref('/suggestions')}>${msg('Back to the queue')}</a></p>
      ${renderResource(this.#box, () =>
        this.lines
          ? html`<form novalidate @submit=${(event: Event) => void this.#save(event)}>
              <p class="hint">
                ${msg('One entry per line: an identifier (lower-case letters, digits, dashes), the Arabic label, the French label, separated by |. An entry suggestions already use can be renamed but not removed.')}
              </p>
              ${
                this.problems.length > 0
                  ? html`<div class="notice error" role="alert"><ul>${this.problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>`
                  : nothing
              }
              ${this.failure ? html`<p class="notice error" role="alert">${describeStaffError(this.failure)}</p>` : nothing}
              ${this.saved ? html`<p class="notice" role="status">${msg('Saved.')}</p>` : nothing}
              ${LISTS.map(
                (list) => html`<div class="field">
                  <label for="list-${list}">${this.#label(list)}</label>
                  <textarea id="list-${list}" rows="6" dir="auto" .value=${this.lines![list]}
                    @input=${(event: Event) => (this.lines = { ...this.lines!, [list]: (event.target as HTMLTextAreaElement).value })}></textarea>
                </div>`,
              )}
              <button class="button" type="submit" ?disabled=${this.busy}>${msg('Save the lists')}</button>
            </form>`
          : nothing,
      )}`;
  }
}

defineElement('console-suggestion-box', ConsoleSuggestionBox);
