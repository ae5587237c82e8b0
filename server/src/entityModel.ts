// Loads the shipped entity model from server/models (outside core: this is the file-system side).
// Files: manifest.json (what the model is, hashes of every file), model.bin (weights, see core/ner/model),
// gazetteer.tsv (compiled names), clusters.tsv (optional word clusters), label-dictionary.tsv (optional:
// the labels words had in training, same `word<TAB>code` form as the clusters), word-stats.tsv (optional: how
// words behave in unlabeled text, same form; see core/ner/wordStats.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EntityRecognizer } from './core/recognizers';
import { createEntityRecognizer, type EntityRecognizerOptions } from './core/ner/recognizer';
import { deserializeModel, type EntityModel } from './core/ner/model';
import { Gazetteer, parseGazetteerFile } from './core/ner/gazetteer';
import { FEATURE_VERSION, parseClustersFile } from './core/ner/features';
import { WordStats } from './core/ner/wordStats';

export interface ModelFileInfo {
  sha256: string;
  bytes: number;
}

export interface EntityModelManifest {
  name: string;
  featureVersion: string;
  labels: string[];
  tags: string[];
  /** files of the model in the models dir: name -> hash and size */
  files: Record<string, ModelFileInfo>;
  /** training data and lists: path -> sha256 */
  data: Record<string, string>;
  training: Record<string, unknown>;
  dev: Record<string, { precision: number; recall: number; f1: number }>;
}

export const MANIFEST_FILE = 'manifest.json';
export const MODEL_FILE = 'model.bin';
export const GAZETTEER_FILE = 'gazetteer.tsv';
export const CLUSTERS_FILE = 'clusters.tsv';
export const LABEL_DICTIONARY_FILE = 'label-dictionary.tsv';
export const WORD_STATS_FILE = 'word-stats.tsv';

/** The manifest of the model in modelsDir. */
export function entityModelInfo(modelsDir: string): EntityModelManifest {
  const file = path.join(modelsDir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new Error(`no entity model in ${modelsDir} (missing ${MANIFEST_FILE}); run npm run train`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as EntityModelManifest;
}

/** Reads the model files named by the manifest (synchronous: the server calls it at start). */
export function loadEntityModel(modelsDir: string): EntityModel {
  const manifest = entityModelInfo(modelsDir);
  const read = (name: string): Buffer => fs.readFileSync(path.join(modelsDir, name));
  const gazetteer = manifest.files[GAZETTEER_FILE]
    ? new Gazetteer(parseGazetteerFile(read(GAZETTEER_FILE).toString('utf8')))
    : undefined;
  const clusters = manifest.files[CLUSTERS_FILE] ? parseClustersFile(read(CLUSTERS_FILE).toString('utf8')) : undefined;
  const labelDictionary = manifest.files[LABEL_DICTIONARY_FILE] ? parseClustersFile(read(LABEL_DICTIONARY_FILE).toString('utf8')) : undefined;
  const wordStats = manifest.files[WORD_STATS_FILE] ? WordStats.fromFile(read(WORD_STATS_FILE).toString('utf8')) : undefined;
  const model = deserializeModel(read(MODEL_FILE), { gazetteer, clusters, labelDictionary, wordStats });
  if (model.featureVersion !== manifest.featureVersion) {
    throw new Error(`entity model feature version ${model.featureVersion} does not match its manifest (${manifest.featureVersion})`);
  }
  if (model.featureVersion !== FEATURE_VERSION) {
    throw new Error(`entity model feature version ${model.featureVersion} is not the one this build computes (${FEATURE_VERSION}); run npm run train`);
  }
  return model;
}

export function loadEntityRecognizer(modelsDir: string, options?: EntityRecognizerOptions): EntityRecognizer {
  return createEntityRecognizer(loadEntityModel(modelsDir), options);
}
