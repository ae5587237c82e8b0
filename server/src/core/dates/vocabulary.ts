// The two word sets the fast path needs: every word the grammar knows (so that a proclitic is peeled
// only when it reveals one of them) and the trigger words that can carry a date without a digit.
import { foldArabic } from './fold';
import { numberWordKeys } from './numberWords';
import { decadeKeys } from './decades';
import * as W from './words';

const EXTRA_KNOWN = ['من', 'في', 'و', 'كل', 'يوم', 'توقيت', 'الربع', 'النصف', 'ربع', 'ربعا', 'إلا', 'هذا', 'هذه', 'خلال', 'منذ',
  'حتى', 'إلى', 'قبل', 'بعد', 'لغاية', 'طوال', 'طيلة', 'شهر', 'ثلث', 'الثلث', 'سوف', 'المقرر'];

function phraseWords(): string[] {
  const maps = [W.MONTHS, W.WEEKDAYS, W.RELATIVE_DAYS, W.CYCLES, W.RELATIVE_MODIFIERS, W.UNITS, W.OFFSET_PREPOSITIONS,
    W.DURATION_PREPOSITIONS, W.MODS, W.PARTS_OF_DAY, W.SEASONS, W.YEAR_WORDS, W.MONTH_WORD, W.DAY_WORD, W.HOUR_WORD,
    W.ERA_MARKERS, W.RANGE_OPENERS, W.RANGE_JOINERS, W.UNTIL_WORDS, W.SET_WORDS, W.ZONES];
  return maps.flatMap((m) => m.words());
}

export function knownWords(): Set<string> {
  return new Set([...phraseWords(), ...numberWordKeys(), ...decadeKeys(), ...EXTRA_KNOWN.map(foldArabic)]);
}

export function triggerWords(): Set<string> {
  const maps = [W.MONTHS, W.WEEKDAYS, W.RELATIVE_DAYS, W.CYCLES, W.UNITS, W.PARTS_OF_DAY, W.SEASONS, W.SET_WORDS, W.HOUR_WORD];
  // first words only: a phrase's later words (من in أول من أمس، بعد in بعد غد، الثاني in كانون الثاني) are among
  // the commonest words of the language, and every such phrase has a first word that is a trigger itself
  return new Set([...maps.flatMap((m) => m.firstWords()), ...decadeKeys(), foldArabic('الغد'), foldArabic('غد')]);
}
