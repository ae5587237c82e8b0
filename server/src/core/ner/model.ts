// The trained model in memory, and its compact binary form (the file in server/models). Weights are
// stored as int16 with one scale per model: a third of float32's size, and decoding after dequantization
// gives the same tags as the float weights on our dev sets (checked by training, recorded in the manifest).
import { FeatureTable } from './featureTable';
import type { Gazetteer } from './gazetteer';
import type { LabelDictionary, WordClusters } from './features';
import type { WordStats } from './wordStats';

export interface EntityModel {
  featureVersion: string;
  /** BIO tags, O first */
  tags: string[];
  table: FeatureTable;
  /** weights[row * tags.length + tag] */
  weights: Float32Array;
  /** learned transition scores [from * T + to], without the BIO constraint mask */
  transitions: Float32Array;
  /** learned start scores [tag] */
  start: Float32Array;
  /** softmax temperature turning scores into marginals (calibrated on dev by training) */
  temperature: number;
  /** added to every token's score per tag: raising an entity's tags trades precision for recall (tuned on dev) */
  tagBias: Float32Array;
  gazetteer?: Gazetteer;
  clusters?: WordClusters;
  /** labels each word had in training (a separate file, like the clusters) */
  labelDictionary?: LabelDictionary;
  /** how each word behaves in unlabeled text (a separate file, like the clusters; see wordStats.ts) */
  wordStats?: WordStats;
}

interface ModelHeader {
  featureVersion: string;
  tags: string[];
  rows: number;
  scale: number;
  temperature: number;
  tagBias: number[];
  transitions: number[];
  start: number[];
}

const MAGIC = 0x4d4e4e41; // "ANNM" little-endian
const FORMAT_VERSION = 1;

/** Binary layout: magic, format version, header length, JSON header (padded to 4), int32 keys, int16 weights. */
export function serializeModel(model: EntityModel): Uint8Array {
  const T = model.tags.length;
  const rows = model.table.size;
  let maxAbs = 0;
  for (let k = 0; k < model.weights.length; k++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[k]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const header: ModelHeader = {
    featureVersion: model.featureVersion,
    tags: model.tags,
    rows,
    scale,
    temperature: model.temperature,
    tagBias: Array.from(model.tagBias),
    transitions: Array.from(model.transitions),
    start: Array.from(model.start),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerPadded = (headerBytes.length + 3) & ~3;
  const total = 12 + headerPadded + rows * 4 + rows * T * 2;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  const keysOffset = 12 + headerPadded;
  for (let r = 0; r < rows; r++) view.setInt32(keysOffset + r * 4, model.table.keys[r], true);
  const weightsOffset = keysOffset + rows * 4;
  for (let k = 0; k < rows * T; k++) view.setInt16(weightsOffset + k * 2, Math.round(model.weights[k] / scale), true);
  return out;
}

/** Reads the binary form; gazetteer and clusters are separate files, attached by the caller. */
export function deserializeModel(bytes: Uint8Array, extras: { gazetteer?: Gazetteer; clusters?: WordClusters; labelDictionary?: LabelDictionary; wordStats?: WordStats } = {}): EntityModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not an entity model file');
  if (view.getUint32(4, true) !== FORMAT_VERSION) throw new Error('unsupported entity model format version');
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
  const T = header.tags.length;
  const keysOffset = 12 + ((headerLength + 3) & ~3);
  const weightsOffset = keysOffset + header.rows * 4;
  if (bytes.byteLength !== weightsOffset + header.rows * T * 2) throw new Error('entity model file is truncated');
  const keys = new Int32Array(header.rows);
  for (let r = 0; r < header.rows; r++) keys[r] = view.getInt32(keysOffset + r * 4, true);
  const weights = new Float32Array(header.rows * T);
  for (let k = 0; k < weights.length; k++) weights[k] = view.getInt16(weightsOffset + k * 2, true) * header.scale;
  return {
    featureVersion: header.featureVersion,
    tags: header.tags,
    table: new FeatureTable(keys),
    weights,
    transitions: Float32Array.from(header.transitions),
    start: Float32Array.from(header.start),
    temperature: header.temperature,
    tagBias: Float32Array.from(header.tagBias ?? new Array(T).fill(0)),
    ...extras,
  };
}
