
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h5a6e0470b45e06b5': html`Rien n’a été trouvé avec l’identifiant <bdi dir="ltr">${0}</bdi>. Il a peut-être été supprimé, ou cette page donne un identifiant erroné.`,
's16f84a5128b68e2b': `Ce n’est pas possible pour le moment.`,
's174902d5f52d9bbb': `Cet élément est introuvable. Il a peut-être été retiré.`,
's1915d289efd2625e': `Une partie de ce module n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.`,
's31fcb6051846cbe0': str`La configuration de traduction propre à cette page empêche ce module de charger ses traductions : il est donc affiché en ${0}.`,
's4960aeb72d818ab7': `Il y a un problème`,
's559fdb09cd1109d9': `La connexion au service a échoué. Vérifiez votre connexion et réessayez.`,
's5d78685e69f2727a': str`Ce module est affiché en ${0} : un autre module de cette page a demandé cette langue, et une page ne peut en afficher qu’une.`,
's606c37ee991689ad': `Le service n’a pas pu être joint. Veuillez réessayer plus tard.`,
's6121ad5961fb51c4': `Le format n’est pas valide.`,
's6ebc9bd6feae62a3': `Chargement…`,
's736157452e7fc7af': `Un problème est survenu. Veuillez réessayer.`,
's7b1a176634d0e511': str`Le composant ${0} a besoin de l’attribut ${1}.`,
's7c00db9928e16c5b': `Le service est indisponible pour le moment. Réessayez dans quelques minutes.`,
's831773804ffc2719': `Pas de connexion pour le moment. Votre réponse est gardée sur cet appareil et sera envoyée automatiquement au retour de la connexion.`,
's92fcd2389f1ddd2e': `Trop de tentatives. Patientez un instant puis réessayez.`,
's9ef1d8de9228a2d3': `Certaines réponses doivent être corrigées.`,
'sa47772836f28f19e': `Ce texte est trop long.`,
'sb05eac6313ad4f91': `Erreur :`,
'sc57b150b53a3b9e6': `Ce champ est obligatoire.`,
'sc62d22b76c6592f6': `Ce texte est trop court.`,
'sc66604fc36a156c5': str`Le composant ${0} n’a pas d’adresse de serveur. Ajoutez l’attribut endpoint à la balise, ou une balise meta mocharaka:endpoint à la page.`,
'scd1dd6ff53d0d01a': `Réessayer`,
'sda8c83b7865aecdb': `Cette valeur n’est pas valide.`,
    };
  