// The last-modified day of an article file, the weakest source of an article date: used only when the
// text has no dateline and no date was configured. Outside core because it touches the file system.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export function fileModifiedDay(pathOrUri: string): string | undefined {
  try {
    const file = pathOrUri.startsWith('file:') ? fileURLToPath(pathOrUri) : pathOrUri;
    return fs.statSync(file).mtime.toISOString().slice(0, 10);
  } catch {
    return undefined; // untitled documents, other schemes, deleted files: no date from metadata
  }
}
