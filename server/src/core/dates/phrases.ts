// Multi-word lexicon lookup: a map from a first word to the phrases that start with it, longest first,
// so that matching a phrase at a token costs one Map.get plus a few string compares.
import { foldArabic } from './fold';
import { isSealed, registerTable, type WordTable } from './wordTables';

export interface PhraseEntry<T> {
  /** folded words after the first one */
  rest: string[];
  value: T;
}

export class PhraseMap<T> implements WordTable<readonly PhraseEntry<T>[]> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();
  readonly tableId = registerTable(this);

  /** Adds a phrase (words separated by spaces; folded here). Later additions of the same phrase lose. */
  add(phrase: string, value: T): this {
    if (isSealed(this.tableId)) throw new Error('a phrase map is filled before the first word is analysed (see wordTables.ts)');
    const words = foldArabic(phrase).split(' ').filter((w) => w.length > 0);
    const list = this.byFirst.get(words[0]) ?? [];
    const rest = words.slice(1);
    if (!list.some((e) => e.rest.join(' ') === rest.join(' '))) list.push({ rest, value });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(words[0], list);
    return this;
  }

  addAll(phrases: readonly string[], value: T): this {
    for (const p of phrases) this.add(p, value);
    return this;
  }

  /** The phrases that start with this folded word, longest first. */
  lookup(key: string): readonly PhraseEntry<T>[] | undefined {
    return this.byFirst.get(key);
  }

  keys(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** The words a phrase of this map can start with. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** Every word this map knows, for the fast "any temporal word here?" check. */
  words(): string[] {
    const out: string[] = [];
    for (const [first, list] of this.byFirst) {
      out.push(first);
      for (const e of list) out.push(...e.rest);
    }
    return out;
  }
}
