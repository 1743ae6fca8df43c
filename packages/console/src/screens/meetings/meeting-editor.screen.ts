import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  ApiError,
  MEETING_LANGUAGES,
  defineElement,
  renderErrorSummary,
  type LocalizedText,
  type MeetingInput,
  type MeetingStatus,
} from '@mocharaka/core';
import type { AdminMeeting, MeetingLanguage } from '@mocharaka/core/contract';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { consoleHref } from '../../shell/navigation.js';
import { renderLoadFailure, renderLoading } from '../../shell/loading.js';
import { describeStaffError } from '../../shell/staff-messages.js';
import { builderStyles } from '../consultations/builder.styles.js';
import {
  checkboxField,
  fromLocalInput,
  identifierTaken,
  inputField,
  localizedField,
  problemsOf,
  toLocalInput,
  type FieldErrors,
} from '../consultations/form-fields.js';
import { meetingLanguageName } from './meeting-labels.js';

interface Draft {
  id: string;
  title?: LocalizedText;
  description?: LocalizedText;
  startsAt: string;
  endsAt: string;
  address?: LocalizedText;
  mapUrl: string;
  languages: MeetingLanguage[];
  accessibility?: LocalizedText;
  capacity: string;
  status: MeetingStatus;
}

const emptyDraft = (): Draft => ({ id: '', startsAt: '', endsAt: '', mapUrl: '', languages: ['ary'], capacity: '50', status: 'scheduled' });

const draftOf = (meeting: AdminMeeting): Draft => ({
  id: meeting.id,
  title: meeting.title,
  description: meeting.description,
  startsAt: toLocalInput(meeting.startsAt),
  endsAt: toLocalInput(meeting.endsAt),
  address: meeting.place.address,
  mapUrl: meeting.place.mapUrl ?? '',
  languages: meeting.languages,
  accessibility: meeting.accessibility,
  capacity: String(meeting.seats.capacity),
  status: meeting.status,
});

const filled = (text: LocalizedText | undefined) => (text && (text.ar.trim() || text.fr?.trim()) ? text : undefined);

/** Creating or editing a meeting: topic, times (the browser's time, the commune's), place and map link, languages, accessibility, capacity. */
export class ConsoleMeetingEditor extends ConsoleScreen {
  static override styles = [...ConsoleScreen.styles, builderStyles];

