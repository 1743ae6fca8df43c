import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  defineElement,
  focusWhenRendered,
  renderErrorSummary,
  type Charter,
  type CharterDocument,
  type LocalizedText,
} from '@mocharaka/core';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { consoleHref } from '../../shell/navigation.js';
import { renderLoadFailure, renderLoading } from '../../shell/loading.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { builderStyles } from '../consultations/builder.styles.js';
import { inputField, localizedField, problemsOf, type FieldErrors } from '../consultations/form-fields.js';
import { emptyText, toRequestBody } from '../consultations/survey-draft.js';
import { blankDocument } from './charter-draft.js';
import { documentEditor } from './document-editor.js';

interface Draft {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  note: LocalizedText;
  document: CharterDocument;
}

/**
 * Writes a new charter (a draft at version 1), or the next version of one: title,
 * summary, a note on what the version changes, and the structured text.
 */
export class ConsoleCharterEditor extends ConsoleScreen {
  static override styles = [...ConsoleScreen.styles, builderStyles];

  @state() private draft?: Draft;
  @state() private current?: Charter;
  @state() private errors: FieldErrors = {};
  @state() private failure?: unknown;
  @state() private saving = false;
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
      this.draft = { id: '', title: emptyText(), summary: emptyText(), note: emptyText(), document: blankDocument() };
      return;
    }
    this.draft = undefined;
    try {
      const charter = await this.api.get<Charter>(`/v1/charters/${encodeURIComponent(this.params.id!)}`);
      this.current = charter;
      this.draft = {
        id: charter.id,
        title: charter.title,
        summary: charter.summary ?? emptyText(),
        note: emptyText(),
        document: charter.document,
      };
    } catch (cause) {
      this.failure = cause;
    }
  }

  #patch(patch: Partial<Draft>) {
    this.draft = { ...this.draft!, ...patch };
  }

  async #save(event: Event) {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || this.saving) return;
    this.saving = true;
    this.errors = {};
    this.failure = undefined;
    const { id, ...version } = draft;
    try {
      if (this.#isNew) {
        await this.api.send('POST', '/v1/admin/charters', toRequestBody({ id: id.trim(), ...version } as never));
      } else {
        await this.api.send('POST', `/v1/admin/charters/${encodeURIComponent(id)}/versions`, toRequestBody(version as never));
      }
      this.navigate(consoleHref(`/charters/${id.trim()}`));
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
      <section aria-labelledby="charter-title">
        <h2 id="charter-title">
          ${this.#isNew ? msg('The new charter') : msg(str`Version ${String((this.current?.currentVersion ?? 0) + 1)}`)}
        </h2>
        ${
          this.#isNew
            ? inputField({
                path: 'id',
                label: msg('Identifier'),
                hint: msg(
                  'Lower-case letters, digits and dashes, e.g. participation-charter. It appears in the embed code and cannot change later.',
                ),
                required: true,
                dir: 'ltr',
                value: draft.id,
                errors,
                onChange: (id) => this.#patch({ id }),
              })
            : html`<p class="hint">
                ${msg('The new version becomes the current text; earlier versions stay readable, and citizens see what changed article by article.')}
              </p>`
        }
        ${localizedField({ path: 'title', label: msg('Title'), required: this.#isNew, value: draft.title, errors, onChange: (title) => this.#patch({ title }) })}
        ${localizedField({ path: 'summary', label: msg('Summary'), multiline: true, value: draft.summary, errors, onChange: (summary) => this.#patch({ summary }) })}
        ${localizedField({
          path: 'note',
          label: msg('What this version is about'),
          hint: msg('Shown in the list of versions, e.g. “Text submitted to public consultation”.'),
          value: draft.note,
          errors,
          onChange: (note) => this.#patch({ note }),
        })}
      </section>
      ${documentEditor({
        document: draft.document,
        locale: this.locale,
        errors,
        onChange: (document) => this.#patch({ document }),
        focusLater: this.#focusLater,
      })}
      <div class="actions save-bar">
        <button type="submit" class="button" ?disabled=${this.saving || !this.may('editor')}>
          ${this.saving ? msg('Saving…') : this.#isNew ? msg('Create the charter') : msg('Publish this version')}
        </button>
        <a class="button secondary" href=${consoleHref(this.#isNew ? '/charters' : `/charters/${draft.id}`)}>${msg('Cancel')}</a>
      </div>
      ${
        this.failure && !Object.keys(errors).length
          ? html`<p class="notice error" id="save-failure" tabindex="-1" role="alert">${describeStaffError(this.failure)}</p>`
          : nothing
      }
    </form>`;
  }
}

defineElement('console-charter-editor', ConsoleCharterEditor);
