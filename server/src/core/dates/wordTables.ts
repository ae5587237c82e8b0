// Tables the grammar looks words up in by their folded key, again and again: the phrase maps (months,
// units, prepositions...) and the rule sets (which rules start at a word). Inside analyze() these Map
// lookups are cache misses into Maps the entity tagger has pushed out of the cache. Instead, every
// table's answer for a spelling is read once, when stream.ts first analyses the spelling, and kept on its
// Lex as an array indexed by table id: a lookup is then an array read. The tables are filled when their
// modules load, before any word is analysed; a table changed after that would throw (see isSealed).

export interface WordTable<V> {
  /** index of this table's answer in a Lex's `answers` (from registerTable) */
  readonly tableId: number;
  /** the table's own lookup (a Map): fills `answers`, and answers for a table made after the first word */
  lookup(key: string): V | undefined;
  /** every key the table has an answer for */
  keys(): Iterable<string>;
}

const tables: WordTable<unknown>[] = [];
/** taken on the first word analysed: how many tables every `answers` array covers, and the keys any knows */
let sealed: { count: number; keys: Set<string>; none: readonly unknown[] } | undefined;

/** The id of a new table (call from its constructor). */
export function registerTable(table: WordTable<unknown>): number {
  tables.push(table);
  return tables.length - 1;
}

/** True once words' answers include this table's: it must not change any more. */
export function isSealed(tableId: number): boolean {
  return sealed !== undefined && tableId < sealed.count;
}

/** Each table's answer for a key (one shared array of undefined for the many words no table knows). */
export function answersFor(key: string): readonly unknown[] {
  if (sealed === undefined) {
    const keys = new Set<string>();
    for (const table of tables) for (const k of table.keys()) keys.add(k);
    sealed = { count: tables.length, keys, none: new Array<unknown>(tables.length).fill(undefined) };
  }
  if (!sealed.keys.has(key)) return sealed.none;
  const answers = new Array<unknown>(sealed.count);
  for (let t = 0; t < sealed.count; t++) answers[t] = tables[t].lookup(key);
  return answers;
}

/** A table's answer for a word, from the word's `answers` (or the table itself, for a table made later). */
export function answerOf<V>(answers: readonly unknown[], key: string, table: WordTable<V>): V | undefined {
  return table.tableId < answers.length ? (answers[table.tableId] as V | undefined) : table.lookup(key);
}
