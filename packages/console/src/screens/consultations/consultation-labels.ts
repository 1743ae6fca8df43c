import { msg } from '@lit/localize';
import type { ConsultationStatus } from '@mocharaka/core';

export function consultationStatusName(status: ConsultationStatus): string {
  if (status === 'upcoming') return msg('Upcoming');
  if (status === 'open') return msg('Open');
  return msg('Closed');
}
