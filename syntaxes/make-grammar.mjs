// Builds arabic-news.tmLanguage.json from readable pieces. Run: node syntaxes/make-grammar.mjs
// Then check it: node syntaxes/check-grammar.mjs
//
// The regexes must mean the same in Oniguruma (what VS Code runs) and in JavaScript (what our checks
// run), so they stay in the common subset: explicit character classes instead of \d \w \b (whose
// Unicode meaning differs between the two), no lookbehind, only (?: ) (?= ) (?! ) groups.
// Arabic letters are given as literal characters, so both engines see the same class.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const NOT_DIGIT_AHEAD = '(?![0-9\u0660-\u0669\u06F0-\u06F9])';
/** an Arabic word character: letters, tatweel, harakat, superscript alef, extended letters */
const AR_WORD = '[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FC]';
const NOT_AR_AHEAD = `(?!${AR_WORD})`;
const SPACE = '[ \t\u00A0]';

const GREGORIAN_MONTHS = [
  'يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'فبراير', 'شباط', 'فيفري', 'مارس', 'آذار', 'اذار',
  'أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'مايو', 'أيار', 'ايار', 'ماي', 'يونيو', 'يونيه', 'حزيران',
  'جوان', 'يوليو', 'يوليه', 'يوليوز', 'تموز', 'جويلية', 'أغسطس', 'اغسطس', 'آب', 'اب', 'أوت', 'غشت',
  'سبتمبر', 'أيلول', 'ايلول', 'شتنبر', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'تشرين أول',
  'نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر', 'ديسمبر', 'كانون الأول', 'كانون الاول', 'كانون أول',
  'دجنبر',
];
const HIJRI_MONTHS = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الاول', 'ربيع الآخر', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الأول',
  'جمادى الآخرة', 'جمادى الثانية', 'جمادى الثاني', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذي القعدة',
  'ذو الحجة', 'ذي الحجة',
];
/** Agencies as they appear in a credit: (رويترز), /قنا/, or bare at the end of a dateline. */
const AGENCIES = [
  'رويترز', 'سانا', 'واس', 'قنا', 'وام', 'بترا', 'واع', 'وات', 'واج', 'كونا', 'بنا', 'العمانية', 'الأناضول',
  'أسوشيتد برس', 'الفرنسية', 'شينخوا', 'سونا', 'وفا', 'معا', 'ومع', 'سبأ', 'إرنا', 'سبوتنيك', 'تاس',
  'يونهاب', 'كيودو', 'إفي', 'آكي', 'لانا', 'موريتانيا', 'الأنباء', 'وكالات', 'خاص', 'أ ف ب', 'د ب أ', 'أ ش أ',
  'و م ع', 'أ ب', 'ا ف ب',
];

/** Longest first, so that an alternation prefers كانون الثاني over a shorter name sharing its start. */
function alternation(words, { tolerateMarks = false } = {}) {
  const escaped = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((ch) => escapeChar(ch, tolerateMarks)).join(''));
  return `(?:${escaped.join('|')})`;
}

/** Harakat and tatweel may follow any letter in vocalized text (نِيسَانَ، القـــاهرة). */
const MARKS = '[\u064B-\u0652\u0640]*';

function escapeChar(ch, tolerateMarks) {
  if (ch === ' ') return `${SPACE}+`;
  if (/[.*+?^${}()|[\]\\/]/.test(ch)) return `\\${ch}`;
  return tolerateMarks && /[\u0621-\u064A]/.test(ch) ? ch + MARKS : ch;
}

const MONTH = alternation([...GREGORIAN_MONTHS, ...HIJRI_MONTHS], { tolerateMarks: true });
const NUMERIC_DATE =
  `(?:${DIGIT}{4}[-/.]${DIGIT}{1,2}[-/.]${DIGIT}{1,2}|${DIGIT}{1,2}[-/.]${DIGIT}{1,2}[-/.](?:${DIGIT}{4}|${DIGIT}{2}))${NOT_DIGIT_AHEAD}`;
