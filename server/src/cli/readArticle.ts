// Bytes -> text for the CLI, with the same care the editor takes: a BOM is dropped, invalid UTF-8 is
// replaced and reported, binary content is refused.
export interface DecodedArticle {
  text: string;
  binary: boolean;
  problem?: string;
}

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) return { text: '', binary: true, problem: 'binary content (NUL bytes); not analyzed' };
  let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let problem: string | undefined;
  const replaced = countReplacements(text);
  if (replaced > 0) problem = `${replaced} invalid UTF-8 sequence(s) replaced by U+FFFD; offsets refer to the decoded text`;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, binary: false, problem };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
