/** One compiled lexicon form: a folded key (words joined by one space) and what it means. */
export interface LexiconForm {
  key: string;
  /** month number 1..12, or ISO weekday 1 (Monday) .. 7 (Sunday) */
  value: number;
  sources: string[];
  style?: string;
  /** set when the form is also an ordinary word or a name: it needs date context around it */
  needsContext?: string;
}
