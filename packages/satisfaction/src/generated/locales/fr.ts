
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hb0df13cc8d48ecab': html`Détails : ${0}`,
'hcb8773a3dd4c5fbb': html`Êtes-vous satisfait du service ${0} ?`,
's1b212ad025026e7b': `Merci !`,
's1f1a0200f4f9c9a5': `Donner un autre avis`,
's1f70e352affcaf45': `Un seul appui suffit : votre réponse est enregistrée aussitôt.`,
's1fa0b9016d3ef410': `Satisfaction par mois`,
's2059c211722db06b': `Satisfait`,
's21d46c484f2f9ed9': str`N’écrivez pas d’informations personnelles. Caractères restants : ${0}.`,
's2433de6ca297c45e': `Votre avis a été enregistré. Il aide la commune à améliorer ce service.`,
's296c9be7e30df661': `Très satisfait`,
's2afaa32cb05156f2': str`Moyenne : ${0} sur 5`,
's2d6cdc4741ab00fe': `Dites-nous en plus (facultatif)`,
's2df075aface0dab8': `Part`,
's3528d1703553c2c5': `Donnez votre avis`,
's3d197283cb019b5a': `Vue d’ensemble`,
's481c967ba5e6cb99': `Les plus cités`,
's4d4d3b45380378c3': `Satisfaction des citoyens envers les services de la commune`,
's547722b07dcc5851': `Quel service avez-vous utilisé ?`,
's5568f942af16ddd8': `Choisir un autre service`,
's57adf424d57c8a0f': `Envoyer`,
's5dbb20d5a5281e7b': str`Enregistré : ${0}. Merci !`,
's5e8250fb85d64c23': `Fermer`,
's6460374ff90302ff': `Envoyer maintenant`,
's66413c24dcf680e2': `Passer`,
's6c3f74148efe1fb0': `Aucune évaluation pour l’instant.`,
's71de7ca243dff98b': `Très insatisfait`,
's729422c1ea8fa3de': `Qu’est-ce qui s’est bien passé ?`,
's7bee6eba31b7f518': `satisfaits ou très satisfaits`,
's93b3a65e545e8c1e': `Répartition des évaluations`,
'saa8aa81ad6f055fd': `Niveau`,
'saddaf7040ac84cf1': `Ni satisfait ni insatisfait`,
'sb34b2dc0f44da19f': str`Évaluations : ${0}`,
'sb47daaf9e1c4a905': `Mois`,
'sbad6a6691d21c13c': `Trop peu d’évaluations pour que ce score soit significatif.`,
'sbc31d8e1b74394ed': `Insatisfait`,
'sc8cdd20be6454a2f': `Qu’est-ce qui n’a pas été ?`,
'sd377a985b0a3de3d': `Qu’est-ce qui a le plus compté ?`,
'sdb40b6460d181059': `Avis`,
'se0f89da02269a07e': `Votre commentaire (facultatif)`,
'sf1bbac50373377e4': `Service`,
    };
  