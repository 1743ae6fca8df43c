import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  defineElement,
  focusWhenRendered,
  formatNumber,
  renderErrorSummary,
  type Service,
  type ServiceTag,
} from '@mocharaka/core';
import { SERVICE_TAGS_MAX, type ServiceInput } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { consoleHref } from '../../shell/navigation.js';
import { renderLoadFailure, renderLoading } from '../../shell/loading.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { builderStyles } from '../consultations/builder.styles.js';
import { identifierTaken, inputField, localizedField, problemsOf, type FieldErrors } from '../consultations/form-fields.js';
import { compactText, emptyText, fieldIdOf, move, nextId, removeAt, replaceAt } from '../consultations/survey-draft.js';

interface Draft {
  id: string;
  name: ServiceInput['name'];
  description: ServiceInput['name'];
  position: string;
  tags: ServiceTag[];
}

/** Creates or edits a service citizens rate: its name and description in Arabic and French, and its quick-answer tags. */
export class ConsoleServiceEditor extends ConsoleScreen {
  static override styles = [...ConsoleScreen.styles, builderStyles];

  @state() private draft?: Draft;
  @state() private errors: FieldErrors = {};
  @state() private failure?: unknown;
  @state() private saving = false;
  @state() private notice = '';
  /** Moves focus to the element with this id once the screen has rendered what was just changed. */
  #focusLater = (id: string) => void focusWhenRendered(this, `#${CSS.escape(id)}`);

