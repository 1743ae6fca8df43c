
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hcb8773a3dd4c5fbb': html`ⵎⴰⵏⵣⴰ ⵜⵓⵔⴹⵉⵜ ⵏⵏⴽ ⵙ ${0}?`,
's1b212ad025026e7b': `ⵜⴰⵏⵎⵎⵉⵔⵜ!`,
's1f1a0200f4f9c9a5': `ⴼⴽ ⵢⴰⵜ ⵜⵎⵓⵖⵍⵉ ⵢⴰⴹⵏ`,
's2059c211722db06b': `ⵔⴹⵉⵖ`,
's21d46c484f2f9ed9': str`ⵓⵔ ⵜⵜⴰⵔⵓ ⵉⵙⴼⴽⴰ ⵉⵎⴰⵏⵏⵓⵏⵏ. ⵉⵙⴽⴽⵉⵍⵏ ⵉⵇⵇⵉⵎⵏ: ${0}.`,
's2433de6ca297c45e': `ⵜⵜⵓⵣⵎⵎⴻⵎ ⵜⵎⵓⵖⵍⵉ ⵏⵏⴽ. ⴰⴷ ⵜⵄⴰⵡⵏ ⵜⴰⵎⵙⵙⵓⵔⵜ ⴰⴷ ⵜⵙⵖⵓⴷⵓ ⵜⴰⵏⴰⴼⵓⵜ ⴰⴷ.`,
's296c9be7e30df661': `ⵔⴹⵉⵖ ⴱⵣⵣⴰⴼ`,
's419c53af83b7f413': `ⴼⵔⵏ ⴰⵙⵡⵉⵔ ⵏ ⵜⵓⵔⴹⵉⵜ ⵏⵏⴽ.`,
's6460374ff90302ff': `ⴰⵣⵏ ⵖⵉⵍⴰ`,
's6ead281adf0d371d': `ⴰⵣⴰⵏ…`,
's71de7ca243dff98b': `ⵓⵔ ⵔⴹⵉⵖ ⴰⴽⴽⵯ`,
'saddaf7040ac84cf1': `ⴳⵔ ⵙⵉⵏ`,
'sbc31d8e1b74394ed': `ⵓⵔ ⵔⴹⵉⵖ`,
'sc81eba4a80425a41': `ⴰⵣⵏ ⵜⴰⵎⵓⵖⵍⵉ ⵉⵏⵓ`,
'se0f89da02269a07e': `ⴰⵙⵖⵏⵉ ⵏⵏⴽ (ⴰⵙⵙⵍⵖⵓ)`,
    };
  