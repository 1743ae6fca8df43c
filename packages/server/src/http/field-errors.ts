import type { FieldErrorCode } from '@mocharaka/core/contract';
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into the contract's `fields` map: dotted path → stable code. The
 * input decides `required`, since zod reports a missing key as a type mismatch.
 */
export function fieldErrors(issues: readonly Issue[], input: unknown): Record<string, FieldErrorCode> {
  const fields: Record<string, FieldErrorCode> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[dotted([...issue.path, key])] ??= 'unknown_field';
      continue;
    }
    fields[dotted(issue.path)] ??= codeOf(issue, input);
  }
  return fields;
}

function codeOf(issue: Issue, input: unknown): FieldErrorCode {
  // A missing literal or enum (`consent: true`, `eligibility`) is reported as a bad value.
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return 'invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'too_small':
      return issue.origin === 'string' ? 'too_short' : 'too_small';
    case 'invalid_format':
      return 'invalid_format';
    case 'invalid_value':
      return 'invalid_value';
    default:
      return 'invalid';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '$';
}
