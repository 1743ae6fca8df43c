import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  ApiError,
  QUESTIONS_MAX,
  QUESTION_KINDS,
  SECTIONS_MAX,
  defineElement,
  formatNumber,
  renderErrorSummary,
  type Consultation,
  type ConsultationInput,
  type Question,
  type QuestionKind,
  type SurveySection,
} from '@mocharaka/core';
import '@mocharaka/consultation/mocharaka-consultation.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { consoleHref } from '../../shell/navigation.js';
import { renderLoadFailure, renderLoading } from '../../shell/loading.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { choiceList } from './choice-list.js';
import { builderStyles } from './builder.styles.js';
import { fromLocalInput, identifierTaken, inputField, localizedField, problemsOf, toLocalInput, type FieldErrors } from './form-fields.js';
import { PreviewBackend, clearPreviewAnswers } from './preview-backend.js';
import { profileFieldName } from './profile-names.js';
import { kindName, questionEditor } from './question-editor.js';
import {
  PROFILE_FIELD_ORDER,
  allQuestionIds,
  blankConsultation,
  blankQuestion,
  blankSection,
  emptyText,
  fieldIdOf,
  move,
  nextId,
  pruneConditions,
  removeAt,
  replaceAt,
  toRequestBody,
} from './survey-draft.js';

/** How long the preview waits after the last keystroke before it shows the change. */
const PREVIEW_DELAY_MS = 400;

/**
 * Creates or edits a consultation: its texts in Arabic and French side by side, its
 * window, documents, the survey (sections, every question kind, conditions), the
 * optional profile questions, and a live preview that is the citizens' own element.
 */
export class ConsoleConsultationEditor extends ConsoleScreen {
  static override styles = [...ConsoleScreen.styles, builderStyles];

  @state() private draft?: ConsultationInput;
  /** The saved consultation (absent for a new one). */
  @state() private saved?: Consultation;
  @state() private errors: FieldErrors = {};
  @state() private failure?: ApiError;
  @state() private saving = false;
  @state() private notice = '';
  @state() private preview?: PreviewBackend;
  @state() private newQuestionKind: QuestionKind = 'single';

  #focusAfterRender?: string;
  #previewTimer?: ReturnType<typeof setTimeout>;
  #focusSummary = false;

