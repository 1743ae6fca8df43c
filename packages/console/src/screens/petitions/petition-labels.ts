import { msg } from '@lit/localize';
import type { EligibilityBasis, PetitionStatus } from '@mocharaka/core';

export function petitionStatusLabel(status: PetitionStatus): string {
  switch (status) {
    case 'collecting':
      return msg('Collecting signatures');
    case 'deposited':
      return msg('Deposited');
    case 'under_review':
      return msg('Under review by the bureau');
    case 'accepted':
      return msg('Accepted');
    case 'rejected':
      return msg('Rejected');
    case 'answered':
      return msg('Answered');
  }
}

export function eligibilityLabel(basis: EligibilityBasis): string {
  return basis === 'resident'
    ? msg('Residents of the commune')
    : msg('People with an economic, commercial or professional activity in the commune');
}
