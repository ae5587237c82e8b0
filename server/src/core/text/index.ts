// The text layer: normalization for matching, clitic analysis, offset-preserving tokenizer, sentences.
export { normalizeForMatch, normalizeWithMap, normalizeCodeUnit } from './normalize';
export type { NormalizedText } from './normalize';
export { analyzeClitics } from './clitics';
export type { CliticAnalysis, KnownStem } from './clitics';
export { tokenize } from './tokenize';
export type { TokenizeOptions } from './tokenize';
export { splitSentences, MAX_SENTENCE_TOKENS } from './sentences';
