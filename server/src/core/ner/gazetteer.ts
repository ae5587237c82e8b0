// The compiled gazetteer: normalized multi-token names, each with a bit mask of categories (countries,
// person-first, agencies, trigger words ...). Matching extends a name token by token from every position
// while it is still the prefix of some name; a name may start on a token's stem (لبغداد matches بغداد)
// so that attached proclitics do not hide it.

/** The compiled form shipped in server/models (written by scripts/ner/compileGazetteers.ts). */
export interface CompiledGazetteer {
  version: number;
  /** category names, bit i of a mask is categories[i]; at most 31 */
  categories: string[];
  /** entity label each category suggests (PER/ORG/LOC/MISC), or 'TRIGGER' for context words */
  categoryLabels: Record<string, string>;
  /** [normalized tokens joined by one space, category mask] */
  entries: [string, number][];
}

/**
 * The shipped file form: a JSON header line (version, categories, categoryLabels), then one
 * `name<TAB>mask` line per entry. Plain lines parse several times faster than one big JSON array.
 */
export function formatGazetteerFile(g: CompiledGazetteer): string {
  const header = JSON.stringify({ version: g.version, categories: g.categories, categoryLabels: g.categoryLabels });
  return header + '\n' + g.entries.map(([name, mask]) => `${name}\t${mask}`).join('\n') + '\n';
}

export function parseGazetteerFile(text: string): CompiledGazetteer {
  const lines = text.split('\n');
  const header = JSON.parse(lines[0]) as Omit<CompiledGazetteer, 'entries'>;
  const entries: [string, number][] = [];
  for (let k = 1; k < lines.length; k++) {
    const tab = lines[k].lastIndexOf('\t');
    if (tab > 0) entries.push([lines[k].slice(0, tab), Number(lines[k].slice(tab + 1))]);
  }
  return { ...header, entries };
}

/**
 * A node of the name trie: the categories of the name that ends here (0 when none), and the tokens that
 * continue a longer name. A token's NameStart is the node of the one-token name or prefix it is.
 */
export interface NameStart {
  mask: number;
  /** the next tokens of longer names that start with this one; undefined when none does */
  next: Map<string, NameStart> | undefined;
}

export interface GazetteerMatch {
  /** token indices, half-open */
  start: number;
  end: number;
  mask: number;
}

/** The parts of a token the gazetteer looks at (a core/text Token satisfies it). */
export interface GazetteerToken {
  norm: string;
  stemNorm: string;
}

export class Gazetteer {
  readonly categories: readonly string[];
  readonly categoryLabels: Readonly<Record<string, string>>;
  /** normalized name (tokens joined by one space) -> category mask */
  /**
   * Names as a trie by token: a walk follows the next token's normalized form (a string whose hash the
   * tokenizer's cache already holds) instead of building and hashing "name so far + token" at every step.
   */
  private readonly roots = new Map<string, NameStart>();
  readonly size: number;

  constructor(compiled: CompiledGazetteer) {
    if (compiled.categories.length > 31) throw new Error('a gazetteer holds at most 31 categories');
    this.categories = compiled.categories;
    this.categoryLabels = compiled.categoryLabels;
    for (const [name, mask] of compiled.entries) {
      const words = name.split(' ');
      let node = child(this.roots, words[0]);
      for (let k = 1; k < words.length; k++) node = child((node.next ??= new Map()), words[k]);
      node.mask |= mask;
    }
    this.size = compiled.entries.length;
  }

  /** Category names of a mask, in category order. */
  categoryNames(mask: number): string[] {
    const names: string[] = [];
    for (let c = 0; c < this.categories.length; c++) if (mask & (1 << c)) names.push(this.categories[c]);
    return names;
  }

  /** Every gazetteer name found in the tokens (all lengths, all starts), in order of start. */
  match(tokens: readonly GazetteerToken[]): GazetteerMatch[] {
    const matches: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      this.walk(tokens, i, this.nameStart(first.norm), matches);
      if (first.stemNorm !== first.norm) this.walk(tokens, i, this.nameStart(first.stemNorm), matches);
    }
    return matches;
  }

  /**
   * The same as match, with each token's name-start lookups done beforehand (callers cache them per word):
   * starts[i] is nameStart(norm), stemStarts[i] nameStart(stemNorm) or undefined when the stem is the word.
   */
  matchFromStarts(tokens: readonly GazetteerToken[], starts: readonly (NameStart | undefined)[], stemStarts: readonly (NameStart | undefined)[]): GazetteerMatch[] {
    const matches: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (starts[i]) this.walk(tokens, i, starts[i], matches);
      if (stemStarts[i]) this.walk(tokens, i, stemStarts[i], matches);
    }
    return matches;
  }

  /** What the gazetteer knows of a one-token key: undefined when no name is or starts with it. */
  nameStart(key: string): NameStart | undefined {
    return this.roots.get(key);
  }

  /** Every name starting at `start` whose first token reads as `first`. */
  private walk(tokens: readonly GazetteerToken[], start: number, first: NameStart | undefined, out: GazetteerMatch[]): void {
    if (!first) return;
    if (first.mask !== 0) out.push({ start, end: start + 1, mask: first.mask });
    let node = first;
    for (let end = start + 1; node.next !== undefined && end < tokens.length; ) {
      const next = node.next.get(tokens[end].norm);
      if (next === undefined) return;
      end++;
      if (next.mask !== 0) out.push({ start, end, mask: next.mask });
      node = next;
    }
  }
}

function child(level: Map<string, NameStart>, word: string): NameStart {
  let node = level.get(word);
  if (node === undefined) {
    node = { mask: 0, next: undefined };
    level.set(word, node);
  }
  return node;
}

/**
 * Per-token category masks from matches: begin[i] has the categories of names starting at i, inside[i]
 * those of names covering i without starting there.
 */
export function gazetteerMasks(matches: readonly GazetteerMatch[], n: number, begin: Int32Array, inside: Int32Array): void {
  begin.fill(0, 0, n);
  inside.fill(0, 0, n);
  for (const m of matches) {
    begin[m.start] |= m.mask;
    for (let k = m.start + 1; k < m.end; k++) inside[k] |= m.mask;
  }
}
