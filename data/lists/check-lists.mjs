// Checks the lists here: header lines, duplicates, stray Latin letters, and (when ANERcorp is given) how
// often ANERcorp tags each list's matches with the list's label, with the entries that disagree most.
// Run: node data/lists/check-lists.mjs [../shared/data/anercorp]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const SOURCE_LINE = '# source: written for Arabic News Annotator from general knowledge (2026)';
const ANER_LABEL = { ORG: 'ORG', LOC: 'LOC', PER: 'PERS', MISC: 'MISC', O: 'O' };
const PROCLITICS = 'وبلفك';

/** The matching key used here: no harakat or tatweel, one alef, ي for ى, ه for ة. */
const norm = (w) => w.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');

function readList(file) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  const problems = [];
  if (lines[0] !== SOURCE_LINE) problems.push('first line is not the source line');
  const kind = /^# (label|kind): (\S+)$/.exec(lines[1] ?? '');
  if (!kind) problems.push('second line is not "# label: X" or "# kind: X"');
  const entries = lines.filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const seen = new Set();
  for (const e of entries) {
    if (seen.has(e)) problems.push(`duplicate: ${e}`);
    seen.add(e);
    if (/[A-Za-z\t]|^\s|\s$|\s\s/.test(e)) problems.push(`bad characters or spacing: ${JSON.stringify(e)}`);
  }
  return { file, label: kind?.[1] === 'label' ? kind[2] : undefined, entries, problems };
}

function readConll(dir) {
  const sentences = [];
  for (const name of ['train.txt', 'dev.txt']) {
    let current = [];
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') { if (current.length) sentences.push(current); current = []; continue; }
      const cut = line.lastIndexOf(' ');
      current.push([norm(line.slice(0, cut)), line.slice(cut + 1)]);
    }
    if (current.length) sentences.push(current);
  }
  return sentences;
}

/** Longest match of list entries over each sentence; the first token may carry one proclitic. */
function agreement(list, sentences) {
  const keys = new Map(list.entries.map((e) => [e.split(' ').map(norm).join(' '), e]));
  const longest = Math.max(...list.entries.map((e) => e.split(' ').length));
  const want = ANER_LABEL[list.label];
  const perEntry = new Map();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      for (let n = Math.min(longest, s.length - i); n > 0; n--) {
        const words = s.slice(i, i + n).map(([w]) => w);
        const bare = PROCLITICS.includes(words[0][0]) && words[0].length > 2 ? [words[0].slice(1), ...words.slice(1)] : null;
        const entry = keys.get(words.join(' ')) ?? (bare && keys.get(bare.join(' ')));
        if (!entry) continue;
        const tags = s.slice(i, i + n).map(([, t]) => t);
        const ok = want === 'O' ? tags.every((t) => t === 'O') : tags.every((t) => t.endsWith(want));
        const stat = perEntry.get(entry) ?? { seen: 0, agree: 0 };
        stat.seen++; if (ok) stat.agree++;
        perEntry.set(entry, stat);
        break;
      }
    }
  }
  const all = [...perEntry.values()];
  const seen = all.reduce((a, s) => a + s.seen, 0);
  const agree = all.reduce((a, s) => a + s.agree, 0);
  const worst = [...perEntry].filter(([, s]) => s.agree < s.seen).sort((a, b) => (b[1].seen - b[1].agree) - (a[1].seen - a[1].agree)).slice(0, 6);
  return { seen, agree: seen ? agree / seen : 0, worst: worst.map(([e, s]) => `${e} ${s.agree}/${s.seen}`) };
}

const lists = readdirSync(here).filter((f) => f.endsWith('.txt')).sort().map(readList);
const anerDir = process.argv[2];
const sentences = anerDir && existsSync(join(anerDir, 'train.txt')) ? readConll(anerDir) : null;
let problems = 0;
for (const list of lists) {
  problems += list.problems.length;
  let line = `${list.file.padEnd(30)} ${String(list.entries.length).padStart(5)} entries`;
  if (sentences && list.label) {
    const a = agreement(list, sentences);
    line += `  ANERcorp: ${a.seen} matches, ${(a.agree * 100).toFixed(0)}% tagged ${list.label}; worst: ${a.worst.join(', ')}`;
  }
  console.log(line);
  for (const p of list.problems) console.log(`  problem: ${p}`);
}
if (problems > 0) process.exit(1);