  @state() private draft: Draft = emptyDraft();
  @state() private errors: FieldErrors = {};
  @state() private failure?: unknown;
  /** The meeting to edit could not be read: no form then, whose save would overwrite it with blanks. */
  @state() private loadFailure?: unknown;
  @state() private loading = false;
  @state() private saving = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.id) void this.#load(this.params.id);
  }

  async #load(id: string) {
    this.loading = true;
    this.loadFailure = undefined;
    try {
      this.draft = draftOf(await this.api.get<AdminMeeting>(`/v1/admin/meetings/${encodeURIComponent(id)}`));
    } catch (error) {
      this.loadFailure = error;
    } finally {
      this.loading = false;
    }
  }

  #set(patch: Partial<Draft>) {
    this.draft = { ...this.draft, ...patch };
  }

  #body(): MeetingInput {
    const d = this.draft;
    return {
      id: d.id.trim(),
      title: d.title ?? { ar: '' },
      ...(filled(d.description) ? { description: d.description } : {}),
      startsAt: fromLocalInput(d.startsAt),
      endsAt: fromLocalInput(d.endsAt),
      place: { address: d.address ?? { ar: '' }, ...(d.mapUrl.trim() ? { mapUrl: d.mapUrl.trim() } : {}) },
      languages: d.languages,
      ...(filled(d.accessibility) ? { accessibility: d.accessibility } : {}),
      capacity: Number(d.capacity),
      status: d.status,
    };
  }

  async #save(event: SubmitEvent) {
    event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    this.errors = {};
    this.failure = undefined;
    try {
      const editing = Boolean(this.params.id);
      if (!editing && (await identifierTaken((path) => this.api.get(path), `/v1/meetings/${encodeURIComponent(this.draft.id.trim())}`))) {
        this.errors = { id: 'already_used' };
      } else {
        const saved = await this.api.send<AdminMeeting>('POST', '/v1/admin/meetings', this.#body());
        return this.navigate(consoleHref(`/meetings/${saved.id}`));
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length > 0)
        this.errors = error.fields as FieldErrors;
      else this.failure = error;
    } finally {
      this.saving = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary, #save-failure')?.focus();
  }

  protected override render() {
    if (this.loading) return renderLoading();
    if (this.loadFailure) return renderLoadFailure(this.loadFailure, () => this.#load(this.params.id!));
    const d = this.draft;
    const errors = this.errors;
    const editing = Boolean(this.params.id);
    return html`${renderErrorSummary(this.renderRoot as ShadowRoot, problemsOf(this.renderRoot, errors))}
      ${this.failure ? html`<p class="notice error" id="save-failure" tabindex="-1" role="alert">${describeStaffError(this.failure)}</p>` : nothing}
      <form novalidate @submit=${(event: SubmitEvent) => void this.#save(event)}>
        ${inputField({
          path: 'id',
          label: msg('Identifier'),
          hint: msg('Lower-case letters, digits and hyphens, e.g. bab-zorgan-lighting-2027-01.'),
          errors,
          required: true,
          dir: 'ltr',
          readonly: editing,
          value: d.id,
          onChange: (id) => this.#set({ id }),
        })}
        ${localizedField({ path: 'title', label: msg('Topic'), errors, required: true, value: d.title, onChange: (title) => this.#set({ title }) })}
        ${localizedField({ path: 'description', label: msg('Description'), errors, multiline: true, value: d.description, onChange: (description) => this.#set({ description }) })}
        ${inputField({ path: 'startsAt', label: msg('Starts'), type: 'datetime-local', errors, required: true, value: d.startsAt, onChange: (startsAt) => this.#set({ startsAt }) })}
        ${inputField({ path: 'endsAt', label: msg('Ends'), type: 'datetime-local', errors, required: true, value: d.endsAt, onChange: (endsAt) => this.#set({ endsAt }) })}
        ${localizedField({ path: 'place.address', label: msg('Place (address)'), errors, required: true, value: d.address, onChange: (address) => this.#set({ address }) })}
        ${inputField({
          path: 'place.mapUrl',
          label: msg('Map link'),
          hint: msg('An https link to the place on the map service the commune chooses.'),
          type: 'url',
          dir: 'ltr',
          errors,
          value: d.mapUrl,
          onChange: (mapUrl) => this.#set({ mapUrl }),
        })}
        <fieldset id="f-languages" tabindex="-1" data-label=${msg('Languages')}>
          <legend>${msg('Languages')}</legend>
          ${MEETING_LANGUAGES.map((language) =>
            checkboxField({
              id: `language-${language}`,
              label: meetingLanguageName(language),
              checked: d.languages.includes(language),
              onChange: (checked) =>
                this.#set({ languages: MEETING_LANGUAGES.filter((l) => (l === language ? checked : d.languages.includes(l))) }),
            }),
          )}
        </fieldset>
        ${localizedField({ path: 'accessibility', label: msg('Accessibility'), errors, value: d.accessibility, onChange: (accessibility) => this.#set({ accessibility }) })}
        ${inputField({ path: 'capacity', label: msg('Capacity (people)'), type: 'number', errors, required: true, value: d.capacity, onChange: (capacity) => this.#set({ capacity }) })}
        ${checkboxField({
          id: 'cancelled',
          label: msg('The meeting is cancelled'),
          checked: d.status === 'cancelled',
          onChange: (checked) => this.#set({ status: checked ? 'cancelled' : 'scheduled' }),
        })}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.saving}>${editing ? msg('Save the meeting') : msg('Create the meeting')}</button>
        </div>
      </form>`;
  }
}

defineElement('console-meeting-editor', ConsoleMeetingEditor);
