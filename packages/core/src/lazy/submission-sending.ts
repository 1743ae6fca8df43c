import type { FieldErrorCode } from '../contract/common.js';
import type { OutboxEntry } from '../outbox/outbox-storage.js';
import type { SendOutcome } from '../outbox/outbox.js';
import type { Settlement, SubmissionOptions } from '../element/submission-controller.js';

/**
 * The sending half of a SubmissionController (the outbox and how an outcome settles),
 * loaded when the host connects rather than with the element.
 */
export { Outbox } from '../outbox/outbox.js';

/**
 * Turns an outbox outcome into the element's settlement. `announced` holds the receipt
 * keys already passed to `onReceipt`, so each receipt is announced once.
 */
export function settle<Payload, Result, Field extends string>(
  options: SubmissionOptions<Payload, Result, Field>,
  announced: Set<string>,
  outcome: SendOutcome<Result>,
  entry: OutboxEntry<Payload>,
  later: boolean,
): Settlement<Result, Field> {
  if (outcome.state === 'sent') {
    const key = options.receiptKey(outcome.result);
    if (!announced.has(key)) {
      announced.add(key);
      options.onReceipt?.(outcome.result, entry);
    }
    return { kind: 'receipt', result: outcome.result, later };
  }
  const { error } = outcome;
  options.onError?.(error);
  if (outcome.state === 'queued') return { kind: 'queued', error };
  if (error.status === 422 && options.fields) {
    const known = options.fields as readonly string[];
    const fields: Partial<Record<Field, FieldErrorCode>> = {};
    for (const [field, code] of Object.entries(error.fields)) {
      if (code && known.includes(field)) fields[field as Field] = code;
    }
    if (Object.keys(fields).length > 0) return { kind: 'field-errors', fields, error, later };
  }
  return { kind: 'failure', error, later };
}
