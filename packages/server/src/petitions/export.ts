import type { EligibilityBasis, LocalizedText, Petition } from '@mocharaka/core/contract';
import { html, type SafeHtml } from '../html/safe-html.js';
import { moroccoIso, toCsv } from '../http/csv.js';
import type { ExportedSignature } from './signatures.js';

export type ExportLanguage = 'ar' | 'fr';

/** The stylesheet of the printable list, a file (the CSP forbids inline styles). */
export const PRINT_STYLESHEET_PATH = '/assets/petition-print.css';

const LABELS = {
  ar: {
    list: 'لائحة الموقعين على العريضة',
    agent: 'الوكيل',
    commune: 'الجماعة',
    total: 'عدد التوقيعات الإلكترونية',
    paper: 'عدد التوقيعات الورقية (الأوراق مرفقة)',
    grandTotal: 'مجموع التوقيعات',
    number: 'الرقم',
    fullName: 'الاسم الكامل',
    nationalId: 'رقم البطاقة الوطنية للتعريف',
    address: 'العنوان',
    eligibility: 'صفة الأهلية',
    date: 'التاريخ',
    signature: 'التوقيع',
    resident: 'مقيم(ة) بالجماعة',
    economic: 'نشاط اقتصادي أو تجاري أو مهني بالجماعة',
    erased: 'معطيات شخصية محذوفة بعد انقضاء مدة الحفظ (MOCHARAKA_SIGNATURE_RETENTION_DAYS)',
    contact: 'وسيلة الاتصال (لإخبار الموقع(ة) بمآل العريضة فقط)',
    attempts: 'عدد محاولات التوقيع بهذا الرقم',
    conflictingAttempts: 'محاولات بمعطيات مختلفة (للتحقق بالبطاقة الوطنية)',
  },
  fr: {
    list: 'Liste des signataires de la pétition',
    agent: 'Mandataire',
    commune: 'Commune',
    total: 'Signatures en ligne',
    paper: 'Signatures sur papier (feuilles jointes)',
    grandTotal: 'Total des signatures',
    number: 'N°',
    fullName: 'Nom complet',
    nationalId: 'N° de la CNIE',
    address: 'Adresse',
    eligibility: 'Qualité',
    date: 'Date',
    signature: 'Signature',
    resident: 'Résident(e) de la commune',
    economic: 'Activité économique, commerciale ou professionnelle dans la commune',
    erased: 'Données personnelles effacées à la fin de la durée de conservation (MOCHARAKA_SIGNATURE_RETENTION_DAYS)',
    contact: 'Contact (uniquement pour informer le signataire des suites de la pétition)',
    attempts: 'Tentatives de signature avec ce N°',
    conflictingAttempts: 'Tentatives aux données différentes (à vérifier sur CNIE)',
  },
} as const satisfies Record<ExportLanguage, Record<string, string>>;

export const exportLanguage = (value: string | undefined): ExportLanguage => (value === 'fr' ? 'fr' : 'ar');

const localized = (text: LocalizedText, lang: ExportLanguage) => (lang === 'fr' && text.fr ? text.fr : text.ar);

const basisLabel = (basis: EligibilityBasis, lang: ExportLanguage) => LABELS[lang][basis];

/**
 * The decrypted list as CSV (formula-neutralised by `toCsv`), with what only staff see:
 * the optional contact, for its one stated purpose (telling the signatory what became of
 * the petition), and per ID the signing attempts and how many of them gave other data
 * than the signature that stands — an ID someone else may have used first, to check
 * against the CNIE of whoever contests it at the bureau (docs/security.md).
 */
export function signaturesCsv(signatures: readonly ExportedSignature[], lang: ExportLanguage): string {
  const l = LABELS[lang];
  return toCsv(
    [l.number, l.fullName, l.nationalId, l.address, l.eligibility, l.date, l.contact, l.attempts, l.conflictingAttempts],
    signatures.map((s) =>
      s.erased
        ? [s.number, l.erased, '', '', '', moroccoIso(s.signedAt), '', s.attempts, s.conflictingAttempts]
        : [
            s.number,
            s.fullName,
            s.nationalId,
            s.address,
            basisLabel(s.eligibility, lang),
            moroccoIso(s.signedAt),
            s.contact,
            s.attempts,
            s.conflictingAttempts,
          ],
    ),
  );
}

/**
 * The list in the layout deposited with the president: the petition, its agent and
 * commune, the online, paper and total counts, then a numbered table with an empty
 * signature column. Every value is escaped by the `html` tag; no script, and the styles
 * come from a file.
 */
export function signaturesPage(
  petition: Petition,
  signatures: readonly ExportedSignature[],
  lang: ExportLanguage,
  paperCount = 0,
): SafeHtml {
  const l = LABELS[lang];
  const title = localized(petition.title, lang);
  return html`<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${l.list} — ${title}</title>
<link rel="stylesheet" href="${PRINT_STYLESHEET_PATH}">
</head>
<body>
<header>
<h1>${title}</h1>
<p class="subtitle">${l.list}</p>
<dl>
<dt>${l.agent}</dt><dd>${petition.agent.name}</dd>
<dt>${l.commune}</dt><dd>${localized(petition.commune.name, lang)}</dd>
<dt>${l.total}</dt><dd>${signatures.length}</dd>
<dt>${l.paper}</dt><dd>${paperCount}</dd>
<dt>${l.grandTotal}</dt><dd>${signatures.length + paperCount}</dd>
</dl>
</header>
<table>
<thead><tr><th class="number">${l.number}</th><th>${l.fullName}</th><th>${l.nationalId}</th><th>${l.address}</th><th>${l.eligibility}</th><th>${l.date}</th><th class="signature">${l.signature}</th></tr></thead>
<tbody>
${signatures.map((s) =>
  s.erased
    ? html`<tr class="erased"><td class="number">${s.number}</td><td colspan="4">${l.erased}</td><td dir="ltr">${moroccoIso(s.signedAt)}</td><td class="signature"></td></tr>\n`
    : html`<tr><td class="number">${s.number}</td><td>${s.fullName}</td><td dir="ltr">${s.nationalId}</td><td>${s.address}</td><td>${basisLabel(s.eligibility, lang)}</td><td dir="ltr">${moroccoIso(s.signedAt)}</td><td class="signature"></td></tr>\n`,
)}</tbody>
</table>
</body>
</html>
`;
}