/** a 4-digit year, optionally with its calendar marker (هـ Hijri, م Gregorian) in a capture group */
const YEAR_WITH_MARKER = `${DIGIT}{4}${NOT_DIGIT_AHEAD}(?:${SPACE}*(هـ|ه|م)${NOT_AR_AHEAD})?`;
/** 22 من تموز، 13 أيار/مايو 2024، 18 أيلول (سبتمبر) 2024، 5 ذو القعدة 1445 هـ, and month + year: مارس 2022 */
const WORDED_DATE =
  `(?:${DIGIT}{1,2}${SPACE}+(?:من${SPACE}+)?${MONTH}(?:${SPACE}*/${SPACE}*${MONTH}|${SPACE}*\\(${MONTH}\\))?(?:${SPACE}+${YEAR_WITH_MARKER})?` +
  `|${MONTH}(?:${SPACE}*/${SPACE}*${MONTH})?${SPACE}+${YEAR_WITH_MARKER})${NOT_AR_AHEAD}`;
const WORDED_DATE_WITH_YEAR =
  `${DIGIT}{1,2}${SPACE}+(?:من${SPACE}+)?${MONTH}(?:${SPACE}*/${SPACE}*${MONTH}|${SPACE}*\\(${MONTH}\\))?${SPACE}+${DIGIT}{4}`;
const TIME = `${DIGIT}{1,2}:${DIGIT}{2}(?::${DIGIT}{2})?${NOT_DIGIT_AHEAD}`;
const NUMBER = `${DIGIT}+(?:[.,\u066B\u066C]${DIGIT}+)*`;
const AGENCY = alternation(AGENCIES);
const WEEKDAY = '(?:ال)?(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)';
/** words of a dateline that are neither the city nor a date: تونس في 14 جانفي 2024 - على الساعة 14:05 */
const DATELINE_FILLER = '(?:في|على|الساعة|الموافق|يوم|بتاريخ)';

