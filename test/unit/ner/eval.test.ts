import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { runEval } from '../../../server/src/cli/eval';

const MODELS = path.resolve(__dirname, '..', '..', '..', '..', '..', 'server', 'models');

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('eval command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ner-eval-'));
  const gold = path.join(dir, 'gold.txt');
  fs.writeFileSync(gold, 'قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n\nزار O\nالوفد O\nالقاهرة B-LOC\n');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a per-label table and ends with one JSON line of overall scores', async () => {
    const out = capture();
    const code = await runEval(['--gold', gold, '--models', MODELS], out.stream);
    assert.equal(code, 0);
    const lines = out.text().trim().split('\n');
    assert.match(out.text(), /label\s+gold\s+pred\s+correct\s+precision\s+recall\s+f1/);
    const last = JSON.parse(lines[lines.length - 1]) as Record<string, number>;
    assert.deepEqual(Object.keys(last), ['precision', 'recall', 'f1', 'tokens', 'seconds']);
    assert.equal(last.tokens, 9);
    for (const k of ['precision', 'recall', 'f1']) assert.ok(last[k] >= 0 && last[k] <= 100);
  });

  it('scores sentence by sentence with --article-sentences 0, and refuses a count that is not a whole number', async () => {
    const perSentence = capture();
    assert.equal(await runEval(['--gold', gold, '--models', MODELS, '--article-sentences', '0'], perSentence.stream), 0);
    const last = JSON.parse(perSentence.text().trim().split('\n').at(-1)!) as Record<string, number>;
    assert.equal(last.tokens, 9);
    const bad = capture();
    assert.equal(await runEval(['--gold', gold, '--article-sentences', 'many'], bad.stream), 2);
    assert.match(bad.text(), /article-sentences/);
  });

  it('leaves out suggestions below --min-confidence, as the editor setting does, and refuses a value outside 0..1', async () => {
    const predictedAt = async (minConfidence: string): Promise<number> => {
      const out = capture();
      assert.equal(await runEval(['--gold', gold, '--models', MODELS, '--min-confidence', minConfidence], out.stream), 0);
      const overall = /^overall\s+\d+\s+(\d+)/m.exec(out.text());
      assert.ok(overall, out.text());
      return Number(overall[1]);
    };
    const all = await predictedAt('0');
    assert.ok(all >= 2, `the model finds the names of the fixture (${all})`);
    assert.equal(await predictedAt('1'), 0);
    const bad = capture();
    assert.equal(await runEval(['--gold', gold, '--min-confidence', '1.5'], bad.stream), 2);
    assert.match(bad.text(), /min-confidence/);
  });

  it('refuses to run without a gold file, and names a missing one', async () => {
    const none = capture();
    assert.equal(await runEval([], none.stream), 2);
    const missing = capture();
    assert.equal(await runEval(['--gold', path.join(dir, 'nope.txt')], missing.stream), 2);
    assert.match(missing.text(), /nope\.txt/);
  });
});
