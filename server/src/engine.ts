// Builds the analyzer the server, the CLI and the benchmarks share: the shipped entity model from
// server/models and the date grammar. Loading files happens here, outside the pure core.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from './core/pipeline';
import { createTemporalRecognizer } from './core/dates';
import { loadEntityRecognizer } from './entityModel';
import { RepeatedNames } from './core/ner/repeatedNames';

/** server/models, seen from a bundle in server/out or from compiled sources in test/out/server/src. */
export function defaultModelsDir(): string {
  const candidates = [path.join(__dirname, '..', 'models'), path.join(__dirname, '..', '..', '..', '..', 'server', 'models')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'manifest.json'))) ?? candidates[0];
}

export function createAnalyzer(modelsDir = defaultModelsDir()): Analyzer {
  return new Analyzer({ entities: loadEntityRecognizer(modelsDir), temporal: createTemporalRecognizer(), document: new RepeatedNames() });
}
