// For measuring only: the cross-validation's first-stage taggers kept on disk in float (not the shipped
// int16 form, so that their tags are exactly those of crossValidate.ts), keyed by seed and fold, so that
// second-stage variants can be compared without training the five taggers again. The caller says where
// (NER_STAGE_ONE_CACHE); nothing is cached without it. Delete the directory after changing the first stage.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatClustersFile, parseClustersFile } from '../../server/src/core/ner/features';
import { FeatureTable } from '../../server/src/core/ner/featureTable';
import type { EntityModel } from '../../server/src/core/ner/model';

type Extras = Pick<EntityModel, 'gazetteer' | 'clusters' | 'wordStats'>;

export function cachedStageOne(dir: string | undefined, name: string, extras: Extras, train: () => EntityModel): EntityModel {
  if (dir === undefined) return train();
  const file = path.join(dir, `${name}.json`);
  if (fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    // a small Buffer is a view into a shared pool: copy out exactly its bytes
    const bytes = (k: string): ArrayBuffer => {
      const b = Buffer.from(saved[k] as string, 'base64');
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    };
    const floats = (k: string): Float32Array => new Float32Array(bytes(k));
    const keys = new Int32Array(bytes('keys'));
    return {
      featureVersion: saved.featureVersion as string,
      tags: saved.tags as string[],
      table: new FeatureTable(keys),
      weights: floats('weights'),
      transitions: floats('transitions'),
      start: floats('start'),
      temperature: saved.temperature as number,
      tagBias: floats('tagBias'),
      ...extras,
      labelDictionary: saved.labelDictionary ? parseClustersFile(saved.labelDictionary as string) : undefined,
    };
  }
  const model = train();
  const b64 = (a: Float32Array | Int32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({
    featureVersion: model.featureVersion, tags: model.tags, keys: b64(model.table.keys), weights: b64(model.weights), transitions: b64(model.transitions),
    start: b64(model.start), temperature: model.temperature, tagBias: b64(model.tagBias),
    labelDictionary: model.labelDictionary ? formatClustersFile(Object.fromEntries(model.labelDictionary), 'cache') : undefined,
  }));
  return model;
}
