import { CANCELLATION_CODE_PATTERN, type ApiError } from '@mocharaka/core';

/** The page's address fragment a receipt's cancellation link carries: `#mocharaka-meeting-cancel=<meeting>.<code>`. */
const PREFIX = '#mocharaka-meeting-cancel=';

/** The link that brings the registrant back to this page, ready to cancel. */
export function cancellationLink(pageUrl: string, meetingId: string, code: string): string {
  const url = new URL(pageUrl);
  url.hash = `${PREFIX.slice(1)}${meetingId}.${code}`;
  return url.href;
}

/** The meeting and code of a cancellation link, or undefined when the fragment is not one. */
export function readCancellationLink(hash: string): { meetingId: string; code: string } | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const [meetingId = '', code = ''] = hash.slice(PREFIX.length).split('.');
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(meetingId) || !CANCELLATION_CODE_PATTERN.test(code)) return undefined;
  return { meetingId, code };
}

/** Where cancelling stands on the meeting shown: typed by the registrant, or brought by the receipt's link. */
export interface Cancelling {
  code: string;
  fromLink: boolean;
  invalid: boolean;
  failure?: ApiError;
  /** Set once cancelled: the registration's reference. */
  cancelled?: string;
}

export const freshCancelling = (): Cancelling => ({ code: '', fromLink: false, invalid: false });
