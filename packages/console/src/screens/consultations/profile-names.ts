import { msg } from '@lit/localize';
import type { ProfileField } from '@mocharaka/core';

/** What each optional profile question is called in the console. */
export function profileFieldName(field: ProfileField): string {
  switch (field) {
    case 'gender':
      return msg('Gender');
    case 'ageBand':
      return msg('Age band');
    case 'neighbourhood':
      return msg('Neighbourhood');
    case 'associationMember':
      return msg('Member of an association');
  }
}