  get #isNew() {
    return !this.params.id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) void this.#load();
  }

  async #load() {
    this.failure = undefined;
    if (this.#isNew) {
      this.draft = { id: '', name: emptyText(), description: emptyText(), position: '', tags: [] };
      return;
    }
    this.draft = undefined;
    try {
      const service = await this.api.get<Service>(`/v1/services/${encodeURIComponent(this.params.id!)}`);
      this.draft = {
        id: service.id,
        name: service.name,
        description: service.description ?? emptyText(),
        position: '',
        tags: service.tags ?? [],
      };
    } catch (cause) {
      this.failure = cause;
    }
  }

  #patch(patch: Partial<Draft>) {
    this.draft = { ...this.draft!, ...patch };
    this.notice = '';
  }

  #body(draft: Draft): ServiceInput {
    const description = compactText(draft.description);
    return {
      id: draft.id.trim(),
      name: compactText(draft.name),
      ...(description.ar ? { description } : {}),
      ...(draft.position.trim() ? { position: Number(draft.position) } : {}),
      tags: draft.tags.map((tag) => ({ ...tag, label: compactText(tag.label) })),
    };
  }

  async #save(event: Event) {
    event.preventDefault();
    if (!this.draft || this.saving) return;
    this.saving = true;
    this.errors = {};
    this.failure = undefined;
    try {
      const body = this.#body(this.draft);
      if (this.#isNew && body.id && (await identifierTaken((path) => this.api.get(path), `/v1/services/${encodeURIComponent(body.id)}`))) {
        this.errors = { id: 'already_used' };
        this.#focusLater('error-summary');
        return;
      }
      const service = await this.api.send<Service>('POST', '/v1/admin/services', body);
      this.notice = msg('The service is saved.');
      if (this.#isNew) this.navigate(consoleHref(`/satisfaction/${service.id}`));
      else this.#focusLater('save-notice');
    } catch (cause) {
      this.failure = cause;
      this.errors = cause instanceof ApiError ? cause.fields : {};
      this.#focusLater(Object.keys(this.errors).length ? 'error-summary' : 'save-failure');
    } finally {
      this.saving = false;
    }
  }

  override render() {
    const draft = this.draft;
    if (!draft) {
      return this.failure ? renderLoadFailure(this.failure, () => this.#load()) : renderLoading();
    }
    const errors = this.errors;
    return html`<form novalidate @submit=${(event: Event) => this.#save(event)}>
      ${renderErrorSummary(this.renderRoot as ShadowRoot, problemsOf(this.renderRoot, errors))}
      <section aria-labelledby="service-title">
        <h2 id="service-title">${msg('The service')}</h2>
        ${inputField({
          path: 'id',
          label: msg('Identifier'),
          hint: this.#isNew
            ? msg('Lower-case letters, digits and dashes, e.g. civil-status. It appears in the embed code and cannot change later.')
            : msg('The identifier cannot change.'),
          required: true,
          dir: 'ltr',
          readonly: !this.#isNew,
          value: draft.id,
          errors,
          onChange: (id) => this.#patch({ id }),
        })}
        ${localizedField({ path: 'name', label: msg('Name'), required: true, value: draft.name, errors, onChange: (name) => this.#patch({ name }) })}
        ${localizedField({ path: 'description', label: msg('Description'), multiline: true, value: draft.description, errors, onChange: (description) => this.#patch({ description }) })}
        ${inputField({
          path: 'position',
          label: msg('Position in lists'),
          hint: msg('Smallest first. Empty: a new service goes last, an existing one keeps its place.'),
          type: 'number',
          value: draft.position,
          errors,
          onChange: (position) => this.#patch({ position }),
        })}
      </section>
      ${this.#renderTags(draft)}
      <div class="actions save-bar">
        <button type="submit" class="button" ?disabled=${this.saving || !this.may('editor')}>
          ${this.saving ? msg('Saving…') : msg('Save the service')}
        </button>
        <a class="button secondary" href=${consoleHref(this.#isNew ? '/satisfaction' : `/satisfaction/${draft.id}`)}>${msg('Cancel')}</a>
      </div>
      ${this.notice ? html`<p class="notice success" id="save-notice" tabindex="-1" role="status">${this.notice}</p>` : nothing}
      ${
        this.failure && !Object.keys(errors).length
          ? html`<p class="notice error" id="save-failure" tabindex="-1" role="alert">${describeStaffError(this.failure)}</p>`
          : nothing
      }
    </form>`;
  }

  #renderTags(draft: Draft) {
    const tags = draft.tags;
    const set = (next: ServiceTag[]) => this.#patch({ tags: next });
    const n = (index: number) => formatNumber(this.locale, index + 1);
    return html`<section aria-labelledby="tags-title" id=${fieldIdOf('tags')} tabindex="-1" data-label=${msg('Quick answers')}>
      <h2 id="tags-title">${msg('Quick answers (tags)')}</h2>
      <p class="hint">${msg('What citizens may tick after rating: what went well, what went wrong.')}</p>
      <ol class="plain">
        ${tags.map((tag, index) => {
          const path = `tags.${index}`;
          const name = msg(str`Tag ${n(index)}`);
          return html`<li class="item" id=${fieldIdOf(path)} tabindex="-1" data-label=${name}>
            ${localizedField({ path: `${path}.label`, label: name, required: true, value: tag.label, errors: this.errors, onChange: (label) => set(replaceAt(tags, index, { ...tag, label })) })}
            <div class="row">
              <div class="field">
                <label for="${fieldIdOf(path)}-kind">${msg(str`${name}: kind`)}</label>
                <select
                  id="${fieldIdOf(path)}-kind"
                  @change=${(event: Event) => set(replaceAt(tags, index, { ...tag, kind: (event.target as HTMLSelectElement).value as ServiceTag['kind'] }))}
                >
                  <option value="positive" ?selected=${tag.kind === 'positive'}>${msg('What went well')}</option>
                  <option value="negative" ?selected=${tag.kind === 'negative'}>${msg('What went wrong')}</option>
                </select>
              </div>
              ${inputField({ path: `${path}.id`, label: msg(str`${name}: identifier`), required: true, dir: 'ltr', value: tag.id, errors: this.errors, onChange: (id) => set(replaceAt(tags, index, { ...tag, id })) })}
            </div>
            <div class="item-actions">
              <button
                type="button"
                class="button secondary small"
                id="${fieldIdOf(path)}-up"
                ?disabled=${index === 0}
                aria-label=${msg(str`Move ${name} up`)}
                @click=${() => {
                  set(move(tags, index, index - 1));
                  this.#focusLater(`${fieldIdOf(`tags.${index - 1}`)}-${index - 1 === 0 ? 'down' : 'up'}`);
                }}
              >
                ${msg('Up')}
              </button>
              <button
                type="button"
                class="button secondary small"
                id="${fieldIdOf(path)}-down"
                ?disabled=${index === tags.length - 1}
                aria-label=${msg(str`Move ${name} down`)}
                @click=${() => {
                  set(move(tags, index, index + 1));
                  this.#focusLater(`${fieldIdOf(`tags.${index + 1}`)}-${index + 1 === tags.length - 1 ? 'up' : 'down'}`);
                }}
              >
                ${msg('Down')}
              </button>
              <button
                type="button"
                class="button secondary small danger"
                aria-label=${msg(str`Remove ${name}`)}
                @click=${() => {
                  set(removeAt(tags, index));
                  this.#focusLater('add-tag');
                }}
              >
                ${msg('Remove')}
              </button>
            </div>
          </li>`;
        })}
      </ol>
      <button
        type="button"
        class="button secondary"
        id="add-tag"
        ?disabled=${tags.length >= SERVICE_TAGS_MAX}
        @click=${() => {
          set([
            ...tags,
            {
              id: nextId(
                'tag-',
                tags.map((tag) => tag.id),
              ),
              label: emptyText(),
              kind: 'positive',
            },
          ]);
          this.#focusLater(fieldIdOf(`tags.${tags.length}.label.ar`));
        }}
      >
        ${msg('Add a tag')}
      </button>
    </section>`;
  }
}

defineElement('console-service-editor', ConsoleServiceEditor);
