// The clusters step of training: reads ../shared/data/unlabeled (xz, one document per line, decompressed
// with the system `xz`) plus the training corpora's words, computes word clusters, and caches the result
// in .cache/ keyed by the inputs' hashes and the options, so re-training does not recompute them.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLUSTER_BASE, formatClustersFile, parseClustersFile } from '../../server/src/core/ner/features';
import { presentUnlabeledFiles, readUnlabeledDocuments, recordDigests } from './unlabeled';
import { computeWordClusters, DEFAULT_CLUSTER_OPTIONS, SKIPGRAM_VERSION, type ClusterOptions } from './wordClusters';

/**
 * The clusterings used as features, each as changes to DEFAULT_CLUSTER_OPTIONS: random indexing of adjacent
 * words, and skip-gram vectors over a window of two (chosen by cross-validation, see DESIGN-NOTE.md, round 4).
 */
const DEFAULT_CLUSTERINGS: Array<Partial<ClusterOptions>> = [{}, { method: 'skipgram', window: 2, dimensions: 100 }];

const CLUSTER_FORMAT = 'clusters-2';

/** NER_CLUSTER_OPTIONS='{"window":2}' overrides cluster options, for experiments. */
function clusterOverrides(): Partial<ClusterOptions> {
  return process.env.NER_CLUSTER_OPTIONS ? (JSON.parse(process.env.NER_CLUSTER_OPTIONS) as Partial<ClusterOptions>) : {};
}

/** NER_CLUSTERINGS='[{}, {"seed":12}]' replaces the list of clusterings (each over the options above). */
function clusterings(): Array<Partial<ClusterOptions>> {
  return process.env.NER_CLUSTERINGS ? (JSON.parse(process.env.NER_CLUSTERINGS) as Array<Partial<ClusterOptions>>) : DEFAULT_CLUSTERINGS;
}

/** The clusters table (clusters.tsv text): every clustering's id of a word, packed (see WordClusters). */
export function clustersFor(dataDir: string, extraDocuments: string[], cacheDir: string, hashes: Record<string, string>, log: (l: string) => void): string {
  const present = presentUnlabeledFiles(dataDir);
  const digests = recordDigests(dataDir, present, hashes);
  let documents: string[] | undefined;
  const readDocuments = (): string[] => (documents ??= [...extraDocuments, ...readUnlabeledDocuments(dataDir, present)]);
  const options = clusterings().map((c) => ({ ...DEFAULT_CLUSTER_OPTIONS, ...clusterOverrides(), ...c }));
  const tables = options.map((o) => parseClustersFile(clusteringFor(o, present, digests, extraDocuments, readDocuments, cacheDir, log)));
  const packed: Record<string, number> = {};
  for (const [word, first] of tables[0]) {
    let value = first;
    for (let k = 1; k < tables.length; k++) value += CLUSTER_BASE ** k * ((tables[k].get(word) ?? -1) + 1);
    packed[word] = value;
  }
  const comment = `${CLUSTER_FORMAT} (${options.length} clusterings packed, see core/ner/features.ts) from ${present.join(', ')} and the training words; options ${JSON.stringify(options)}`;
  return formatClustersFile(packed, comment);
}

/** One clustering's table, from the cache when it holds one for these inputs and options. */
function clusteringFor(
  options: ClusterOptions,
  present: string[],
  digests: string[],
  extraDocuments: string[],
  readDocuments: () => string[],
  cacheDir: string,
  log: (l: string) => void,
): string {
  const hash = createHash('sha256').update(CLUSTER_FORMAT + JSON.stringify(options) + (options.method === 'skipgram' ? SKIPGRAM_VERSION : ''));
  for (const digest of digests) hash.update(digest);
  for (const d of extraDocuments) hash.update(d);
  const cached = path.join(cacheDir, `ner-clusters-${hash.digest('hex').slice(0, 16)}.tsv`);
  if (fs.existsSync(cached)) {
    log(`word clusters from cache ${path.relative(process.cwd(), cached)}`);
    return fs.readFileSync(cached, 'utf8');
  }
  const began = Date.now();
  const documents = readDocuments();
  const clusters = computeWordClusters(documents, options);
  const comment = `${CLUSTER_FORMAT} from ${present.join(', ')} and the training words; options ${JSON.stringify(options)}`;
  const table = formatClustersFile(clusters, comment);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(cached, table);
  log(`word clusters: ${Object.keys(clusters).length} words from ${documents.length} documents (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return table;
}
