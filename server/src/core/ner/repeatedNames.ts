// Names repeat within an article, and the first mention is usually the easy one: «شركة فولكسفاغن» is
// tagged where the trigger word stands next to it, the bare «فولكسفاغن» three paragraphs later is not.
// This document step labels untagged repeats of a name the model tagged elsewhere in the same article,
// with the same label. Names match by the stems of their tokens, so «وفولكسفاغن» repeats «فولكسفاغن»; a
// person named in full is also found by family name alone. A name the article tags with different labels
// takes the label its mentions agree on most (summed confidence), and the odd mentions are relabelled.
// Measured on ANERcorp dev, which has no article boundaries, with every 16 sentences read as one article
// (`eval --article-sentences`, see DESIGN-NOTE.md).
import type { DocumentStep, ParagraphView } from '../recognizers';
import { ENTITY_LABELS, type Label, type Suggestion, type Token } from '../types';
import { narrowedStart } from './recognizer';

export interface RepeatedNamesOptions {
  /** a name must have been tagged at least this confidently to label its repeats (chosen on ANERcorp dev) */
  minSourceConfidence?: number;
  /** the confidence of a repeat, at most: about the share of repeats that were right on ANERcorp dev */
  maxConfidence?: number;
}

interface Name {
  stems: string[];
  label: Label;
  confidence: number;
  text: string;
}

/** A name as tagged in one paragraph (offsets relative to it); a family name read off a full one is `derived`. */
interface Mention extends Name {
  key: string;
  start: number;
  end: number;
  fromModel: boolean;
  derived: boolean;
}

interface ArticleNames {
  /** the surest reading of each name, under the label its mentions agree on, by the stem of its first token */
  byFirst: Map<string, Name[]>;
  /** the agreed label of each name tagged more than once with different labels */
  agreed: Map<string, Label>;
}

const ENTITY: ReadonlySet<Label> = new Set<Label>(ENTITY_LABELS);

export class RepeatedNames implements DocumentStep {
  private readonly minSourceConfidence: number;
  private readonly maxConfidence: number;
  /** each paragraph's own names (by its token array, which the pipeline's cache keeps): they depend on nothing else */
  private readonly namesByParagraph = new WeakMap<readonly Token[], Mention[]>();
  /** each paragraph's repeats and relabels, and the article's names they were found for */
  private readonly extraByParagraph = new WeakMap<readonly Token[], { signature: string; extra: Suggestion[] }>();
  /** the article's names last time, and the paragraphs' mentions they were gathered from */
  private last?: { mentions: Mention[][]; names: ArticleNames; signature: string };

  constructor(options: RepeatedNamesOptions = {}) {
    this.minSourceConfidence = options.minSourceConfidence ?? 0.3;
    this.maxConfidence = options.maxConfidence ?? 0.6;
  }

  complete(paragraphs: readonly ParagraphView[]): Suggestion[] {
    const out: Suggestion[] = [];
    const mentions = paragraphs.map((p) => this.mentionsOf(p));
    // a keystroke rarely changes which names the article tags: then the article's names and every unchanged
    // paragraph's results are reused, and only the edited paragraph is looked at again
    if (this.last === undefined || !sameMentions(this.last.mentions, mentions)) {
      const names = this.namesOf(mentions);
      this.last = { mentions, names, signature: this.signatureOf(names) };
    } else this.last.mentions = mentions;
    const { names, signature } = this.last;
    if (names.byFirst.size === 0) return out;
    for (const p of paragraphs) {
      let known = this.extraByParagraph.get(p.tokens);
      if (known === undefined || known.signature !== signature) {
        known = { signature, extra: [...this.relabelsIn(p, names.agreed), ...this.repeatsIn(p, names.byFirst)] };
        this.extraByParagraph.set(p.tokens, known);
      }
      for (const r of known.extra) out.push({ ...r, start: r.start + p.start, end: r.end + p.start });
    }
    return out;
  }

  /** Everything a repeat is made of: when it is unchanged, so are the repeats. */
  private signatureOf(names: ArticleNames): string {
    const parts: string[] = [];
    for (const [key, label] of names.agreed) parts.push(`=${label}\t${key}`);
    for (const list of names.byFirst.values()) {
      for (const n of list) parts.push(`${n.label}\t${n.stems.join(' ')}\t${n.text}\t${Math.min(n.confidence, this.maxConfidence)}`);
    }
    return parts.sort().join('\n');
  }

