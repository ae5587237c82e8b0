// Compiles the gazetteer shipped with the model from ../shared/data/gazetteers and our own lists
// (data/lists/*.txt, file name = category). Every name is tokenized and normalized with the product's own
// text layer, so entries match tokens exactly as the tagger sees them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tokenize } from '../../server/src/core/text';
import type { CompiledGazetteer } from '../../server/src/core/ner/gazetteer';

export interface GazetteerSource {
  /** path relative to its root (data dir or project), recorded in the manifest */
  file: string;
  category: string;
  names: string[];
  /** label from a list's `# label:` / `# kind: trigger-X` header line, when it has one */
  label?: string;
}

const SHARED = 'gazetteers';

/** [category, relative path under the data dir, reader] for the shared data. */
const SHARED_LISTS: Array<[string, string, 'lines' | 'tsv-count' | 'countries' | 'cities' | 'wikidata']> = [
  ['person-first', 'arabic-names/male-first--names-in-arabic.txt', 'lines'],
  ['person-first', 'arabic-names/female-first-names-in-arabic.txt', 'lines'],
  ['person-first', 'gate-arabic/gazetteer/male_names.lst', 'lines'],
  ['person-first', 'gate-arabic/gazetteer/female_names.lst', 'lines'],
  ['person-family', 'arabic-names/last-names-in-arabic.txt', 'lines'],
  ['person-family', 'gate-arabic/gazetteer/surnames.lst', 'lines'],
  ['person-token', 'wikidata-person-tokens/ar_tokens.txt', 'tsv-count'],
  ['person-full', 'wikidata-labels/PER.tsv', 'wikidata'],
  ['person-full', 'gate-arabic/inferred-gazetteer/Per.lst', 'lines'],
  ['person-title', 'gate-arabic/gazetteer/titles.lst', 'lines'],
  ['countries', 'countries/countries_ar_en.tsv', 'countries'],
  ['countries', 'gate-arabic/gazetteer/country.lst', 'lines'],
  ['countries', 'gate-arabic/gazetteer/country_world.lst', 'lines'],
  ['cities', 'world-cities/world-cities.csv', 'cities'],
  ['cities', 'gate-arabic/gazetteer/city.lst', 'lines'],
  ['cities', 'gate-arabic/gazetteer/city_world.lst', 'lines'],
  ['places', 'gate-arabic/gazetteer/location_other.lst', 'lines'],
  ['places', 'gate-arabic/gazetteer/mountains.lst', 'lines'],
  ['places', 'gate-arabic/gazetteer/rivers.lst', 'lines'],
  ['places', 'gate-arabic/gazetteer/oceans_seas_islands.lst', 'lines'],
  ['places', 'gate-arabic/inferred-gazetteer/Loc.lst', 'lines'],
  ['places', 'gate-arabic/inferred-gazetteer/GPE.lst', 'lines'],
  ['places', 'wikidata-labels/LOC.tsv', 'wikidata'],
  ['organizations', 'gate-arabic/gazetteer/organisations.lst', 'lines'],
  ['organizations', 'gate-arabic/inferred-gazetteer/Org.lst', 'lines'],
  ['organizations', 'wikidata-labels/ORG.tsv', 'wikidata'],
  ['nationalities', 'gate-arabic/inferred-gazetteer/Nationality.lst', 'lines'],
  ['facilities', 'gate-arabic/gazetteer/facility.lst', 'lines'],
  ['facilities', 'gate-arabic/inferred-gazetteer/Fac.lst', 'lines'],
  ['currencies', 'gate-arabic/gazetteer/currency.lst', 'lines'],
];

/** Person-name tokens mined from Wikidata are noisy: keep those seen at least this often. */
const MIN_PERSON_TOKEN_COUNT = 3;

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
}

