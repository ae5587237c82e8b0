// The word-statistics step of training: reads ../shared/data/unlabeled (the files the clusters read),
// computes per-stem statistics (wordStats.ts) and caches the table in .cache/ keyed by the inputs' hashes
// and the options (and the gazetteer, when a statistic reads it). Unlike the clusters, the training corpora are not added: then "never seen in raw
// text" means the same in training as on new text.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatClustersFile } from '../../server/src/core/ner/features';
import { formatGazetteerFile, Gazetteer, type CompiledGazetteer } from '../../server/src/core/ner/gazetteer';
import { presentUnlabeledFiles, readUnlabeledDocuments, recordDigests } from './unlabeled';
import { computeWordStats, DEFAULT_WORD_STATS_OPTIONS, type TriggerPhrases, type WordStatsOptions } from './wordStats';

const STATS_FORMAT = 'word-stats-1';

/** NER_WORD_STATS='{"fields":["article","frequency"]}' overrides the options, for experiments. */
export function wordStatsOptions(): WordStatsOptions {
  const overrides = process.env.NER_WORD_STATS ? (JSON.parse(process.env.NER_WORD_STATS) as Partial<WordStatsOptions>) : {};
  return { ...DEFAULT_WORD_STATS_OPTIONS, ...overrides };
}

/** The statistics table (word-stats.tsv text), from the cache when it holds one for these inputs and options. */
export function wordStatsFor(
  dataDir: string,
  options: WordStatsOptions,
  gazetteer: CompiledGazetteer,
  cacheDir: string,
  hashes: Record<string, string>,
  log: (l: string) => void,
  triggers?: TriggerPhrases,
): string {
  const readsGazetteer = options.fields.includes('gazetteer');
  const readsTriggers = options.fields.includes('afterTitle') || options.fields.includes('afterOrgTrigger');
  const present = presentUnlabeledFiles(dataDir);
  const key = createHash('sha256').update(STATS_FORMAT + JSON.stringify(options));
  for (const digest of recordDigests(dataDir, present, hashes)) key.update(digest);
  if (readsGazetteer) key.update(formatGazetteerFile(gazetteer));
  if (readsTriggers) key.update(JSON.stringify(triggers ?? null));
  const cached = path.join(cacheDir, `ner-word-stats-${key.digest('hex').slice(0, 16)}.tsv`);
  if (fs.existsSync(cached)) {
    log(`word statistics from cache ${path.relative(process.cwd(), cached)}`);
    return fs.readFileSync(cached, 'utf8');
  }
  const began = Date.now();
  const documents = readUnlabeledDocuments(dataDir, present);
  const stats = computeWordStats(documents, options, readsGazetteer ? new Gazetteer(gazetteer) : undefined, triggers);
  const comment = `${STATS_FORMAT}: bare stem<TAB>packed statistics (see core/ner/wordStats.ts) from ${present.join(', ')}; options ${JSON.stringify(options)}`;
  const table = formatClustersFile(stats, comment);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(cached, table);
  log(`word statistics: ${Object.keys(stats).length} stems from ${documents.length} documents (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return table;
}
