import type { account as en } from '../en/account';

export const account: typeof en = {
  export: {
    title: 'Télécharger vos données',
    description: 'Une copie de tout ce qui est enregistré sur votre compte, dans un fichier JSON : votre profil, vos réglages, vos connexions liées et l’historique.',
    button: 'Télécharger mes données',
    preparing: 'Préparation de votre fichier…',
    done: '{file} téléchargé.',
  },
  delete: {
    title: 'Supprimer le compte',
    description: 'Votre compte et tout ce qui est enregistré à son sujet sont effacés {grace} après votre confirmation. D’ici là, vous pouvez encore vous connecter et annuler.',
    descriptionNow: 'Votre compte et tout ce qui est enregistré à son sujet sont effacés immédiatement. C’est irréversible.',
    open: 'Supprimer mon compte…',
    confirmWord: 'SUPPRIMER',
    confirmLabel: 'Saisissez {word} pour confirmer',
    confirmHelp: 'Cela évite de supprimer votre compte par mégarde.',
    confirmMismatch: 'Saisissez {word} pour confirmer.',
    passwordRequired: 'Saisissez votre mot de passe actuel.',
    submit: 'Supprimer mon compte',
    submitting: 'Suppression…',
    scheduled: 'Votre compte sera effacé le {date}.',
    scheduledHelp: 'Vous avez changé d’avis ? Saisissez votre mot de passe pour garder votre compte.',
    keep: 'Garder mon compte',
    keeping: 'Annulation de la suppression…',
    cancelled: 'La suppression est annulée : votre compte est conservé.',
    erased: 'Votre compte a été effacé.',
  },
};