  /** The article's names: the surest reading of each, under the label its mentions agree on. */
  private namesOf(mentions: readonly Mention[][]): ArticleNames {
    const byKey = new Map<string, Name>();
    const votes = new Map<string, Map<Label, number>>();
    for (const list of mentions) {
      for (const m of list) {
        remember(byKey, m);
        if (m.derived) continue;
        const byLabel = votes.get(m.key) ?? new Map<Label, number>();
        byLabel.set(m.label, (byLabel.get(m.label) ?? 0) + m.confidence);
        votes.set(m.key, byLabel);
      }
    }
    const agreed = new Map<string, Label>();
    for (const [key, byLabel] of votes) {
      if (byLabel.size < 2) continue;
      const [label] = [...byLabel].reduce((best, next) => (next[1] > best[1] ? next : best));
      agreed.set(key, label);
    }
    const byFirst = new Map<string, Name[]>();
    for (const [key, name] of byKey) {
      const reading = { ...name, label: agreed.get(key) ?? name.label };
      const list = byFirst.get(name.stems[0]) ?? [];
      list.push(reading);
      byFirst.set(name.stems[0], list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    return { byFirst, agreed };
  }

  private mentionsOf(p: ParagraphView): Mention[] {
    let mentions = this.namesByParagraph.get(p.tokens);
    if (mentions === undefined) {
      mentions = this.mentionsIn(p);
      this.namesByParagraph.set(p.tokens, mentions);
    }
    return mentions;
  }

  /** The names one paragraph tags confidently enough to spread. */
  private mentionsIn(p: ParagraphView): Mention[] {
    const out: Mention[] = [];
    for (const s of p.suggestions) {
      if (!ENTITY.has(s.label) || s.confidence < this.minSourceConfidence) continue;
      const stems = coveredTokens(p.tokens, s.start, s.end).map((t) => t.stemNorm);
      const key = stems.join(' ');
      if (stems.length === 0 || key.length < 2) continue;
      const mention = { stems, key, label: s.label, confidence: s.confidence, text: s.text, start: s.start, end: s.end, fromModel: s.source === 'model', derived: false };
      out.push(mention);
      // news names a person in full once, then by family name: «جورج بوش» ... «وقال بوش»
      const family = stems[stems.length - 1];
      if (s.label === 'PER' && stems.length >= 2 && family.length >= 3) out.push({ ...mention, stems: [family], key: family, derived: true });
    }
    return out;
  }

  /** The model's mentions of a name under another label than the one the article agrees on. */
  private relabelsIn(p: ParagraphView, agreed: Map<string, Label>): Suggestion[] {
    const out: Suggestion[] = [];
    if (agreed.size === 0) return out;
    for (const m of this.namesByParagraph.get(p.tokens) ?? []) {
      const label = agreed.get(m.key);
      if (m.derived || !m.fromModel || label === undefined || label === m.label) continue;
      out.push({
        start: m.start, end: m.end, text: m.text, label, source: 'model', confidence: m.confidence,
        why: [`${label} as elsewhere in this article, where this name is mostly tagged ${label} (the model read ${m.label} here)`],
      });
    }
    return out;
  }

  /** Untagged token runs of one paragraph that repeat a name, not touching another suggestion. */
  private repeatsIn(p: ParagraphView, names: Map<string, Name[]>): Suggestion[] {
    const { tokens } = p;
    const covered = coveredMask(tokens, p.suggestions);
    const out: Suggestion[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || tokens[i].kind !== 'word') continue;
      const candidates = names.get(tokens[i].stemNorm);
      if (candidates === undefined) continue;
      const name = candidates.find((n) => repeatsAt(tokens, covered, i, n.stems));
      if (name === undefined) continue;
      const end = i + name.stems.length;
      const start = narrowedStart(tokens[i]);
      out.push({
        start, end: tokens[end - 1].end, text: p.text.slice(start, tokens[end - 1].end), label: name.label, source: 'model',
        confidence: Math.round(Math.min(name.confidence, this.maxConfidence) * 1000) / 1000,
        why: [`tagged ${name.label} elsewhere in this article: «${name.text}»`],
      });
      covered.fill(1, i, end);
      i = end - 1;
    }
    return out;
  }
}

/** True when both articles tag the same names, paragraph by paragraph (offsets aside). */
function sameMentions(a: readonly Mention[][], b: readonly Mention[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) {
      const m = x[k], n = y[k];
      if (m.key !== n.key || m.label !== n.label || m.confidence !== n.confidence || m.text !== n.text || m.fromModel !== n.fromModel || m.derived !== n.derived) return false;
    }
  }
  return true;
}

/** Keeps the surest reading of each name. */
function remember(byKey: Map<string, Name>, name: Name): void {
  const key = name.stems.join(' ');
  const known = byKey.get(key);
  if (known === undefined || name.confidence > known.confidence) byKey.set(key, name);
}

/** The name's stems at tokens[i..], none of them covered, and no suggestion right before or after. */
function repeatsAt(tokens: readonly Token[], covered: Uint8Array, i: number, stems: readonly string[]): boolean {
  const end = i + stems.length;
  if (end > tokens.length) return false;
  for (let k = 0; k < stems.length; k++) if (covered[i + k] || tokens[i + k].stemNorm !== stems[k]) return false;
  // next to another suggestion the run is likely part of a longer or different name: leave it
  return !(i > 0 && covered[i - 1]) && !(end < tokens.length && covered[end]);
}

/** Tokens overlapping [start, end). */
function coveredTokens(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = firstEndingAfter(tokens, start); k < tokens.length && tokens[k].start < end; k++) out.push(tokens[k]);
  return out;
}

/** 1 for every token some suggestion overlaps. */
function coveredMask(tokens: readonly Token[], suggestions: readonly Suggestion[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const s of suggestions) {
    for (let k = firstEndingAfter(tokens, s.start); k < tokens.length && tokens[k].start < s.end; k++) mask[k] = 1;
  }
  return mask;
}

/** Index of the first token whose end is after `offset` (binary search; tokens are in text order). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

