
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hcb8773a3dd4c5fbb': html`ما مدى رضاك عن ${0}؟`,
's1b212ad025026e7b': `شكرا لك!`,
's1f1a0200f4f9c9a5': `إبداء رأي آخر`,
's2059c211722db06b': `راضٍ`,
's21d46c484f2f9ed9': str`لا تكتب معلومات شخصية. الأحرف المتبقية: ${0}.`,
's2433de6ca297c45e': `تم تسجيل رأيك. يساعد الجماعة على تحسين هذه الخدمة.`,
's296c9be7e30df661': `راضٍ جدا`,
's419c53af83b7f413': `اختر مدى رضاك.`,
's6460374ff90302ff': `أرسل الآن`,
's6ead281adf0d371d': `جارٍ الإرسال…`,
's71de7ca243dff98b': `غير راضٍ إطلاقا`,
'saddaf7040ac84cf1': `لا راضٍ ولا غير راضٍ`,
'sbc31d8e1b74394ed': `غير راضٍ`,
'sc81eba4a80425a41': `أرسل رأيي`,
'se0f89da02269a07e': `تعليقك (اختياري)`,
    };
  