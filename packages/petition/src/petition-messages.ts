import { msg } from '@lit/localize';
import type { EligibilityBasis, PetitionStatus } from '@mocharaka/core';

export function statusLabel(status: PetitionStatus): string {
  switch (status) {
    case 'collecting':
      return msg('Collecting signatures');
    case 'deposited':
      return msg('Deposited with the president of the council');
    case 'under_review':
      return msg('Under review by the bureau');
    case 'accepted':
      return msg('Accepted onto the council agenda');
    case 'rejected':
      return msg('Rejected');
    case 'answered':
      return msg('Answered by the council');
  }
}

export function eligibilityLabel(basis: EligibilityBasis): string {
  return basis === 'resident'
    ? msg('I live in the commune')
    : msg('I have an economic, commercial or professional activity in the commune');
}
