// The unlabeled text training reads (../shared/data/unlabeled): xz-compressed files of one document per
// line, decompressed with the system `xz`. Shared by the steps that learn from it (word clusters, word
// statistics, self-training), which also record each file's hash for the manifest and their caches.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const UNLABELED_FILES = ['unlabeled/arwiki-2017/arwiki_20170120_10k.txt.xz', 'unlabeled/jawharafm/ant_jawharafm_v1.1.txt.xz'];

/** The unlabeled files that are present under dataDir. */
export function presentUnlabeledFiles(dataDir: string): string[] {
  return UNLABELED_FILES.filter((f) => fs.existsSync(path.join(dataDir, f)));
}

/** Each file's SHA-256, recorded in hashes (by its path under dataDir); a file hashed before is not read again. */
export function recordDigests(dataDir: string, files: readonly string[], hashes: Record<string, string>): string[] {
  return files.map((file) => (hashes[file] ??= createHash('sha256').update(fs.readFileSync(path.join(dataDir, file))).digest('hex')));
}

/** The documents (non-blank lines) of the files, in order. */
export function readUnlabeledDocuments(dataDir: string, files: readonly string[]): string[] {
  const documents: string[] = [];
  for (const file of files) {
    const text = execFileSync('xz', ['-dc', path.join(dataDir, file)], { maxBuffer: 1 << 30, encoding: 'utf8' });
    for (const line of text.split('\n')) if (line.trim() !== '') documents.push(line);
  }
  return documents;
}
