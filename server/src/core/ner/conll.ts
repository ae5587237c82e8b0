// Reads CoNLL `token TAG` text (ANERcorp and AQMAR conventions) into sentences with our tags.
// Tolerates what real files contain: CRLF, tabs or several spaces between columns, stray spaces around
// lines, extra middle columns (the tag is the last column), -DOCSTART- lines, and runs of blank lines.
import { mapCorpusTag } from './labels';

export interface ConllSentence {
  tokens: string[];
  /** IOB2 tags in our label spelling (B-PER, I-MISC, O), as written in the file (I- starts are kept) */
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      flush();
      continue;
    }
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    if (columns.length === 1) {
      // a token with no tag column: keep the token, untagged
      tokens.push(columns[0]);
      tags.push('O');
      continue;
    }
    tokens.push(columns[0]);
    tags.push(mapCorpusTag(columns[columns.length - 1]));
  }
  flush();
  return sentences;
}
