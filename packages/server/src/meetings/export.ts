import type { AdminRegistration, LocalizedText, RegistrationStatus } from '@mocharaka/core/contract';
import { moroccoIso, toCsv } from '../http/csv.js';

const HEADERS = {
  ar: ['المرجع', 'الاسم', 'وسيلة الاتصال', 'عدد الأشخاص', 'الحالة', 'الحضور', 'تاريخ التسجيل'],
  fr: ['Référence', 'Nom', 'Contact', 'Personnes', 'Statut', 'Présent', "Date d'inscription"],
} as const;

const STATUS: Record<'ar' | 'fr', Record<RegistrationStatus, string>> = {
  ar: { confirmed: 'مؤكد', waiting: 'لائحة الانتظار', cancelled: 'ملغى' },
  fr: { confirmed: 'Confirmé', waiting: "Liste d'attente", cancelled: 'Annulé' },
};

const YES_NO = { ar: ['نعم', 'لا'], fr: ['oui', 'non'] } as const;

/** The attendance list: every registration, cancelled ones included (marked so), in registration order. */
export function registrationsCsv(registrations: readonly AdminRegistration[], lang: 'ar' | 'fr'): string {
  return toCsv(
    HEADERS[lang],
    registrations.map((r) => [
      r.reference,
      r.name,
      r.contact ?? '',
      r.people,
      STATUS[lang][r.status],
      YES_NO[lang][r.attended ? 0 : 1],
      moroccoIso(r.registeredAt),
    ]),
  );
}

export const exportLanguage = (lang: string | undefined): 'ar' | 'fr' => (lang === 'fr' ? 'fr' : 'ar');

/** The text in `lang`, Arabic when it has none. */
export const textIn = (text: LocalizedText, lang: 'ar' | 'fr'): string => (lang === 'fr' && text.fr?.trim() ? text.fr : text.ar);
