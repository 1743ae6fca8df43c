import { html, nothing } from 'lit';
import { renderErrorSummary, type Consultation, type Question } from '@mocharaka/core';
import { plain, t, titledProblem } from './text.js';
import { renderNav, type ConsultationView } from './consultation-view.js';

function problems(view: ConsultationView, questions: Question[]) {
  const survey = view.survey!;
  return questions
    .filter((question) => view.errors[question.id])
    .map((question) => ({
      fieldId: survey.fieldId(question),
      message: titledProblem(plain(question.title, view.locale), survey.problemText(question, view.errors[question.id]!, view.locale)),
    }));
}

/** One section of the survey: its error summary, title, description and shown questions. */
export function renderSection(view: ConsultationView, data: Consultation, index: number, questions: Question[]) {
  const { locale, errors } = view;
  const survey = view.survey!;
  const section = data.survey.sections[index]!;
  return html`<form novalidate @submit=${(event: Event) => {
    event.preventDefault();
    view.next();
  }}>
      ${renderErrorSummary(view.root, problems(view, questions))}
      <h3 id="page-title" tabindex="-1">${t(section.title, locale)}</h3>
      ${section.description ? html`<p class="prose">${t(section.description, locale)}</p>` : nothing}
      ${questions.map((question) =>
        survey.renderQuestion(
          question,
          {
            locale,
            value: view.answers[question.id],
            error: errors[question.id] ? survey.problemText(question, errors[question.id]!, locale) : undefined,
            set: (value) => view.set(question, value),
            announce: (text) => view.announce(text),
            focus: (id) => view.focus(id),
          },
          view.openParagraphs,
          (key) => view.openParagraph(key),
        ),
      )}
      ${renderNav(view)}
    </form>`;
}
