// The compiled gazetteer: normalized multi-token names, each with a bit mask of categories (countries,
// person-first, agencies, trigger words ...). Matching walks a token trie from every position; a name may
// start on a token's stem (لبغداد matches بغداد) so that attached proclitics do not hide it.

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

interface TrieNode {
  mask: number;
  next: Map<string, TrieNode> | undefined;
}

export class Gazetteer {
  readonly categories: readonly string[];
  readonly categoryLabels: Readonly<Record<string, string>>;
  private readonly root = new Map<string, TrieNode>();
  readonly size: number;

  constructor(compiled: CompiledGazetteer) {
    if (compiled.categories.length > 31) throw new Error('a gazetteer holds at most 31 categories');
    this.categories = compiled.categories;
    this.categoryLabels = compiled.categoryLabels;
    for (const [name, mask] of compiled.entries) this.insert(name.split(' '), mask);
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
      this.walk(tokens, i, this.root.get(first.norm), matches);
      if (first.stemNorm !== first.norm) this.walk(tokens, i, this.root.get(first.stemNorm), matches);
    }
    return matches;
  }

  private walk(tokens: readonly GazetteerToken[], start: number, node: TrieNode | undefined, out: GazetteerMatch[]): void {
    let j = start + 1;
    while (node) {
      if (node.mask !== 0) out.push({ start, end: j, mask: node.mask });
      if (!node.next || j >= tokens.length) return;
      node = node.next.get(tokens[j].norm);
      j++;
    }
  }

  private insert(parts: string[], mask: number): void {
    let level = this.root;
    let node: TrieNode | undefined;
    for (let k = 0; k < parts.length; k++) {
      node = level.get(parts[k]);
      if (!node) {
        node = { mask: 0, next: undefined };
        level.set(parts[k], node);
      }
      if (k < parts.length - 1) {
        if (!node.next) node.next = new Map();
        level = node.next;
      }
    }
    if (node) node.mask |= mask;
  }
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
