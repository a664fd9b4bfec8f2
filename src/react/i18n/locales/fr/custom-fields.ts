import type { customFields as en } from '../en/custom-fields';

export const customFields: typeof en = {
  title: 'Informations complémentaires',
  empty: 'Il n’y a rien de plus à renseigner ici.',
  noChanges: 'Aucune modification à enregistrer.',
  allReadOnly: 'Vous pouvez consulter ces informations mais pas les modifier.',
  attributes: {
    keyHeader: 'Nom',
    valueHeader: 'Valeur',
    keyLabel: 'Nom de l’attribut {n}',
    valueLabel: 'Valeur de l’attribut {n}',
    add: 'Ajouter un attribut',
    remove: 'Supprimer',
    removeLabel: 'Supprimer {key}',
    removeUnnamed: 'Supprimer l’attribut {n}',
    confirmTitle: 'Supprimer {key} ?',
    confirmTitleUnnamed: 'Supprimer l’attribut {n} ?',
    confirmDescription: 'L’attribut sera supprimé à l’enregistrement.',
    confirm: 'Supprimer',
    none: 'Aucun attribut pour l’instant.',
    limit: 'Jusqu’à {n} attributs.',
    duplicate: 'Chaque nom ne peut être utilisé qu’une fois',
  },
};
