import { msg } from '@lit/localize';

export function levelLabel(level: number): string {
  switch (level) {
    case 1:
      return msg('Very dissatisfied');
    case 2:
      return msg('Dissatisfied');
    case 3:
      return msg('Neither satisfied nor dissatisfied');
    case 4:
      return msg('Satisfied');
    default:
      return msg('Very satisfied');
  }
}
