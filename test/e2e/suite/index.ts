// Entry point of the real-editor suite in the shape @vscode/test-electron expects: the extension host
// require()s this module (extensionTestsPath) and awaits run(). It runs every *.test.js beside it with
// mocha and, when E2E_RESULTS_FILE is set (the runner sets it; the extension host inherits the server's
// environment), writes a JSON summary there so the outer harness does not have to parse console output.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60000 });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResults(outcomes, failures);
      const passed = outcomes.filter((o) => o.state === 'passed').length;
      console.log(`extension-host suite: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: unknown) => {
      outcomes.push({ title: t.fullTitle(), state: 'failed', error: err instanceof Error ? err.message : String(err) });
    });
  });
}

function writeResults(outcomes: TestOutcome[], failures: number): void {
  const file = process.env.E2E_RESULTS_FILE;
  if (!file) return;
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const summary = { passed, failed: failures, tests: outcomes, node: process.version, pid: process.pid };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(summary, null, 2));
}
