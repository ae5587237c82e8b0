// Which rule can start at which token. The grammar is tried only where one of these words (or a digit
// run) stands; this table is also what the "any temporal word here?" fast path and proclitic peeling use.
import { clockRule, partOfDayRule } from './clock';
import { centuryRule, decadeKeys, decadeRule } from './decades';
import { durationRule, setRule } from './durations';
import { foldArabic } from './fold';
import { RuleSet, type RuleSpec } from './found';
import { modRule, untilRule } from './mods';
import { numberWordKeys } from './numberWords';
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
  { rule: numericDateRule, words: [], numbers: true },
  { rule: wordedDateRule, words: [...NUMBER_WORDS, ...W.WEEKDAYS.firstWords(), ...DAY, ...W.MONTHS.firstWords(), ...W.MONTH_WORD.firstWords()], numbers: true },
  { rule: modRule, words: W.MODS.firstWords(), numbers: false },
  { rule: yearRule, words: W.YEAR_WORDS.firstWords(), numbers: true },
  { rule: relativeDayRule, words: W.RELATIVE_DAYS.firstWords(), numbers: false },
  { rule: weekdayRule, words: [...DAY, ...W.WEEKDAYS.firstWords()], numbers: false },
  { rule: cycleRule, words: [...THIS, ...W.CYCLES.firstWords()], numbers: false },
  { rule: offsetRule, words: W.OFFSET_PREPOSITIONS.firstWords(), numbers: false },
  { rule: seasonRule, words: [...THIS, ...W.SEASONS.firstWords()], numbers: false },
  { rule: quarterRule, words: f(['الربع', 'النصف']), numbers: false },
  { rule: decadeRule, words: decadeKeys(), numbers: false },
  { rule: centuryRule, words: f(['القرن']), numbers: false },
  { rule: partOfDayRule, words: [...THIS, ...W.PARTS_OF_DAY.firstWords()], numbers: false },
  { rule: clockRule, words: [...W.HOUR_WORD.firstWords(), ...NUMBER_WORDS], numbers: true },
  { rule: setRule, words: [...f(['كل']), ...W.SET_WORDS.firstWords()], numbers: false },
  { rule: durationRule, words: [...W.DURATION_PREPOSITIONS.firstWords(), ...NUMBER_WORDS, ...W.UNITS.firstWords()], numbers: true },
];

export const BASE_RULES = new RuleSet(BASE_SPECS);

export const ALL_RULES = new RuleSet([
  { rule: rangeRule(BASE_RULES), words: W.RANGE_OPENERS.firstWords(), numbers: true },
  { rule: untilRule(BASE_RULES), words: W.UNTIL_WORDS.firstWords(), numbers: false },
  ...BASE_SPECS,
]);
