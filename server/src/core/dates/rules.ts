// Which rule can start at which token. The grammar is tried only where one of these words (or a digit
// run) stands; this table is also what the "any temporal word here?" fast path and proclitic peeling use.
import { clockRule, partOfDayRule } from './clock';
import { centuryRule, decadeKeys, decadeRule } from './decades';
import { durationRule, setRule } from './durations';
import { foldArabic } from './fold';
import { RuleSet, type RuleSpec } from './found';
import { modRule, untilRule } from './mods';
import { numberWordKeys } from './numberWords';
import { AFTER_COLON, AFTER_MONTH_OR_OF, AFTER_SEPARATOR, AFTER_UNIT, YEAR_DIGITS } from './numberStarts';
import { numericDateRule } from './numeric';
import { quarterRule, seasonRule, yearRule } from './periods';
import { rangeRule } from './ranges';
import { cycleRule, offsetRule, relativeDayRule, weekdayRule } from './relative';
import * as W from './words';
import { wordedDateRule } from './worded';

const f = (words: string[]): string[] => words.map(foldArabic);
const NUMBER_WORDS = numberWordKeys();
const THIS = f(['هذا', 'هذه']);
const DAY = f(['يوم']);

const BASE_SPECS: RuleSpec[] = [
  { rule: numericDateRule, words: [], numbers: AFTER_SEPARATOR },
  { rule: wordedDateRule, words: [...NUMBER_WORDS, ...W.WEEKDAYS.firstWords(), ...DAY, ...W.MONTHS.firstWords(), ...W.MONTH_WORD.firstWords()], numbers: AFTER_MONTH_OR_OF },
  { rule: modRule, words: W.MODS.firstWords(), numbers: 0 },
  { rule: yearRule, words: W.YEAR_WORDS.firstWords(), numbers: YEAR_DIGITS },
  { rule: relativeDayRule, words: W.RELATIVE_DAYS.firstWords(), numbers: 0 },
  { rule: weekdayRule, words: [...DAY, ...W.WEEKDAYS.firstWords()], numbers: 0 },
  { rule: cycleRule, words: [...THIS, ...W.CYCLES.firstWords()], numbers: 0 },
  { rule: offsetRule, words: W.OFFSET_PREPOSITIONS.firstWords(), numbers: 0 },
  { rule: seasonRule, words: [...THIS, ...W.SEASONS.firstWords()], numbers: 0 },
  { rule: quarterRule, words: f(['الربع', 'النصف']), numbers: 0 },
  { rule: decadeRule, words: decadeKeys(), numbers: 0 },
  { rule: centuryRule, words: f(['القرن']), numbers: 0 },
  { rule: partOfDayRule, words: [...THIS, ...W.PARTS_OF_DAY.firstWords()], numbers: 0 },
  { rule: clockRule, words: [...W.HOUR_WORD.firstWords(), ...NUMBER_WORDS], numbers: AFTER_COLON },
  { rule: setRule, words: [...f(['كل']), ...W.SET_WORDS.firstWords()], numbers: 0 },
  { rule: durationRule, words: [...W.DURATION_PREPOSITIONS.firstWords(), ...NUMBER_WORDS, ...W.UNITS.firstWords()], numbers: AFTER_UNIT },
];

export const BASE_RULES = new RuleSet(BASE_SPECS);

export const ALL_RULES = new RuleSet([
  { rule: rangeRule(BASE_RULES), words: W.RANGE_OPENERS.firstWords(), numbers: AFTER_SEPARATOR },
  { rule: untilRule(BASE_RULES), words: W.UNTIL_WORDS.firstWords(), numbers: 0 },
  ...BASE_SPECS,
]);