const repository = {
  dateline: {
    comment: 'A short line with a date in its first 45 characters: at most 80 characters, not opening with a quote, no sentence end.',
    name: 'meta.dateline.arabic-news',
    begin: `^(?![\u00AB\u201C"(])(?=[^\\n]{0,80}$)(?![^\\n]*[.\u061F!]${SPACE}*$)(?=[^\\n]{0,45}?(?:${NUMERIC_DATE}|${WORDED_DATE_WITH_YEAR}))`,
    end: '$',
    patterns: [
      { include: '#credit' },
      { include: '#hijri-year' },
      { include: '#worded-date' },
      { include: '#numeric-date' },
      { include: '#time' },
      { include: '#number' },
      { name: 'entity.name.tag.agency.arabic-news', match: `${AGENCY}${SPACE}*$` },
      { name: 'punctuation.separator.dateline.arabic-news', match: '[|\\-\u2013\u2014\u060C,/]+' },
      { name: 'constant.numeric.date.weekday.arabic-news', match: `${WEEKDAY}${NOT_AR_AHEAD}` },
      { comment: 'small words that are not the city', match: `${DATELINE_FILLER}${NOT_AR_AHEAD}` },
      {
        comment: 'the city: one or two Arabic words (الدار البيضاء), never a weekday or a filler word',
        name: 'variable.other.location.dateline.arabic-news',
        match: `${AR_WORD}+(?:${SPACE}+(?!(?:${WEEKDAY}|${DATELINE_FILLER})${NOT_AR_AHEAD})${AR_WORD}+)?`,
      },
    ],
  },
  credit: {
    comment: 'Agency credits: (أ ف ب) (رويترز) /قنا/ and any parenthesised run of single letters such as (و م ع).',
    patterns: [
      {
        name: 'entity.name.tag.agency.arabic-news',
        match: `(\\()${SPACE}*(${AGENCY}|(?:[\u0621-\u064A]${SPACE}){1,3}[\u0621-\u064A])${SPACE}*(\\))`,
        captures: { 1: { name: 'punctuation.definition.tag.begin.arabic-news' }, 3: { name: 'punctuation.definition.tag.end.arabic-news' } },
      },
      {
        name: 'entity.name.tag.agency.arabic-news',
        match: `(/)(${AGENCY})(/)`,
        captures: { 1: { name: 'punctuation.definition.tag.begin.arabic-news' }, 3: { name: 'punctuation.definition.tag.end.arabic-news' } },
      },
    ],
  },
  'hijri-year': {
    comment: 'A year with its calendar marker: 1445 هـ (Hijri), 2024 م (Gregorian).',
    match: `(${DIGIT}{3,4})${SPACE}*(?:(هـ|ه)|(م))${NOT_AR_AHEAD}`,
    captures: {
      1: { name: 'constant.numeric.year.arabic-news' },
      2: { name: 'keyword.other.unit.calendar.hijri.arabic-news' },
      3: { name: 'keyword.other.unit.calendar.gregorian.arabic-news' },
    },
  },
  'numeric-date': { name: 'constant.numeric.date.arabic-news', match: NUMERIC_DATE },
  'worded-date': {
    name: 'constant.numeric.date.worded.arabic-news',
    match: WORDED_DATE,
    captures: { 1: { name: 'keyword.other.unit.calendar.arabic-news' }, 2: { name: 'keyword.other.unit.calendar.arabic-news' } },
  },
  time: { name: 'constant.numeric.time.arabic-news', match: TIME },
  timezone: {
    name: 'constant.other.timezone.arabic-news',
    match: `(?:بتوقيت|بالتوقيت)${SPACE}+(?:غرينتش|غرينيتش|جرينتش|جرينيتش|مكة${SPACE}+المكرمة|المحلي|القدس|بيروت|دمشق|بغداد|القاهرة|الرياض|أبوظبي|الدوحة|تونس|الجزائر|الرباط|عمان)${NOT_AR_AHEAD}|(?:GMT|UTC)(?:[+-][0-9]{1,2})?(?![A-Za-z])`,
  },
  percentage: {
    name: 'constant.numeric.percentage.arabic-news',
    match: `${NUMBER}${SPACE}*(?:(%|\u066A)|(بالمائة|بالمئة|في${SPACE}+المائة|في${SPACE}+المئة)${NOT_AR_AHEAD})`,
    captures: { 1: { name: 'keyword.other.unit.percent.arabic-news' }, 2: { name: 'keyword.other.unit.percent.arabic-news' } },
  },
  number: { name: 'constant.numeric.arabic-news', match: NUMBER },
  'latin-word': {
    comment: 'Consumes Latin words with digits (A320, COVID19) so that their digits are not coloured as numbers.',
    match: '[A-Za-z_][A-Za-z0-9_]*',
  },
  quotes: {
    comment: 'Quotations end at their closing mark or, if it is missing, at the end of the line.',
    patterns: [
      quoteRule('\u00AB', '\u00BB', 'string.quoted.other.guillemets.arabic-news'),
      quoteRule('\u201C', '\u201D', 'string.quoted.double.curly.arabic-news'),
      quoteRule('"', '"', 'string.quoted.double.arabic-news'),
    ],
  },
  inline: {
    patterns: [
      { include: '#credit' },
      { include: '#hijri-year' },
      { include: '#worded-date' },
      { include: '#numeric-date' },
      { include: '#time' },
      { include: '#timezone' },
      { include: '#percentage' },
      { include: '#latin-word' },
      { include: '#number' },
    ],
  },
};

function quoteRule(open, close, scope) {
  return {
    name: scope,
    begin: open,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.arabic-news' } },
    end: `(${close})|$`,
    endCaptures: { 1: { name: 'punctuation.definition.string.end.arabic-news' } },
    patterns: [{ include: '#inline' }],
  };
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Arabic News',
  scopeName: 'text.arabic-news',
  comment: 'Generated by syntaxes/make-grammar.mjs: edit that file, not this one.',
  patterns: [{ include: '#dateline' }, { include: '#quotes' }, { include: '#inline' }],
  repository,
};

const target = fileURLToPath(new URL('./arabic-news.tmLanguage.json', import.meta.url));
writeFileSync(target, JSON.stringify(grammar, null, 2) + '\n');
console.log(`wrote ${target}`);
