// The built server, spoken to over stdio JSON-RPC as any editor would.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeSemanticTokens, RpcClient } from './rpcClient';

const ARTICLE = [
  '2024.05.12 | 12:52 دمشق',
  'قال وزير الخارجية السوري في دمشق اليوم الأحد إن الاجتماع الإقليمي سيعقد في بغداد يوم 22 من تموز المقبل.',
  'وأضاف أن وفدا من الأمم المتحدة سيزور القاهرة الأسبوع المقبل.',
].join('\n');

interface Legend { tokenTypes: string[]; tokenModifiers: string[] }
interface TokensResult { resultId?: string; data: number[] }
interface DeltaResult { resultId?: string; edits?: { start: number; deleteCount: number; data?: number[] }[]; data?: number[] }
interface Status { uri: string; served: boolean; reason?: string; suggestions: number }

function spansOf(text: string, data: number[], legend: Legend) {
  const lines = text.split('\n');
  return decodeSemanticTokens(data, legend.tokenTypes).map((t) => ({ ...t, text: lines[t.line].slice(t.char, t.char + t.length) }));
}

function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: RpcClient;
  let legend: Legend;
  let version = 1;

  before(async () => {
    client = new RpcClient();
    const init = await client.initialize();
    const caps = init.capabilities as { semanticTokensProvider: { legend: Legend; full: { delta: boolean }; range: boolean }; hoverProvider: boolean; textDocumentSync: { change: number } };
    legend = caps.semanticTokensProvider.legend;
    assert.deepEqual(legend.tokenTypes, ['person', 'organization', 'location', 'misc', 'date', 'time']);
    assert.equal(caps.semanticTokensProvider.full.delta, true);
    assert.equal(caps.semanticTokensProvider.range, true);
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
  });

  after(async () => {
    await client.shutdown();
  });

  function open(uri: string, text: string, languageId = 'plaintext'): void {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: version++, text } });
  }

  it('serves an Arabic article and reports it', async () => {
    open('file:///corpus/article.txt', ARTICLE);
    const status = await client.waitForNotification<Status>('arabicNews/documentStatus', (s) => s.uri === 'file:///corpus/article.txt');
    assert.equal(status.served, true);
    assert.ok(status.suggestions >= 4, `expected several suggestions, got ${status.suggestions}`);
  });

  it('semantic tokens decode to the named spans with our types', async () => {
    const result = await client.request<TokensResult>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///corpus/article.txt' } });
    const spans = spansOf(ARTICLE, result.data, legend);
    const has = (text: string, type: string) => spans.some((s) => s.text === text && s.type === type);
    assert.ok(has('بغداد', 'location'), JSON.stringify(spans));
    assert.ok(has('القاهرة', 'location'), JSON.stringify(spans));
    assert.ok(has('الأمم المتحدة', 'organization'), JSON.stringify(spans));
    assert.ok(has('22 من تموز المقبل', 'date'), JSON.stringify(spans));
    assert.ok(spans.every((s) => s.modifiers === 1), 'all are unreviewed suggestions');
  });

  it('hover shows label, source and confidence, and the value of a date', async () => {
    const uri = 'file:///corpus/article.txt';
    const hover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'بغداد') });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*LOC\*\*/);
    assert.match(hover.contents.value, /source: (model|gazetteer)/);
    assert.match(hover.contents.value, /confidence \d+%/);
    const pos = positionOf(ARTICLE, '22 من تموز');
    const dateHover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: pos.line, character: pos.character + 1 } });
    assert.match(dateHover.contents.value, /\*\*DATE\*\*/);
    assert.match(dateHover.contents.value, /2024-07-22/);
    const nothing = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'قال') });
    assert.equal(nothing, null);
  });

  it('an edit moves the tokens, and the delta matches a full request', async () => {
    const uri = 'file:///corpus/article.txt';
    const first = await client.request<TokensResult>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const inserted = 'وفي خبر آخر، ';
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: version++ },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: inserted }],
    });
    const edited = ARTICLE.replace('قال وزير', inserted + 'قال وزير');
    const delta = await client.request<DeltaResult>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    let data = first.data.slice();
    if (delta.edits) {
      for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
    } else data = delta.data ?? [];
    const full = await client.request<TokensResult>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(data, full.data, 'delta applied to the previous tokens equals a fresh full result');
    const before = spansOf(ARTICLE, first.data, legend).find((s) => s.text === 'بغداد');
    const after = spansOf(edited, full.data, legend).find((s) => s.text === 'بغداد');
    assert.ok(before && after);
    assert.equal(after.line, before.line);
    assert.equal(after.char, before.char + inserted.length);
  });

  it('a range request returns only the tokens in the range', async () => {
    const uri = 'file:///corpus/article.txt';
    const result = await client.request<TokensResult>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 200 } },
    });
    const spans = decodeSemanticTokens(result.data, legend.tokenTypes);
    assert.ok(spans.length > 0);
    assert.ok(spans.every((s) => s.line === 2));
  });

  it('leaves English, empty and binary documents alone, with a reason', async () => {
    const cases: [string, string, string][] = [
      ['file:///notes/english.txt', 'Meeting notes: call the Baghdad bureau on Monday about the July schedule.', 'not-arabic'],
      ['file:///notes/empty.txt', '', 'empty'],
      ['file:///notes/binary.txt', 'PK\u0003\u0004\u0000\u0000بغداد\u0000\u0000', 'binary'],
    ];
    for (const [uri, text, reason] of cases) {
      open(uri, text);
      const status = await client.waitForNotification<Status>('arabicNews/documentStatus', (s) => s.uri === uri);
      assert.equal(status.served, false, uri);
      assert.equal(status.reason, reason, uri);
      const tokens = await client.request<TokensResult>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.deepEqual(tokens.data, []);
    }
  });

  it('turns away a 5 MB article with a message and keeps answering', async () => {
    const uri = 'file:///corpus/huge.txt';
    const paragraph = 'قال وزير الخارجية في بغداد إن الاجتماع سيعقد في القاهرة يوم 22 من تموز المقبل بحضور ممثلين عن الأمم المتحدة.\n';
    const huge = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    open(uri, huge);
    const status = await client.waitForNotification<Status>('arabicNews/documentStatus', (s) => s.uri === uri);
    assert.equal(status.served, false);
    assert.equal(status.reason, 'too-large');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: 'file:///corpus/article.txt' }, position: positionOf(ARTICLE, 'القاهرة') });
    assert.match(hover.contents.value, /LOC/);
  });

  it('serves an article with a few invalid bytes replaced', async () => {
    const uri = 'file:///corpus/replaced.txt';
    open(uri, 'وصل الوفد \ufffd\ufffd إلى بغداد اليوم قادما من دمشق.');
    const status = await client.waitForNotification<Status>('arabicNews/documentStatus', (s) => s.uri === uri);
    assert.equal(status.served, true);
  });

  it('anchors relative dates on the file date when the article has no dateline, and says so', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ana-lsp-')), 'undated.txt');
    const text = 'وصل وزير الخارجية إلى بغداد أمس في زيارة رسمية.';
    fs.writeFileSync(file, text);
    const day = new Date('2023-03-15T10:00:00Z');
    fs.utimesSync(file, day, day);
    const uri = pathToFileURL(file).toString();
    open(uri, text);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'أمس') });
    assert.match(hover.contents.value, /2023-03-14/);
    assert.match(hover.contents.value, /anchored on the article date 2023-03-15 \(from the file's last-modified date\)/);
  });
});
