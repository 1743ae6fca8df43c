import { msg } from '@lit/localize';
import type { MeetingLanguage, RegistrationStatus } from '@mocharaka/core';

export function meetingLanguageName(language: MeetingLanguage): string {
  switch (language) {
    case 'ary':
      return msg('Moroccan Arabic (Darija)');
    case 'ar':
      return msg('Standard Arabic');
    case 'zgh':
      return msg('Tamazight');
    case 'fr':
      return msg('French');
    default:
      return msg('English');
  }
}

export function registrationStatusName(status: RegistrationStatus): string {
  switch (status) {
    case 'confirmed':
      return msg('Confirmed');
    case 'waiting':
      return msg('Waiting list');
    default:
      return msg('Cancelled');
  }
}
