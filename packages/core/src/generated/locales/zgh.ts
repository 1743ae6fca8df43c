
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's16f84a5128b68e2b': `ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵢⴰ ⵖⵉⵍⴰ.`,
's174902d5f52d9bbb': `ⵓⵔ ⵉⵜⵜⵓⴼⴰ ⵓⴼⵔⴷⵉⵙ ⴰⴷ. ⵉⵖⵢ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ.`,
's4960aeb72d818ab7': `ⵍⵍⴰ ⵓⵎⵓⴽⵔⵉⵙ`,
's559fdb09cd1109d9': `ⵜⴰⵣⴷⴰⵢⵜ ⴷ ⵜⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵜⵉⵡⵉ. ⵙⵙⵉⵜⵎ ⵜⴰⵣⴷⴰⵢⵜ ⵏⵏⴽ ⵜⴰⵍⵙⴷ ⴰⵔⵎ.`,
's6121ad5961fb51c4': `ⵜⴰⵍⵖⴰ ⵓⵔ ⵜⵚⵃⵉ.`,
's6ebc9bd6feae62a3': `ⴰⵙⴰⵍⴰⵢ…`,
's736157452e7fc7af': `ⵜⵍⵍⴰ ⵜⵓⵛⴹⴰ. ⴰⵍⵙ ⴰⵔⵎ.`,
's7b1a176634d0e511': str`ⴰⵎⵙⵏⴰⵡ ${0} ⵉⵇⵇⴰⵏ ⴰⵙ ${1}.`,
's7c00db9928e16c5b': `ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵍⵍⵉ ⵖⵉⵍⴰ. ⴰⵍⵙ ⴰⵔⵎ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.`,
's831773804ffc2719': `ⵓⵔ ⵍⵍⵉ ⵜⴰⵣⴷⴰⵢⵜ ⵖⵉⵍⴰ. ⵜⴰⵔⴰⴷⴷⵓⴷⵜ ⵏⵏⴽ ⵜⵜⵓⵃⴹⴰ ⵖ ⵓⵎⴰⵙⵙⵓ ⴰⴷ, ⴰⴷ ⵜⵜⵓⵣⵏ ⵙ ⵉⵎⴰⵏ ⵏⵏⵙ ⵎⴽ ⵜⵓⵖⵓⵍ ⵜⴰⵣⴷⴰⵢⵜ.`,
's92fcd2389f1ddd2e': `ⴰⵟⵟⴰⵚ ⵏ ⵜⵉⵔⵎⵉⵜⵉⵏ. ⵔⴰⵊⵓ ⵛⵡⵉⵟ ⵜⴰⵍⵙⴷ ⴰⵔⵎ.`,
's9ef1d8de9228a2d3': `ⴽⵔⴰ ⵏ ⵜⵔⴰⴷⴷⵓⴷⵉⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵚⵖⵓⵏⵜ.`,
'sa47772836f28f19e': `ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ.`,
'sb05eac6313ad4f91': `ⵜⴰⵣⴳⵍⵜ:`,
'sc57b150b53a3b9e6': `ⴰⵏⵙⴰ ⴰⴷ ⵉⵇⵇⴰⵏ.`,
'sc62d22b76c6592f6': `ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⵣⴷⵉ ⴱⵣⵣⴰⴼ.`,
'sc66604fc36a156c5': str`ⴰⵎⵙⵏⴰⵡ ${0} ⵓⵔ ⴷⴰⵔⵙ ⴰⵏⵙⴰ ⵏ ⵓⵎⴰⴽⴽⴰⵢ. ⵔⵏⵓ endpoint ⵖⵔ ⵜⵎⵔⵔⴰⵜ, ⵏⵖ meta mocharaka:endpoint ⵖⵔ ⵜⴰⵙⵏⴰ.`,
'scd1dd6ff53d0d01a': `ⴰⵍⵙ ⴰⵔⵎ`,
'sda8c83b7865aecdb': `ⴰⵣⴰⵍ ⴰⴷ ⵓⵔ ⵉⵚⵃⵉ.`,
    };
  