  get #isNew(): boolean {
    return !this.params.id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  async #load() {
    this.failure = undefined;
    if (this.#isNew) {
      this.saved = undefined;
      this.#setDraft(blankConsultation(), true);
      return;
    }
    this.draft = undefined;
    try {
      const consultation = await this.api.get<Consultation>(`/v1/consultations/${encodeURIComponent(this.params.id!)}`);
      this.saved = consultation;
      // Publication has its own screen (and audit entry): a save leaves it as the server has it.
      const { status: _status, responseCount: _count, resultsPublished: _published, ...input } = consultation;
      this.#setDraft(input, true);
    } catch (cause) {
      this.failure = cause instanceof ApiError ? cause : ApiError.network(cause);
    }
  }

  #setDraft(draft: ConsultationInput, immediatePreview = false) {
    this.draft = draft;
    this.notice = '';
    clearTimeout(this.#previewTimer);
    if (immediatePreview) this.preview = new PreviewBackend(draft);
    else this.#previewTimer = setTimeout(() => (this.preview = new PreviewBackend(this.draft!)), PREVIEW_DELAY_MS);
  }

  #patch(patch: Partial<ConsultationInput>) {
    this.#setDraft({ ...this.draft!, ...patch });
  }

  #setSections(sections: SurveySection[]) {
    this.#patch({ survey: { sections: pruneConditions(sections) } });
  }

  #focusLater = (id: string) => {
    this.#focusAfterRender = id;
  };

  protected override updated(): void {
    if (this.#focusSummary) {
      this.#focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
    }
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#focusAfterRender)}`);
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  async #save(event: Event) {
    event.preventDefault();
    if (!this.draft || this.saving) return;
    this.saving = true;
    this.failure = undefined;
    this.errors = {};
    try {
      const body = toRequestBody(this.draft);
      if (
        this.#isNew &&
        body.id &&
        (await identifierTaken((path) => this.api.get(path), `/v1/consultations/${encodeURIComponent(body.id)}`))
      ) {
        this.errors = { id: 'already_used' };
        this.#focusSummary = true;
        return;
      }
      const consultation = await this.api.send<Consultation>('POST', '/v1/admin/consultations', body);
      this.saved = consultation;
      this.notice = msg('The consultation is saved.');
      if (this.#isNew) this.navigate(consoleHref(`/consultations/${consultation.id}/edit`), true);
      this.#focusLater('save-notice');
    } catch (cause) {
      const error = cause instanceof ApiError ? cause : ApiError.network(cause);
      this.failure = error;
      this.errors = error.fields;
      this.#focusSummary = Object.keys(error.fields).length > 0;
      if (!this.#focusSummary) this.#focusLater('save-failure');
    } finally {
      this.saving = false;
    }
  }

  override render() {
    if (!this.draft) {
      return this.failure ? renderLoadFailure(this.failure, () => this.#load()) : renderLoading();
    }
    const draft = this.draft;
    const editable = this.may('editor');
    return html`<form class="builder" novalidate @submit=${(event: Event) => this.#save(event)}>
      <div class="editor">
        ${renderErrorSummary(this.renderRoot as ShadowRoot, problemsOf(this.renderRoot, this.errors))}
        ${
          this.saved && this.saved.status !== 'upcoming'
            ? html`<div class="notice" role="note">
                ${msg(
                  str`This consultation is ${this.saved.status === 'open' ? msg('open') : msg('closed')} (responses: ${formatNumber(this.locale, this.saved.responseCount ?? 0)}). Changing or removing questions changes what those responses mean; prefer correcting texts.`,
                )}
              </div>`
            : nothing
        }
        ${this.#renderGeneral(draft)} ${this.#renderDocuments(draft)} ${this.#renderSurvey(draft)} ${this.#renderProfile(draft)}
        <div class="actions save-bar">
          <button type="submit" class="button" ?disabled=${this.saving || !editable}>
            ${this.saving ? msg('Saving…') : msg('Save the consultation')}
          </button>
          <a class="button secondary" href=${consoleHref('/consultations')}>${msg('Back to the list')}</a>
          ${
            this.saved
              ? html`<a class="button secondary" href=${consoleHref(`/consultations/${this.saved.id}`)}
                  >${msg('Results and publication')}</a
                >`
              : nothing
          }
        </div>
        ${this.notice ? html`<p class="notice success" id="save-notice" tabindex="-1" role="status">${this.notice}</p>` : nothing}
        ${
          this.failure && !Object.keys(this.errors).length
            ? html`<p class="notice error" id="save-failure" tabindex="-1" role="alert">${describeStaffError(this.failure)}</p>`
            : nothing
        }
      </div>
      ${this.#renderPreview()}
    </form>`;
  }

  #renderGeneral(draft: ConsultationInput): TemplateResult {
    const errors = this.errors;
    return html`<section aria-labelledby="general-title">
      <h2 id="general-title">${msg('The consultation')}</h2>
      ${inputField({
        path: 'id',
        label: msg('Identifier'),
        hint: this.#isNew
          ? msg('Lower-case letters, digits and dashes, e.g. budget-2027. It appears in the embed code and cannot change later.')
          : msg('The identifier cannot change.'),
        required: true,
        dir: 'ltr',
        readonly: !this.#isNew,
        value: draft.id,
        errors,
        onChange: (id) => this.#patch({ id }),
      })}
      ${localizedField({ path: 'title', label: msg('Title'), required: true, value: draft.title, errors, onChange: (title) => this.#patch({ title }) })}
      ${localizedField({
        path: 'introduction',
        label: msg('Introduction'),
        hint: msg('What is decided, by whom, and what happens with the answers.'),
        required: true,
        multiline: true,
        value: draft.introduction,
        errors,
        onChange: (introduction) => this.#patch({ introduction }),
      })}
      <div class="row">
        ${inputField({
          path: 'opensAt',
          label: msg('Opens on'),
          type: 'datetime-local',
          required: true,
          value: toLocalInput(draft.opensAt),
          errors,
          onChange: (value) => this.#patch({ opensAt: fromLocalInput(value) }),
        })}
        ${inputField({
          path: 'closesAt',
          label: msg('Closes on'),
          hint: msg('After the opening.'),
          type: 'datetime-local',
          required: true,
          value: toLocalInput(draft.closesAt),
          errors,
          onChange: (value) => this.#patch({ closesAt: fromLocalInput(value) }),
        })}
      </div>
    </section>`;
  }

  #renderDocuments(draft: ConsultationInput): TemplateResult {
    const documents = draft.documents ?? [];
    const set = (next: NonNullable<ConsultationInput['documents']>) => this.#patch({ documents: next });
    return html`<section aria-labelledby="documents-title">
      <h2 id="documents-title">${msg('Documents')}</h2>
      <p class="hint">${msg('Links participants can read before answering (the draft plan, a map…).')}</p>
      <ol class="plain">
        ${documents.map((document, index) => {
          const path = `documents.${index}`;
          const name = msg(str`Document ${formatNumber(this.locale, index + 1)}`);
          return html`<li class="item" id=${fieldIdOf(path)} tabindex="-1" data-label=${name}>
            ${localizedField({ path: `${path}.title`, label: msg(str`${name}: title`), required: true, value: document.title, errors: this.errors, onChange: (title) => set(replaceAt(documents, index, { ...document, title })) })}
            ${inputField({ path: `${path}.url`, label: msg(str`${name}: address (https://…)`), type: 'url', dir: 'ltr', required: true, value: document.url, errors: this.errors, onChange: (url) => set(replaceAt(documents, index, { ...document, url })) })}
            <button
              type="button"
              class="button secondary small"
              aria-label=${msg(str`Remove ${name}`)}
              @click=${() => {
                set(removeAt(documents, index));
                this.#focusLater('add-document');
              }}
            >
              ${msg('Remove')}
            </button>
          </li>`;
        })}
      </ol>
      <button
        type="button"
        class="button secondary small"
        id="add-document"
        ?disabled=${documents.length >= 20}
        @click=${() => {
          set([...documents, { title: emptyText(), url: '' }]);
          this.#focusLater(fieldIdOf(`documents.${documents.length}.title.ar`));
        }}
      >
        ${msg('Add a document')}
      </button>
    </section>`;
  }

  #renderSurvey(draft: ConsultationInput): TemplateResult {
    const sections = draft.survey.sections;
    const n = (index: number) => formatNumber(this.locale, index + 1);
    return html`<section aria-labelledby="survey-title" id=${fieldIdOf('survey')} tabindex="-1" data-label=${msg('Survey')}>
      <h2 id="survey-title">${msg('Survey')}</h2>
      ${sections.map((section, s) => {
        const path = `survey.sections.${s}`;
        const name = msg(str`Section ${n(s)}`);
        return html`<fieldset class="section-card" id=${fieldIdOf(path)} tabindex="-1" data-label=${name}>
          <legend><h3>${name}</h3></legend>
          <div class="item-actions">
            <button
              type="button"
              class="button secondary small"
              id="${fieldIdOf(path)}-up"
              ?disabled=${s === 0}
              aria-label=${msg(str`Move ${name} up`)}
              @click=${() => this.#moveSection(s, s - 1)}
            >
              ${msg('Up')}
            </button>
            <button
              type="button"
              class="button secondary small"
              id="${fieldIdOf(path)}-down"
              ?disabled=${s === sections.length - 1}
              aria-label=${msg(str`Move ${name} down`)}
              @click=${() => this.#moveSection(s, s + 1)}
            >
              ${msg('Down')}
            </button>
            <button
              type="button"
              class="button secondary small danger"
              ?disabled=${sections.length <= 1}
              aria-label=${msg(str`Remove ${name}`)}
              @click=${() => {
                this.#setSections(removeAt(sections, s));
                this.#focusLater('add-section');
              }}
            >
              ${msg('Remove')}
            </button>
          </div>
          ${inputField({ path: `${path}.id`, label: msg('Identifier'), required: true, dir: 'ltr', value: section.id, errors: this.errors, onChange: (id) => this.#setSection(s, { ...section, id }) })}
          ${localizedField({ path: `${path}.title`, label: msg('Section title'), required: true, value: section.title, errors: this.errors, onChange: (title) => this.#setSection(s, { ...section, title }) })}
          ${localizedField({ path: `${path}.description`, label: msg('Section description'), multiline: true, value: section.description ?? emptyText(), errors: this.errors, onChange: (description) => this.#setSection(s, { ...section, description }) })}
          <ol class="questions" id=${fieldIdOf(`${path}.questions`)} tabindex="-1" data-label=${msg(str`${name}: questions`)}>
            ${section.questions.map((question, q) => this.#renderQuestion(sections, s, q, question))}
          </ol>
          <div class="add-question">
            <div class="field">
              <label for="${fieldIdOf(path)}-new-kind">${msg('Kind of the new question')}</label>
              <select
                id="${fieldIdOf(path)}-new-kind"
                @change=${(event: Event) => (this.newQuestionKind = (event.target as HTMLSelectElement).value as QuestionKind)}
              >
                ${QUESTION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.newQuestionKind}>${kindName(kind)}</option>`)}
              </select>
            </div>
            <button
              type="button"
              class="button secondary"
              id="${fieldIdOf(path)}-add-question"
              ?disabled=${section.questions.length >= QUESTIONS_MAX}
              @click=${() => this.#addQuestion(s)}
            >
              ${msg(str`Add a question to ${name}`)}
            </button>
          </div>
        </fieldset>`;
      })}
      <button
        type="button"
        class="button secondary"
        id="add-section"
        ?disabled=${sections.length >= SECTIONS_MAX}
        @click=${() => {
          this.#setSections([...sections, blankSection(sections)]);
          this.#focusLater(fieldIdOf(`survey.sections.${sections.length}.title.ar`));
        }}
      >
        ${msg('Add a section')}
      </button>
    </section>`;
  }

  #renderQuestion(sections: readonly SurveySection[], s: number, q: number, question: Question): TemplateResult {
    const path = `survey.sections.${s}.questions.${q}`;
    const count = sections[s]!.questions.length;
    const name = msg(str`Question ${formatNumber(this.locale, q + 1)}`);
    const moveTo = (to: number, button: 'up' | 'down') => {
      const questions = move(sections[s]!.questions, q, to);
      this.#setSections(replaceAt(sections, s, { ...sections[s]!, questions }));
      const edge = (button === 'up' && to === 0) || (button === 'down' && to === count - 1);
      this.#focusLater(`${fieldIdOf(`survey.sections.${s}.questions.${to}`)}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
    };
    return html`<li
      class="question-card"
      id=${fieldIdOf(path)}
      tabindex="-1"
      data-label=${msg(str`Section ${formatNumber(this.locale, s + 1)}, ${name}`)}
    >
      <div class="card-head">
        <h4>${name} · ${kindName(question.kind)}</h4>
        <div class="item-actions">
          <button
            type="button"
            class="button secondary small"
            id="${fieldIdOf(path)}-up"
            ?disabled=${q === 0}
            aria-label=${msg(str`Move ${name} up`)}
            @click=${() => moveTo(q - 1, 'up')}
          >
            ${msg('Up')}
          </button>
          <button
            type="button"
            class="button secondary small"
            id="${fieldIdOf(path)}-down"
            ?disabled=${q === count - 1}
            aria-label=${msg(str`Move ${name} down`)}
            @click=${() => moveTo(q + 1, 'down')}
          >
            ${msg('Down')}
          </button>
          <button
            type="button"
            class="button secondary small danger"
            ?disabled=${count <= 1}
            aria-label=${msg(str`Remove ${name}`)}
            @click=${() => {
              this.#setSections(replaceAt(sections, s, { ...sections[s]!, questions: removeAt(sections[s]!.questions, q) }));
              this.#focusLater(`${fieldIdOf(`survey.sections.${s}`)}-add-question`);
            }}
          >
            ${msg('Remove')}
          </button>
        </div>
      </div>
      ${questionEditor({
        sections,
        section: s,
        index: q,
        question,
        locale: this.locale,
        errors: this.errors,
        onChange: (next) => this.#setQuestion(s, q, next),
        focusLater: this.#focusLater,
      })}
    </li>`;
  }

  #setSection(index: number, section: SurveySection) {
    this.#setSections(replaceAt(this.draft!.survey.sections, index, section));
  }

  #setQuestion(s: number, q: number, question: Question) {
    const section = this.draft!.survey.sections[s]!;
    this.#setSection(s, { ...section, questions: replaceAt(section.questions, q, question) });
  }

  #moveSection(from: number, to: number) {
    const sections = this.draft!.survey.sections;
    this.#setSections(move(sections, from, to));
    const edge = to === 0 || to === sections.length - 1;
    const button = to < from ? 'up' : 'down';
    this.#focusLater(`${fieldIdOf(`survey.sections.${to}`)}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
  }

  #addQuestion(s: number) {
    const sections = this.draft!.survey.sections;
    const section = sections[s]!;
    const question = blankQuestion(this.newQuestionKind, nextId('q', allQuestionIds(sections)));
    this.#setSection(s, { ...section, questions: [...section.questions, question] });
    this.#focusLater(fieldIdOf(`survey.sections.${s}.questions.${section.questions.length}.title.ar`));
  }

  #renderProfile(draft: ConsultationInput): TemplateResult {
    const profile = draft.profile;
    const fields = profile?.fields ?? [];
    const toggle = (field: (typeof PROFILE_FIELD_ORDER)[number], on: boolean) => {
      const next = PROFILE_FIELD_ORDER.filter((one) => (one === field ? on : fields.includes(one)));
      if (!next.length) {
        const { profile: _off, ...rest } = this.draft!;
        this.#setDraft(rest);
        return;
      }
      const neighbourhoods = profile?.neighbourhoods ?? (next.includes('neighbourhood') ? [{ id: 'n1', label: emptyText() }] : undefined);
      this.#patch({ profile: { fields: next, ...(neighbourhoods ? { neighbourhoods } : {}) } });
    };
    return html`<section aria-labelledby="profile-title" id=${fieldIdOf('profile')} tabindex="-1" data-label=${msg('Profile questions')}>
      <h2 id="profile-title">${msg('Profile questions (optional)')}</h2>
      <p class="hint">${msg('Asked at the end, always optional for the participant, for the equality commission’s statistics only.')}</p>
      <fieldset>
        <legend>${msg('Ask about')}</legend>
        ${PROFILE_FIELD_ORDER.map(
          (field) =>
            html`<label class="choice">
              <input
                type="checkbox"
                .checked=${fields.includes(field)}
                @change=${(event: Event) => toggle(field, (event.target as HTMLInputElement).checked)}
              />
              <span>${profileFieldName(field)}</span>
            </label>`,
        )}
      </fieldset>
      ${
        fields.includes('neighbourhood')
          ? choiceList({
              path: 'profile.neighbourhoods',
              legend: msg('Neighbourhoods to choose from'),
              itemLabel: (i) => msg(str`Neighbourhood ${i}`),
              items: profile?.neighbourhoods ?? [],
              idPrefix: 'n',
              min: 1,
              max: 60,
              locale: this.locale,
              errors: this.errors,
              onChange: (neighbourhoods) => this.#patch({ profile: { fields, neighbourhoods } }),
              focusLater: this.#focusLater,
            })
          : nothing
      }
    </section>`;
  }

  #renderPreview(): TemplateResult {
    const preview = this.preview;
    return html`<aside class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${msg('Preview')}</h2>
      <p class="hint">${msg('What citizens will see, shown as open. Answers given here are checked but never sent.')}</p>
      <p class="hint">
        ${msg('The preview speaks the console’s language: switch the language at the top of the page to see the other translation.')}
      </p>
      <div class="actions">
        <button type="button" class="button secondary small" @click=${() => this.#restartPreview()}>
          ${msg('Start the preview again')}
        </button>
      </div>
      ${
        preview
          ? html`<mocharaka-consultation lang=${this.locale} consultation=${preview.id} .backend=${preview}></mocharaka-consultation>`
          : nothing
      }
    </aside>`;
  }

  #restartPreview() {
    if (!this.draft) return;
    const preview = new PreviewBackend(this.draft);
    clearPreviewAnswers(preview.id);
    this.preview = preview;
  }
}

defineElement('console-consultation-editor', ConsoleConsultationEditor);

declare global {
  interface HTMLElementTagNameMap {
    'console-consultation-editor': ConsoleConsultationEditor;
  }
}
