// Number words for days, hours and counts: cardinals and ordinals 1..31 (masculine and feminine,
// with and without the article), teens (الحادي عشر) and compounds with و (الثاني والعشرين).
import { foldArabic } from './fold';

interface NumberWord { value: number; ordinal: boolean; fem: boolean; teenOnly?: boolean }

const UNIT_FORMS: Array<[number, string[], string, string[]]> = [
  // value, cardinal forms, masculine ordinal, feminine ordinals (the article is added to ordinals below;
  // days of the month take the masculine ordinal, hours the feminine one)
  [1, ['واحد', 'واحدة'], 'أول', ['أولى', 'واحدة']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], 'ثاني', ['ثانية']],
  [3, ['ثلاث', 'ثلاثة'], 'ثالث', ['ثالثة']],
  [4, ['أربع', 'أربعة'], 'رابع', ['رابعة']],
  [5, ['خمس', 'خمسة'], 'خامس', ['خامسة']],
  [6, ['ست', 'ستة'], 'سادس', ['سادسة']],
  [7, ['سبع', 'سبعة'], 'سابع', ['سابعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية'], 'ثامن', ['ثامنة']],
  [9, ['تسع', 'تسعة'], 'تاسع', ['تاسعة']],
  [10, ['عشر', 'عشرة'], 'عاشر', ['عاشرة']],
];
const TEEN_HEADS: Array<[number, string[], string[]]> = [
  [1, ['أحد', 'حادي'], ['إحدى', 'حادية']],
  [2, ['اثنا', 'اثني'], ['اثنتا', 'اثنتي']],
];
const TENS: Array<[number, string]> = [
  [20, 'عشر'], [30, 'ثلاث'], [40, 'أربع'], [50, 'خمس'], [60, 'ست'], [70, 'سبع'], [80, 'ثمان'], [90, 'تسع'],
];

const WORDS = new Map<string, NumberWord>();
const TEEN_TAILS = new Set(['عشر', 'عشرة'].map(foldArabic));
const TENS_WORDS = new Map<string, number>();

function put(form: string, word: NumberWord): void {
  const key = foldArabic(form);
  if (!WORDS.has(key)) WORDS.set(key, word);
}

for (const [value, cardinals, masculine, feminine] of UNIT_FORMS) {
  put('ال' + masculine, { value, ordinal: true, fem: false });
  for (const o of feminine) put('ال' + o, { value, ordinal: true, fem: true });
  for (const c of cardinals) {
    put(c, { value, ordinal: false, fem: false });
    put('ال' + c, { value, ordinal: false, fem: false }); // الخمسة عشر يوما
  }
}
for (const [value, masculine, feminine] of TEEN_HEADS) {
  for (const [forms, fem] of [[masculine, false], [feminine, true]] as const) {
    for (const h of forms) {
      put(h, { value, ordinal: false, fem, teenOnly: true });
      put('ال' + h, { value, ordinal: h.startsWith('ح'), fem, teenOnly: true });
    }
  }
}
for (const [value, stem] of TENS) {
  for (const suffix of ['ون', 'ين']) {
    TENS_WORDS.set(foldArabic(stem + suffix), value);
    TENS_WORDS.set(foldArabic('ال' + stem + suffix), value);
  }
}

export interface ParsedNumber {
  value: number;
  ordinal: boolean;
  /** a feminine ordinal (الثالثة): an hour, never a day of the month */
  fem: boolean;
  /** how many words it took (1 or 2) */
  words: number;
}

/** Reads a number word phrase from folded words, e.g. ("الثاني", "والعشرين") -> 22. */
export function parseNumberWords(first: string, next: string | undefined): ParsedNumber | undefined {
  const tens = TENS_WORDS.get(first);
  if (tens !== undefined) return { value: tens, ordinal: first.startsWith('ال'), fem: false, words: 1 };
  const unit = WORDS.get(first);
  if (unit === undefined) return undefined;
  if (next !== undefined && TEEN_TAILS.has(next) && unit.value <= 9) {
    return { value: unit.value + 10, ordinal: unit.ordinal, fem: unit.fem, words: 2 };
  }
  if (next !== undefined && next.charCodeAt(0) === 0x0648) {
    const compound = TENS_WORDS.get(next.slice(1));
    if (compound !== undefined && unit.value <= 9) return { value: unit.value + compound, ordinal: unit.ordinal, fem: unit.fem, words: 2 };
  }
  if (unit.teenOnly) return undefined;
  return { value: unit.value, ordinal: unit.ordinal, fem: unit.fem, words: 1 };
}

/** Every word the number parser knows, for the fast trigger check and proclitic peeling. */
export function numberWordKeys(): string[] {
  return [...WORDS.keys(), ...TENS_WORDS.keys(), ...TEEN_TAILS];
}
