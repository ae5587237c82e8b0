// The clusters step of training: reads ../shared/data/unlabeled (xz, one document per line, decompressed
// with the system `xz`) plus the training corpora's words, computes word clusters, and caches the result
// in .cache/ keyed by the inputs' hashes and the options, so re-training does not recompute them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatClustersFile } from '../../server/src/core/ner/features';
import { computeWordClusters, DEFAULT_CLUSTER_OPTIONS } from './wordClusters';

export const UNLABELED_FILES = ['unlabeled/arwiki-2017/arwiki_20170120_10k.txt.xz', 'unlabeled/jawharafm/ant_jawharafm_v1.1.txt.xz'];
const CLUSTER_FORMAT = 'clusters-2';

/** NER_CLUSTER_OPTIONS='{"window":2}' overrides cluster options, for experiments. */
function clusterOverrides(): Partial<typeof DEFAULT_CLUSTER_OPTIONS> {
  return process.env.NER_CLUSTER_OPTIONS ? (JSON.parse(process.env.NER_CLUSTER_OPTIONS) as Partial<typeof DEFAULT_CLUSTER_OPTIONS>) : {};
}

/** The clusters table (clusters.tsv text). */
export function clustersFor(dataDir: string, extraDocuments: string[], cacheDir: string, hashes: Record<string, string>, log: (l: string) => void): string {
  const options = { ...DEFAULT_CLUSTER_OPTIONS, ...clusterOverrides() };
  const hash = createHash('sha256').update(CLUSTER_FORMAT + JSON.stringify(options));
  const present = UNLABELED_FILES.filter((f) => fs.existsSync(path.join(dataDir, f)));
  for (const file of present) {
    const digest = createHash('sha256').update(fs.readFileSync(path.join(dataDir, file))).digest('hex');
    hashes[file] = digest;
    hash.update(digest);
  }
  for (const d of extraDocuments) hash.update(d);
  const cached = path.join(cacheDir, `ner-clusters-${hash.digest('hex').slice(0, 16)}.tsv`);
  if (fs.existsSync(cached)) {
    log(`word clusters from cache ${path.relative(process.cwd(), cached)}`);
    return fs.readFileSync(cached, 'utf8');
  }
  const began = Date.now();
  const documents: string[] = [...extraDocuments];
  for (const file of present) {
    const text = execFileSync('xz', ['-dc', path.join(dataDir, file)], { maxBuffer: 1 << 30, encoding: 'utf8' });
    for (const line of text.split('\n')) if (line.trim() !== '') documents.push(line);
  }
  const clusters = computeWordClusters(documents, options);
  const comment = `${CLUSTER_FORMAT} from ${present.join(', ')} and the training words; options ${JSON.stringify(options)}`;
  const table = formatClustersFile(clusters, comment);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(cached, table);
  log(`word clusters: ${Object.keys(clusters).length} words from ${documents.length} documents (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return table;
}
