import type { PageWords } from './types';

/** Spanish page words. */
export const es: PageWords = {
  months: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'],
    ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ],
  // `8 de octubre de 2025`, `del 2025`
  yearJoiners: ['de', 'del'],
  timeJoiners: ['a las'],
  bylinePrefixes: ['por', 'de'],
  bylineInLine: ['por'],
  authorJoiners: ['y'],
  bylineTrailers: ['el', 'la', 'publicado', 'publicado el', 'actualizado', 'actualizado el'],
  publishedLabels: ['publicado el', 'publicado'],
  // "read also", "subscribe", "share", "advertising"
  chromeLines: ['lee también', 'suscríbete', 'compartir', 'publicidad'],
  creditLines: ['foto'],
  // `comentarios`
  commentClassStems: ['comentario'],
};
