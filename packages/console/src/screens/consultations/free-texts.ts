import type { AdminConsultationResponse, Consultation, ConsultationResults, LocalizedText, Question } from '@mocharaka/core';

/** One free-text answer staff may publish: a text answer, or a comment on one paragraph. */
export interface FreeText {
  /** Stable key for the list and the checkbox id. */
  key: string;
  responseId: string;
  questionId: string;
  paragraphId?: string;
  text: string;
  published: boolean;
}

export interface FreeTextGroup {
  question: Question;
  paragraph?: { id: string; label: LocalizedText };
  answers: FreeText[];
}

/**
 * The free-text answers of every response, grouped per question (and paragraph), with
 * whether each is published. The staff results list the published texts themselves,
 * not which response they came from, so a text counts as published as many times as
 * it appears there, oldest response first.
 */
export function freeTextGroups(
  consultation: Consultation,
  responses: readonly AdminConsultationResponse[],
  results: ConsultationResults,
): FreeTextGroup[] {
  const groups: FreeTextGroup[] = [];
  const remaining = (texts: readonly string[] | undefined) => {
    const counts = new Map<string, number>();
    for (const text of texts ?? []) counts.set(text, (counts.get(text) ?? 0) + 1);
    return (text: string) => {
      const left = counts.get(text) ?? 0;
      if (left > 0) counts.set(text, left - 1);
      return left > 0;
    };
  };
  for (const question of consultation.survey.sections.flatMap((section) => section.questions)) {
    const result = results.questions.find((one) => one.questionId === question.id);
    if (question.kind === 'text' || question.kind === 'long_text') {
      const isPublished = remaining(result?.texts);
      const answers: FreeText[] = [];
      for (const response of responses) {
        const value = response.answers[question.id];
        if (typeof value !== 'string' || !value.trim()) continue;
        answers.push({
          key: `${response.id}-${question.id}`,
          responseId: response.id,
          questionId: question.id,
          text: value,
          published: isPublished(value),
        });
      }
      groups.push({ question, answers });
    } else if (question.kind === 'passage') {
      for (const paragraph of question.paragraphs) {
        const isPublished = remaining(result?.paragraphs?.find((one) => one.key === paragraph.id)?.texts);
        const answers: FreeText[] = [];
        for (const response of responses) {
          const value = response.answers[question.id];
          const comment = typeof value === 'object' && value !== null && !Array.isArray(value) ? value[paragraph.id] : undefined;
          if (typeof comment !== 'string' || !comment.trim()) continue;
          answers.push({
            key: `${response.id}-${question.id}-${paragraph.id}`,
            responseId: response.id,
            questionId: question.id,
            paragraphId: paragraph.id,
            text: comment,
            published: isPublished(comment),
          });
        }
        groups.push({ question, paragraph, answers });
      }
    }
  }
  return groups;
}
