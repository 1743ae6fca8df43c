import { msg } from '@lit/localize';
import { pickText, type Locale } from '@mocharaka/core';
import type { AuditAction, AuditEntry, AuditResourceType } from '@mocharaka/core/contract';

export function auditActionLabel(action: AuditAction): string {
  switch (action) {
    case 'create':
      return msg('Created');
    case 'update':
      return msg('Changed');
    case 'status_change':
      return msg('Status changed');
    case 'paper_signatures':
      return msg('Paper signatures recorded');
    case 'new_version':
      return msg('New version published');
    case 'results_publication':
      return msg('Results published or withdrawn');
    case 'text_publication':
      return msg('Free-text answers published');
    case 'hide':
      return msg('Hidden');
    case 'unhide':
      return msg('Shown again');
    case 'sign_in':
      return msg('Signed in');
    case 'sign_out':
      return msg('Signed out');
    case 'sign_out_everywhere':
      return msg('Signed out everywhere');
    case 'password_change':
      return msg('Password changed');
    case 'revoke':
      return msg('Revoked');
    case 'import':
      return msg('Imported from a file');
    case 'assign':
      return msg('Assigned to a department');
    case 'answer':
      return msg('Answered');
    case 'merge':
      return msg('Merged into another');
    case 'attendance':
      return msg('Attendance marked');
    case 'minutes_publication':
      return msg('Meeting minutes saved');
  }
}

export function auditResourceLabel(type: AuditResourceType): string {
  switch (type) {
    case 'petition':
      return msg('Petition');
    case 'consultation':
      return msg('Consultation');
    case 'charter':
      return msg('Charter');
    case 'charter-adhesion':
      return msg('Charter adhesion');
    case 'service':
      return msg('Service');
    case 'rating':
      return msg('Rating');
    case 'staff-account':
      return msg('Staff account');
    case 'api-token':
      return msg('API token');
    case 'commune':
      return msg('Commune settings');
    case 'action-plan':
      return msg('Action programme');
    case 'action-plan-comment':
      return msg('Comment on a project');
    case 'suggestion':
      return msg('Suggestion');
    case 'meeting':
      return msg('Citizen meeting');
  }
}

/** `status: deposited · count: 120`: what changed, a localized text shown in the reader's language. */
export function auditSummary(entry: AuditEntry, locale: Locale): string {
  return Object.entries(entry.summary)
    .map(([field, value]) => `${field}: ${summaryValue(value, locale)}`)
    .join(' · ');
}

function summaryValue(value: unknown, locale: Locale): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { ar?: unknown }).ar === 'string') {
    return pickText(value as { ar: string }, locale).text;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
