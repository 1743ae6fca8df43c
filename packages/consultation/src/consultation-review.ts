import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { describeApiError, isAnswered, isShown, pruneAnswers, type Consultation } from '@mocharaka/core';
import { answerText } from './answer-text.js';
import { plain, t } from './text.js';
import type { ConsultationView } from './consultation-view.js';

/** The last page: every shown answer by section, each with "Change", and "Submit my answers". */
export function renderReview(view: ConsultationView, data: Consultation) {
  const { locale } = view;
  const answers = pruneAnswers(data.survey, view.answers);
  return html`<h3 id="page-title" tabindex="-1">${msg('Check your answers')}</h3>
      ${
        view.failure
          ? html`<div class="notice error" id="failure" tabindex="-1" role="alert"><p>${describeApiError(view.failure)}</p></div>`
          : nothing
      }
      ${data.survey.sections.map((section, index) => {
        const questions = section.questions.filter((question) => isShown(question, answers));
        return html`<section class="review" aria-labelledby="review-${section.id}">
          <h4 id="review-${section.id}">${t(section.title, locale)}</h4>
          <dl>
            ${questions.map(
              (question) => html`<dt>${t(question.title, locale)}</dt>
              <dd>${isAnswered(answers[question.id]) ? answerText(question, answers[question.id], locale) : html`<span class="hint">${msg('Not answered')}</span>`}</dd>`,
            )}
          </dl>
          <button class="button secondary small" type="button" @click=${() => view.go(index + 1)}
            aria-label=${msg(str`Change your answers: ${plain(section.title, locale)}`)}>${msg('Change')}</button>
        </section>`;
      })}
      <div class="actions">
        <button class="button secondary" type="button" id="back" @click=${() => view.back()}>${msg('Back')}</button>
        <button class="button" type="button" part="submit" id="submit" ?disabled=${view.sending} @click=${() => view.submit()}>${msg('Submit my answers')}</button>
      </div>
      ${view.sending ? html`<p role="status">${msg('Sending…')}</p>` : nothing}`;
}
