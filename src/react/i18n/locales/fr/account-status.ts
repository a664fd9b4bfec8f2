import type { accountStatus as en } from '../en/account-status';

export const accountStatus: typeof en = {
  badges: {
    suspended: 'Suspendu',
    pendingDeletion: 'Suppression programmée',
    unverified: 'Non vérifié',
    admin: 'Admin',
  },
  self: {
    pendingDeletion: 'Votre compte sera effacé le {date}.',
    pendingDeletionHelp: 'Pour le garder, annulez la suppression sous « Supprimer le compte ».',
    suspended: 'Votre compte est suspendu.',
    suspendedHelp: 'Vous pouvez consulter votre profil et télécharger vos données, mais rien modifier.',
  },
  other: {
    pendingDeletion: 'Ce compte sera effacé le {date}.',
    suspended: 'Ce compte est suspendu depuis le {date}.',
  },
  reason: 'Motif : {reason}',
  rateLimited: 'Trop de tentatives. Réessayez dans {wait}.',
};
