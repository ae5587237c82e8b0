// Hand-written temporal vocabulary (relative words, units, parts of day, modifiers). Month and weekday
// names come from the compiled lexicon (lexicon.generated.ts); these closed word classes are written
// here from the relative_expressions section of the shared lexicon and ordinary MSA usage.
import { foldArabic } from './fold';
import { PhraseMap } from './phrases';
import { GREGORIAN_MONTH_FORMS, HIJRI_MONTH_FORMS, WEEKDAY_FORMS } from './lexicon.generated';
import type { LexiconForm } from './lexiconTypes';

export type Unit = 'D' | 'W' | 'M' | 'Y' | 'H' | 'MIN' | 'DEC';
export type Direction = 'past' | 'next' | 'this';
export type Mod = 'START' | 'MID' | 'END';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

export interface MonthWord { calendar: 'gregorian' | 'hijri'; month: number; form: LexiconForm }

function formsMap<T>(forms: readonly LexiconForm[], make: (f: LexiconForm) => T): PhraseMap<T> {
  const map = new PhraseMap<T>();
  for (const f of forms) map.add(f.key, make(f));
  return map;
}

export const MONTHS = formsMap<MonthWord>(GREGORIAN_MONTH_FORMS, (form) => ({ calendar: 'gregorian', month: form.value, form }));
for (const f of HIJRI_MONTH_FORMS) MONTHS.add(f.key, { calendar: 'hijri', month: f.value, form: f });

export const WEEKDAYS = formsMap<LexiconForm>(WEEKDAY_FORMS, (f) => f);

/** Days relative to the article date. */
export const RELATIVE_DAYS = new PhraseMap<number>()
  .addAll(['اليوم', 'النهارده'], 0)
  .addAll(['أمس', 'الأمس', 'البارحة', 'يوم أمس', 'امبارح'], -1)
  .addAll(['أول أمس', 'أول من أمس', 'أمس الأول', 'قبل أمس'], -2)
  .addAll(['غدا', 'يوم غد', 'يوم الغد', 'بكرة'], 1)
  .addAll(['بعد غد', 'بعد الغد', 'بعد غد'], 2);

/** After اليوم these words mean "the day (of ...)", not today. */
export const NOT_TODAY_AFTER = new Set(
  ['التالي', 'الموالي', 'السابق', 'الأول', 'الثاني', 'الثالث', 'الأخير', 'العالمي', 'الوطني', 'الدولي', 'نفسه', 'ذاته', 'الذي', 'الموعود', 'المحدد', 'الذى'].map(foldArabic),
);

export interface CycleWord { unit: Unit; fem: boolean }
export const CYCLES = new PhraseMap<CycleWord>()
  .add('الأسبوع', { unit: 'W', fem: false })
  .add('الشهر', { unit: 'M', fem: false })
  .add('العام', { unit: 'Y', fem: false })
  .add('السنة', { unit: 'Y', fem: true });

