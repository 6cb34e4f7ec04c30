/**
 * Words that say nothing about which event an article covers, per language: function words, reporting
 * verbs, time words. Related stories drop them from an article's keywords (lib/analyze/keywords.ts),
 * after stemming them exactly as the article's words are stemmed, so "however" meets "howeve".
 * Data only; adding a language = adding an entry.
 */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'about', 'above', 'according', 'after', 'again', 'against', 'also', 'although', 'among', 'another', 'because', 'been',
    'before', 'being', 'between', 'both', 'could', 'does', 'during', 'each', 'either', 'every', 'first', 'from', 'have',
    'having', 'here', 'however', 'into', 'last', 'later', 'many', 'more', 'most', 'much', 'must', 'never', 'next', 'only',
    'other', 'over', 'said', 'says', 'same', 'several', 'should', 'since', 'some', 'still', 'such', 'than', 'that', 'their',
    'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'told', 'under', 'until', 'very', 'were', 'what',
    'when', 'where', 'which', 'while', 'will', 'with', 'within', 'without', 'would', 'year', 'years', 'added', 'noted',
    'stated', 'percent', 'people', 'time', 'today', 'yesterday', 'week', 'month', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
    'september', 'october', 'november', 'december',
  ],
  ru: [
    'это', 'этот', 'эта', 'эти', 'этого', 'этой', 'этом', 'также', 'однако', 'поэтому', 'когда', 'если', 'после', 'кроме',
    'среди', 'всего', 'более', 'менее', 'больше', 'меньше', 'который', 'которая', 'которое', 'которые', 'которых', 'где',
    'теперь', 'сейчас', 'уже', 'ещё', 'еще', 'очень', 'только', 'даже', 'можно', 'нужно', 'будет', 'будут', 'было', 'были',
    'была', 'быть', 'есть', 'чтобы', 'потому', 'через', 'между', 'перед', 'около', 'почти', 'всех', 'свой', 'своих', 'своей',
    'словам', 'заявил', 'заявила', 'сообщил', 'сообщила', 'сообщили', 'отметил', 'отметила', 'отмечают', 'сказал', 'сказала',
    'считает', 'считают', 'рассказал', 'рассказала', 'данным', 'мнению', 'время', 'году', 'года', 'годы', 'лет', 'день',
    'дней', 'несколько', 'многие', 'прошли', 'прошел', 'прошла', 'первые', 'первый', 'процента', 'процентов',
    'понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу', 'суббота', 'субботу', 'воскресенье',
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  ],
  kk: [
    'бұл', 'осы', 'сол', 'ол', 'олар', 'оның', 'және', 'мен', 'бен', 'пен', 'сонымен', 'қатар', 'дегенмен', 'бірақ',
    'алайда', 'себебі', 'өйткені', 'кейін', 'дейін', 'бойынша', 'туралы', 'үшін', 'арқылы', 'енді', 'қазір', 'әлі', 'тағы',
    'өте', 'ғана', 'барлық', 'барлығы', 'бірнеше', 'көп', 'кейбір', 'деді', 'айтты', 'айтуынша', 'хабарлады', 'мәліметінше',
    'санайды', 'атап', 'өтті', 'өтеді', 'алғаш', 'алғашқы', 'бірінші', 'жылы', 'жылдың', 'жыл', 'күні', 'күн', 'пайыз',
    'пайыздан', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі', 'қаңтар', 'ақпан', 'наурыз',
    'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
  ],
  uk: [
    'це', 'цей', 'ця', 'ці', 'також', 'однак', 'проте', 'тому', 'коли', 'якщо', 'після', 'крім', 'серед', 'більше', 'який',
    'яка', 'яке', 'які', 'яких', 'тепер', 'зараз', 'вже', 'дуже', 'тільки', 'лише', 'навіть', 'буде', 'будуть', 'було', 'були',
    'словами', 'заявив', 'заявила', 'повідомив', 'повідомила', 'повідомили', 'зазначив', 'сказав', 'сказала', 'вважає',
    'році', 'року', 'років', 'кілька', 'відсотків',
  ],
  de: [
    'aber', 'auch', 'dass', 'dies', 'diese', 'dieser', 'dieses', 'doch', 'durch', 'eine', 'einem', 'einen', 'einer', 'haben',
    'hatte', 'jetzt', 'kann', 'mehr', 'nach', 'noch', 'nicht', 'oder', 'schon', 'sein', 'sich', 'sind', 'sowie', 'über',
    'unter', 'wenn', 'werden', 'wird', 'wurde', 'wurden', 'zwischen', 'sagte', 'erklärte', 'laut', 'jahr', 'jahren', 'prozent',
  ],
  fr: [
    'alors', 'aussi', 'autre', 'avec', 'avant', 'cette', 'comme', 'dans', 'depuis', 'donc', 'elle', 'elles', 'encore', 'entre',
    'être', 'leur', 'leurs', 'mais', 'même', 'nous', 'pour', 'plus', 'selon', 'sont', 'sous', 'tous', 'tout', 'très', 'était',
    'déclaré', 'affirmé', 'année', 'années', 'pourcent',
  ],
  es: [
    'ante', 'aunque', 'como', 'con', 'cuando', 'desde', 'durante', 'entre', 'esta', 'este', 'estos', 'hasta', 'más', 'para',
    'pero', 'porque', 'según', 'sobre', 'también', 'tras', 'todo', 'todos', 'dijo', 'afirmó', 'señaló', 'año', 'años', 'ciento',
  ],
};
