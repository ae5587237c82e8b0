// The command line as a pipeline would use it: the built bin, files and stdin, bad input.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');

interface Output { dct: string | null; dctOrigin: string; suggestions: { start: number; end: number; text: string; label: string; source: string; confidence: number; value?: string }[] }

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input: typeof input === 'string' ? Buffer.from(input, 'utf8') : input, timeout: 60000 });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ana-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('arabic-news-annotator analyze', function () {
  this.timeout(60000);

  it('runs as the package bin, by itself (npx runs the file, not node with it)', () => {
    const run = spawnSync(CLI, ['analyze', '--dct', '2024-05-12', '-'], { input: Buffer.from('زار الوفد بغداد أمس', 'utf8'), timeout: 60000 });
    assert.equal(run.status, 0, run.stderr.toString('utf8'));
    assert.ok((JSON.parse(run.stdout.toString('utf8')) as Output).suggestions.some((s) => s.text === 'بغداد'));
  });

  it('stops quietly when its reader closes the pipe early (| head)', () => {
    // far more JSON than a pipe holds, so the write is still going when head has had its bytes
    const file = tempFile('long.txt', 'زار الوفد بغداد والقاهرة ودمشق أمس والتقى الرئيس.\n'.repeat(4000));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze --dct 2024-05-12 "${file}" | head -c 100`], { timeout: 60000 });
    assert.equal(run.stdout.length, 100);
    assert.equal(run.stderr.toString('utf8'), '');
  });

  it('prints suggestions with UTF-16 offsets into the input, read from stdin', () => {
    const text = 'وصل الرئيس إلى بغداد أمس قادما من القاهرة 🙂 في زيارة تستمر لمدة ثلاثة أيام.';
    const run = cli(['analyze', '--dct', '2024-05-12', '-'], text);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Output;
    assert.equal(out.dct, '2024-05-12');
    for (const s of out.suggestions) assert.equal(text.slice(s.start, s.end), s.text);
    const find = (t: string) => out.suggestions.find((s) => s.text === t);
    assert.equal(find('بغداد')?.label, 'LOC');
    assert.equal(find('القاهرة')?.label, 'LOC');
    assert.equal(find('أمس')?.value, '2024-05-11');
  });

  it('reads the article date from the dateline of a sample, and --dct overrides it', () => {
    const file = path.join(ROOT, 'samples', '2024-05-12-damascus-politics.txt');
    const fromText = JSON.parse(cli(['analyze', file]).stdout) as Output;
    assert.match(fromText.dct ?? '', /^2024-05-12(T12:52)?$/);
    assert.equal(fromText.dctOrigin, 'dateline');
    assert.ok(fromText.suggestions.some((s) => s.label === 'PER'));
    assert.ok(fromText.suggestions.some((s) => s.label === 'ORG'));
    const given = JSON.parse(cli(['analyze', '--dct', '2020-01-01', file]).stdout) as Output;
    assert.equal(given.dct, '2020-01-01');
  });

  it('refuses a bad --dct and binary files with a clear message', () => {
    const badDate = cli(['analyze', '--dct', '12/5/2024', '-'], 'بغداد');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /--dct must be YYYY-MM-DD/);
    const binary = cli(['analyze', tempFile('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xd8, 0xa8]))]);
    assert.equal(binary.code, 1);
    assert.match(binary.stderr, /binary/);
    const missing = cli(['analyze', '/nonexistent/article.txt']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /no such file|ENOENT/i);
  });

  it('handles empty, English and invalid UTF-8 input without crashing', () => {
    const empty = cli(['analyze', tempFile('empty.txt', '')]);
    assert.equal(empty.code, 0);
    assert.deepEqual((JSON.parse(empty.stdout) as Output).suggestions, []);
    const english = cli(['analyze', '-'], 'Notes for the Baghdad desk.');
    assert.equal(english.code, 0);
    assert.match(english.stderr, /letters are Arabic/);
    const invalid = Buffer.concat([Buffer.from('وصل الوفد إلى '), Buffer.from([0xff, 0xfe]), Buffer.from(' بغداد اليوم')]);
    const run = cli(['analyze', '--dct', '2024-05-12', '-'], invalid);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /invalid UTF-8/);
    const out = JSON.parse(run.stdout) as Output;
    assert.ok(out.suggestions.some((s) => s.text === 'بغداد'));
  });

  it('prints usage for an unknown verb', () => {
    const run = cli(['frobnicate']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown verb/);
  });
});
