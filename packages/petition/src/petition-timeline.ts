import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Petition, PetitionStatus } from '@mocharaka/core';
import { statusLabel } from './petition-messages.js';
import { localizedDate, localizedText, type PetitionContext } from './petition-text.js';

/**
 * The dated status steps (collecting, deposited, under review, the bureau's decision,
 * answered) and, while the bureau has yet to answer, its legal deadline.
 */
export function renderTimeline(ctx: PetitionContext, data: Petition) {
  const reached = new Map<PetitionStatus, Petition['statusHistory'][number]>();
  for (const change of [...data.statusHistory].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) reached.set(change.status, change);
  if (!reached.has('collecting')) reached.set('collecting', { status: 'collecting', at: data.opensAt });
  const decision: PetitionStatus | undefined = reached.has('rejected') ? 'rejected' : reached.has('accepted') ? 'accepted' : undefined;
  const steps: Array<PetitionStatus | 'decision'> = ['collecting', 'deposited', 'under_review', decision ?? 'decision'];
  if (decision !== 'rejected') steps.push('answered');
  const awaitingAnswer = data.answerDueAt && (data.status === 'deposited' || data.status === 'under_review');
  return html`<h3 id="timeline-title">${msg('Progress of the petition')}</h3>
    <ol class="timeline" part="timeline" aria-labelledby="timeline-title">
      ${steps.map((step) => {
        const change = step === 'decision' ? undefined : reached.get(step);
        const current = step === data.status;
        return html`<li class=${change ? (current ? 'done current' : 'done') : 'todo'} aria-current=${current ? 'step' : nothing}>
          <span class="step">${step === 'decision' ? msg('Decision of the bureau: onto the agenda or rejected') : statusLabel(step)}</span>
          ${change ? html`<span class="when">${localizedDate(ctx, change.at)}</span>` : html`<span class="when">${msg('Not yet')}</span>`}
          ${
            change?.note
              ? html`<div class="note">${change.status === 'rejected' ? html`<strong>${msg('Reasons given:')}</strong> ` : nothing}${localizedText(ctx, change.note, 'p')}</div>`
              : nothing
          }
        </li>`;
      })}
    </ol>
    ${
      awaitingAnswer
        ? html`<p class="notice due">${msg(html`The bureau must answer by ${localizedDate(ctx, data.answerDueAt!)} (three months after the deposit).`)}</p>`
        : nothing
    }`;
}
