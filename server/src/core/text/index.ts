// The text layer: normalization for matching, clitic analysis, offset-preserving tokenizer, sentences.
//
//   const tokens = tokenize(text);                 // offsets are UTF-16, token.text === text.slice(start, end)
//   const sentences = splitSentences(text, tokens); // cover all tokens in order, at most 200 tokens each
//
// Clitics: without a lexicon, proclitics are peeled on the article, a built-in word list and shape
// heuristics. Passing tokenize(text, { isKnownStem }) with a gazetteer lookup (normalized strings) makes
// the analysis lexicon-driven for ب ل ك (see proclitics.ts); keep the same function object between
// calls, as the per-word cache is kept per lexicon function.
// Token arrays (proclitics) are shared between tokens with the same spelling: treat tokens as read-only.
export { normalizeForMatch, normalizeWithMap, normalizeCodeUnit } from './normalize';
export type { NormalizedText } from './normalize';
export { analyzeClitics } from './clitics';
export type { CliticAnalysis, KnownStem } from './clitics';
export { tokenize } from './tokenize';
export type { TokenizeOptions } from './tokenize';
export { splitSentences, MAX_SENTENCE_TOKENS } from './sentences';