/** Relative modifiers after a cycle, month, weekday or season. Confidence is lower for narrative ones. */
export interface Relative { dir: Direction; narrative: boolean }
export const RELATIVE_MODIFIERS = new PhraseMap<Relative>()
  .addAll(['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'المنقضي'], { dir: 'past', narrative: false })
  .addAll(['السابق', 'السابقة'], { dir: 'past', narrative: true })
  .addAll(['المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاي'], { dir: 'next', narrative: false })
  .addAll(['التالي', 'التالية'], { dir: 'next', narrative: true })
  .addAll(['الجاري', 'الجارية', 'الحالي', 'الحالية'], { dir: 'this', narrative: false });

/** Nouns that take العام as the adjective "general" (الأمين العام المقبل is a person, not next year). */
export const GENERAL_NOUNS = new Set(['الأمين', 'الأمينة', 'الأمانة', 'المدير', 'المديرة', 'الرأي', 'القطاع', 'المال', 'المدعي',
  'النائب', 'المؤتمر', 'الإضراب', 'الأمن', 'الصالح', 'الشأن', 'النظام', 'العفو', 'التعليم', 'الاتحاد', 'الادعاء', 'المفتش',
  'المراقب', 'القائد', 'المنسق', 'الوضع', 'الإطار', 'المستوى', 'المرشد', 'الحاكم', 'القنصل', 'الموقف', 'الطابع', 'المناخ',
  'المشهد', 'المزاج', 'التوجه', 'العمل', 'الدين', 'الإنفاق', 'النقل'].map(foldArabic));

export const THIS_WORDS = new Set(['هذا', 'هذه']);

export interface UnitWord { unit: Unit; count: 1 | 2 | 'n' }
export const UNITS = new PhraseMap<UnitWord>()
  .addAll(['يوم', 'يوما'], { unit: 'D', count: 1 }).add('أيام', { unit: 'D', count: 'n' })
  .addAll(['يومين', 'يومان'], { unit: 'D', count: 2 })
  .addAll(['أسبوع', 'أسبوعا'], { unit: 'W', count: 1 }).add('أسابيع', { unit: 'W', count: 'n' })
  .addAll(['أسبوعين', 'أسبوعان'], { unit: 'W', count: 2 })
  .addAll(['شهر', 'شهرا'], { unit: 'M', count: 1 }).addAll(['أشهر', 'شهور'], { unit: 'M', count: 'n' })
  .addAll(['شهرين', 'شهران'], { unit: 'M', count: 2 })
  .addAll(['عام', 'عاما', 'سنة'], { unit: 'Y', count: 1 }).addAll(['أعوام', 'سنوات', 'سنين'], { unit: 'Y', count: 'n' })
  .addAll(['عامين', 'عامان', 'سنتين', 'سنتان'], { unit: 'Y', count: 2 })
  .addAll(['ساعة'], { unit: 'H', count: 1 }).add('ساعات', { unit: 'H', count: 'n' })
  .addAll(['ساعتين', 'ساعتان'], { unit: 'H', count: 2 })
  .addAll(['دقيقة'], { unit: 'MIN', count: 1 }).add('دقائق', { unit: 'MIN', count: 'n' })
  .addAll(['دقيقتين', 'دقيقتان'], { unit: 'MIN', count: 2 })
  .addAll(['عقد'], { unit: 'DEC', count: 1 }).add('عقود', { unit: 'DEC', count: 'n' })
  .addAll(['عقدين', 'عقدان'], { unit: 'DEC', count: 2 });

/** Prepositions that turn "N units" into a point relative to the article date. */
export const OFFSET_PREPOSITIONS = new PhraseMap<number>()
  .addAll(['قبل', 'منذ', 'مضى'], -1)
  .addAll(['بعد'], 1);
/** Prepositions that make "N units" a duration. */
export const DURATION_PREPOSITIONS = new PhraseMap<true>().addAll(['لمدة', 'مدة', 'طيلة', 'طوال', 'على مدى', 'على مدار', 'خلال'], true);

export const MODS = new PhraseMap<Mod>()
  .addAll(['مطلع', 'بداية', 'أوائل', 'مستهل', 'بدايات', 'أول'], 'START')
  .addAll(['منتصف', 'أواسط', 'وسط'], 'MID')
  .addAll(['أواخر', 'نهاية', 'آخر', 'ختام', 'نهايات'], 'END');

export const PARTS_OF_DAY = new PhraseMap<PartOfDay>()
  .addAll(['صباح', 'صباحا', 'الصباح', 'فجر', 'فجرا', 'الفجر', 'ضحى', 'صبيحة'], 'MO')
  .addAll(['ظهر', 'ظهرا', 'الظهر', 'الظهيرة', 'ظهيرة'], 'MI')
  .addAll(['عصر', 'عصرا', 'العصر', 'بعد الظهر', 'بعد ظهر', 'بعد الظهيرة'], 'AF')
  .addAll(['مساء', 'المساء', 'مساءا', 'عشية', 'مغرب'], 'EV')
  .addAll(['ليلا', 'ليلة', 'الليلة', 'الليل', 'ليل', 'منتصف الليل'], 'NI');

export const SEASONS = new PhraseMap<string>()
  .addAll(['ربيع', 'الربيع'], 'SP').addAll(['صيف', 'الصيف'], 'SU')
  .addAll(['خريف', 'الخريف'], 'FA').addAll(['شتاء', 'الشتاء'], 'WI');

export const YEAR_WORDS = new PhraseMap<true>().addAll(['عام', 'العام', 'سنة', 'السنة', 'عامي', 'العامين'], true);
export const MONTH_WORD = new PhraseMap<true>().addAll(['شهر', 'الشهر'], true);
export const DAY_WORD = new PhraseMap<true>().addAll(['يوم', 'اليوم'], true);
export const HOUR_WORD = new PhraseMap<true>().addAll(['الساعة', 'ساعة'], true);

export type Era = 'AD' | 'AH' | 'BC';
export const ERA_MARKERS = new PhraseMap<Era>()
  .addAll(['م', 'ميلادي', 'ميلادية', 'للميلاد', 'بعد الميلاد'], 'AD')
  .addAll(['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'], 'AH')
  .addAll(['ق م', 'قبل الميلاد'], 'BC');

export const RANGE_OPENERS = new PhraseMap<'from' | 'between'>().add('من', 'from').add('بين', 'between').add('ما بين', 'between');
export const RANGE_JOINERS = new PhraseMap<true>()
  .addAll(['إلى', 'الى', 'حتى', 'لغاية', 'إلى غاية', 'الى غاية', 'إلى حين', 'حتى يوم', 'إلى يوم', 'الى يوم', 'إلى غاية يوم'], true);
export const UNTIL_WORDS = new PhraseMap<true>().addAll(['حتى', 'لغاية', 'إلى غاية', 'إلى حين'], true);

export const SET_WORDS = new PhraseMap<string>()
  .add('يوميا', 'P1D').add('أسبوعيا', 'P1W').add('شهريا', 'P1M').add('سنويا', 'P1Y').add('كل يوم', 'P1D')
  .add('كل أسبوع', 'P1W').add('كل شهر', 'P1M').add('كل عام', 'P1Y').add('كل سنة', 'P1Y').add('كل ساعة', 'PT1H');

/** Zones after بتوقيت whose offset has no daylight saving (others are kept in the span, value without zone). */
export const ZONES = new PhraseMap<string>()
  .addAll(['غرينتش', 'جرينتش', 'غرينيتش', 'جرينيتش'], 'Z')
  .addAll(['مكة المكرمة', 'مكة', 'الرياض', 'السعودية', 'بغداد', 'العراق', 'الدوحة', 'قطر', 'الكويت'], '+03:00')
  .addAll(['الإمارات', 'أبوظبي', 'دبي', 'أبو ظبي'], '+04:00');
