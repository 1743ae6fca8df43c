import { msg } from '@lit/localize';
import type { CharterStatus } from '@mocharaka/core';

export function charterStatusName(status: CharterStatus): string {
  switch (status) {
    case 'draft':
      return msg('Draft');
    case 'consultation':
      return msg('In public consultation');
    case 'adopted':
      return msg('Adopted');
    case 'revised':
      return msg('Revised');
  }
}
