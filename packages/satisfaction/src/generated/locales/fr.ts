
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hcb8773a3dd4c5fbb': html`Êtes-vous satisfait du service ${0} ?`,
's1b212ad025026e7b': `Merci !`,
's1f1a0200f4f9c9a5': `Donner un autre avis`,
's2059c211722db06b': `Satisfait`,
's21d46c484f2f9ed9': str`N’écrivez pas d’informations personnelles. Caractères restants : ${0}.`,
's2433de6ca297c45e': `Votre avis a été enregistré. Il aide la commune à améliorer ce service.`,
's296c9be7e30df661': `Très satisfait`,
's419c53af83b7f413': `Choisissez votre niveau de satisfaction.`,
's6460374ff90302ff': `Envoyer maintenant`,
's6ead281adf0d371d': `Envoi en cours…`,
's71de7ca243dff98b': `Très insatisfait`,
'saddaf7040ac84cf1': `Ni satisfait ni insatisfait`,
'sbc31d8e1b74394ed': `Insatisfait`,
'sc81eba4a80425a41': `Envoyer mon avis`,
'se0f89da02269a07e': `Votre commentaire (facultatif)`,
    };
  