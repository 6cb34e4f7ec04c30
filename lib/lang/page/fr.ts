import type { PageWords } from './types';

/** French page words. */
export const fr: PageWords = {
  months: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'],
    ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc'],
  ],
  timeJoiners: ['à'],
  bylinePrefixes: ['par'],
  bylineInLine: ['par'],
  authorJoiners: ['et'],
  bylineTrailers: ['le', 'la', 'les', 'publié', 'publié le', 'publiée', 'mis à jour', 'mis à jour le', 'modifié le'],
  publishedLabels: ['publié le'],
  // "read also", "subscribe", "share"
  chromeLines: ['lire aussi', 'à lire aussi', 'abonnez-vous', 'partager'],
  creditLines: ['photo'],
  // `commentaires`
  commentClassStems: ['commentaire'],
};