function namesOf(path: string, reader: (typeof SHARED_LISTS)[number][2]): string[] {
  const lines = readLines(path).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  switch (reader) {
    case 'lines':
      return lines.map((l) => l.split(/[:\t]/)[0]);
    case 'tsv-count':
      return lines.map((l) => l.split('\t')).filter((c) => Number(c[1]) >= MIN_PERSON_TOKEN_COUNT).map((c) => c[0]);
    case 'countries':
      return lines.slice(1).flatMap((l) => l.split('\t').slice(3, 5));
    case 'cities':
      // CSV with quoted fields; some Arabic names carry a ولاية (province) prefix, listed both ways
      return lines.slice(1).flatMap((l) => {
        const city = (l.split('","')[2] ?? '').replace(/"/g, '');
        return city.startsWith('ولاية ') ? [city, city.slice(6)] : [city];
      });
    case 'wikidata':
      return lines.map((l) => l.split('\t')[1] ?? '');
  }
}

/** The shared lists and every data/lists/*.txt (one name per line, # comments). */
export function readGazetteerSources(dataDir: string, listsDir: string): GazetteerSource[] {
  const sources: GazetteerSource[] = [];
  for (const [category, file, reader] of SHARED_LISTS) {
    const path = join(dataDir, SHARED, file);
    if (!existsSync(path)) continue;
    sources.push({ file: `${SHARED}/${file}`, category, names: namesOf(path, reader) });
  }
  if (existsSync(listsDir)) {
    for (const name of readdirSync(listsDir).filter((f) => f.endsWith('.txt')).sort()) {
      const lines = readLines(join(listsDir, name));
      const names = lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).map((l) => l.split('\t')[0]);
      sources.push({ file: `data/lists/${name}`, category: categoryOfList(name), names, label: headerLabel(lines) });
    }
  }
  return sources;
}

/** `# kind: trigger-LOC` -> TRIGGER, `# label: ORG` -> ORG (O for lists of non-entities such as nisba adjectives). */
function headerLabel(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = /^#\s*(label|kind):\s*(\S+)/.exec(line.trim());
    if (m && m[1] === 'kind' && m[2].startsWith('trigger')) return 'TRIGGER';
    if (m && m[1] === 'label') return m[2].toUpperCase();
  }
  return undefined;
}

/** agencies.txt -> agencies; ner-triggers-person.txt -> triggers-person. */
function categoryOfList(fileName: string): string {
  return basename(fileName, '.txt').replace(/^ner-/, '');
}

/** Which entity label a category suggests, from its name; TRIGGER for context words. */
export function labelOfCategory(category: string): string {
  const c = category.toLowerCase();
  if (c.includes('trigger') || c.includes('title')) return 'TRIGGER';
  if (c.includes('currenc')) return 'MISC';
  if (c.startsWith('person') || c.includes('name')) return 'PER';
  if (/countr|cit(y|ies)|capital|governorate|province|region|place|location|facilit/.test(c)) return 'LOC';
  if (/organi|agenc|minist|newspaper|paper|compan|part(y|ies)|media|channel|universit|club|bank/.test(c)) return 'ORG';
  return 'MISC';
}

/** Normalized token sequence of a name, or undefined when it is not worth matching (digits, one letter). */
function nameKey(name: string): string | undefined {
  const words = tokenize(name.trim()).filter((t) => t.kind !== 'punct' || t.text === '-' || t.text === '.');
  if (words.length === 0 || words.length > 8) return undefined;
  if (words.some((t) => t.kind === 'number' || t.kind === 'latin')) return undefined;
  const key = words.map((t) => t.norm).join(' ');
  return key.replace(/ /g, '').length >= 2 ? key : undefined;
}

export function compileGazetteer(sources: readonly GazetteerSource[]): CompiledGazetteer {
  const categories = [...new Set(sources.map((s) => s.category))].sort();
  if (categories.length > 31) throw new Error(`too many gazetteer categories (${categories.length} > 31)`);
  const masks = new Map<string, number>();
  for (const source of sources) {
    const bit = 1 << categories.indexOf(source.category);
    for (const name of source.names) {
      const key = nameKey(name);
      if (key !== undefined) masks.set(key, (masks.get(key) ?? 0) | bit);
    }
  }
  const entries = [...masks.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const categoryLabels: Record<string, string> = {};
  for (const c of categories) categoryLabels[c] = sources.find((s) => s.category === c && s.label)?.label ?? labelOfCategory(c);
  return { version: 1, categories, categoryLabels, entries };
}
