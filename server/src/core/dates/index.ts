// Public face of core/dates: the temporal recognizer for the pipeline, and the calendar helpers the
// hover uses. Everything else in this folder is internal.
import type { TemporalRecognizer } from '../recognizers';
import { ArabicTemporalRecognizer } from './recognizer';

export { describeTemporalValue, type TemporalDescription } from './describe';
export { gregorianToHijri, hijriToGregorian } from './hijri';
export type { YMD } from './calendar';

export function createTemporalRecognizer(): TemporalRecognizer {
  return new ArabicTemporalRecognizer();
}
