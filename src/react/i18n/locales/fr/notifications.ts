import type { notifications as en } from '../en/notifications';

export const notifications: typeof en = {
  title: 'Notifications',
  topic: 'Sujet',
  switchLabel: '{topic} par {channel}',
  notSent: '{topic} n’est pas envoyé par {channel}',
  mandatory: 'Toujours activé : ces avis protègent le compte.',
  saveFailed: 'Impossible d’enregistrer « {topic} par {channel} » : le réglage a été rétabli. {error}',
  saveAllFailed: 'Impossible d’enregistrer vos modifications. {error}',
  unresolved:
    'Votre choix n’est pas encore enregistré : {switches}. Quelqu’un a modifié ces notifications entre-temps. Enregistrez de nouveau pour comparer et choisir.',
  saveAgain: 'Enregistrer de nouveau',
  reset: 'Réinitialiser',
  unsaved: 'Modifications non enregistrées : {count}',
};
