import { msg } from '@lit/localize';
import { ApiError, describeApiError, describeFieldError, type FieldErrorCode, type FieldProblem, type StaffRole } from '@mocharaka/core';

/** What to tell a staff member about a failed call: the server's codes staff can act on, else the shared wording. */
export function describeStaffError(error: unknown): string {
  const failure = error instanceof ApiError ? error : ApiError.network(error);
  switch (failure.code) {
    case 'unauthorized':
    case 'session_expired':
      return msg('Your session has ended. Sign in again.');
    case 'forbidden':
      return msg('Your role does not allow this action. Ask an administrator.');
    case 'csrf_failed':
      return msg('This page is out of date. Reload it and try again.');
    case 'last_admin':
      return msg('The last active administrator cannot be demoted or deactivated.');
    case 'invalid_transition':
      return msg('The petition cannot move to this status from its current one.');
    case 'petition_closed':
      return msg('Paper signatures are recorded only while the petition collects signatures or at its deposit.');
    case 'commune_missing':
      return msg('No commune is configured on this server yet.');
    case 'email_taken':
    case 'already_exists':
      return msg('An account with this e-mail address already exists.');
  }
  if (failure.status === 403) return msg('Your role does not allow this action. Ask an administrator.');
  return describeApiError(failure);
}

export interface FormField {
  /** Id of the control in the screen's shadow root. */
  id: string;
  label: () => string;
}

/**
 * The error summary's lines for a refused form: each field the server named, with the
 * field's label, or one line saying why the whole request failed.
 */
export function problemsOf(error: unknown, fields: Record<string, FormField>, fallbackFieldId: string): FieldProblem[] {
  if (error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length) {
    return Object.entries(error.fields).map(([name, code]) => {
      const field = fields[name] ?? fields[name.split('.')[0]];
      const fieldId = field?.id ?? fallbackFieldId;
      const label = field ? field.label() : name;
      return { fieldId, message: `${label}: ${describeFieldError(code as FieldErrorCode)}` };
    });
  }
  return [{ fieldId: fallbackFieldId, message: describeStaffError(error) }];
}

/** Each role's name as staff read it. */
export function roleLabel(role: StaffRole): string {
  switch (role) {
    case 'admin':
      return msg('Administrator');
    case 'editor':
      return msg('Editor');
    case 'petitions-officer':
      return msg('Petitions officer');
    case 'moderator':
      return msg('Moderator');
    case 'viewer':
      return msg('Viewer');
  }
}

/** What each role may do, shown where an administrator picks one. */
export function roleDescription(role: StaffRole): string {
  switch (role) {
    case 'admin':
      return msg('Staff accounts, commune settings and everything else.');
    case 'editor':
      return msg('Creates and edits petitions, consultations, charters and services.');
    case 'petitions-officer':
      return msg('Moves petitions through their legal steps, records paper signatures, opens signature lists.');
    case 'moderator':
      return msg('Hides and unhides comments and adhesions, picks free-text answers to publish.');
    case 'viewer':
      return msg('Reads results and exports without personal data.');
  }
}
