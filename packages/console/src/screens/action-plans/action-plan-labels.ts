import { msg, str } from '@lit/localize';
import type { FieldErrorCode, ProjectStatus } from '@mocharaka/core';

export function projectStatusName(status: ProjectStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned');
    case 'in_progress':
      return msg('In progress');
    case 'completed':
      return msg('Completed');
    case 'delayed':
      return msg('Delayed');
    case 'suspended':
      return msg('Suspended');
  }
}

function problem(code: FieldErrorCode): string {
  switch (code) {
    case 'required':
      return msg('missing');
    case 'invalid_format':
      return msg('not in the expected format');
    case 'too_big':
      return msg('too large');
    case 'too_long':
      return msg('too long');
    case 'unknown_field':
      return msg('unknown column');
    default:
      return msg('not a valid value');
  }
}

/** One refused cell of an import (`line.5.budget_mad` → "Line 5, column budget_mad: not in the expected format"). */
export function importProblem(key: string, code: FieldErrorCode): { line: number; text: string } {
  const [, line = '0', column] = key.split('.');
  const what = problem(code);
  return {
    line: Number(line),
    text: column ? msg(str`Line ${line}, column ${column}: ${what}`) : msg(str`Line ${line}: the line cannot be read`),
  };
}
