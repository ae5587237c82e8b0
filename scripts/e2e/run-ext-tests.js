#!/usr/bin/env node
// @ts-check
// Runs an extension-host mocha suite (a module exporting run(), as @vscode/test-electron expects) inside
// code-server's real Node extension host, with the extension loaded from its development folder, and
// headless Chromium as the window. Exit code = the suite's exit code (0 = all passed).
//
// Form A: node scripts/e2e/run-ext-tests.js <extensionDevelopmentPath> <extensionTestsPath> [workspaceFolder]
// Form B: the VS Code command line, so that @vscode/test-electron's runTests({ vscodeExecutablePath: <this> })
//         works (scripts/e2e/test-electron.js):
//   run-ext-tests.js [folder] --extensionDevelopmentPath=X [...] --extensionTestsPath=Y [other VS Code flags]
//   Flags this shim does not need (--no-sandbox, --disable-extensions, --user-data-dir, --extensions-dir, ...)
//   are ignored: every run gets fresh sandbox dirs from code-server.js.
// Env: E2E_TIMEOUT_MS (default 180000), E2E_VERBOSE=1 (all workbench log lines), E2E_KEEP_TMP=1.
// The runner sets E2E_RESULTS_FILE for the suite; the extension host inherits the server's environment.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { startCodeServer } = require('./code-server');
const { launchChromium } = require('./browser');

const startedAt = Date.now();
const lap = (/** @type {string} */ msg) => console.log(`[run-ext-tests ${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${msg}`);

/** @param {string[]} argv @returns {{devPaths: string[], testsPath: string, folder?: string}} */
function parseArgs(argv) {
  if (!argv.some((a) => a.startsWith('--extensionTestsPath'))) {
    if (argv.length < 2) throw new Error('usage: run-ext-tests.js <extensionDevelopmentPath> <extensionTestsPath> [folder]');
    return { devPaths: [path.resolve(argv[0])], testsPath: path.resolve(argv[1]), folder: argv[2] && path.resolve(argv[2]) };
  }
  /** @type {string[]} */
  const devPaths = [];
  /** @type {string[]} */
  const positional = [];
  let testsPath = '';
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(argv[i]);
    if (!match) { positional.push(argv[i]); continue; }
    const [, name, inline] = match;
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === 'extensionDevelopmentPath') devPaths.push(path.resolve(value()));
    else if (name === 'extensionTestsPath') testsPath = path.resolve(value());
    else if ((name === 'user-data-dir' || name === 'extensions-dir') && inline === undefined) i++; // skip its value
  }
  return { devPaths, testsPath, folder: positional[0] && path.resolve(positional[0]) };
}

// Workbench chatter that says nothing about the tests.
const NOISE = /^(Resolving|Resolved|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|Ignoring fetching additional builtin)/;

/** @param {string} resultsFile */
function summarizeResults(resultsFile) {
  if (!fs.existsSync(resultsFile)) return 'no results file written (the suite did not finish)';
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  return `${results.passed} passed, ${results.failed} failed`;
}

async function main() {
  const { devPaths, testsPath, folder } = parseArgs(process.argv.slice(2));
  for (const p of [...devPaths, testsPath, ...(folder ? [folder] : [])]) {
    const probe = fs.existsSync(p) || fs.existsSync(`${p}.js`);
    if (!probe) throw new Error(`path does not exist: ${p}`);
  }
  // A caller's E2E_RESULTS_FILE is kept; otherwise the results go to a temp file read for the summary.
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anx-results-'));
  const resultsFile = process.env.E2E_RESULTS_FILE ? path.resolve(process.env.E2E_RESULTS_FILE) : path.join(resultsDir, 'results.json');
  fs.rmSync(resultsFile, { force: true });
  const cs = await startCodeServer({ env: { E2E_RESULTS_FILE: resultsFile } });
  lap(`code-server ${cs.pid} on port ${cs.port}`);
  /** @type {Awaited<ReturnType<typeof launchChromium>> | undefined} */
  let browser;
  let exitCode = 1;
  const onSignal = () => { void cleanup().then(() => process.exit(130)); };
  const cleanup = async () => {
    if (browser) await browser.close();
    await cs.stop();
    fs.rmSync(resultsDir, { recursive: true, force: true });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    browser = await launchChromium();
    exitCode = await runSuiteInWorkbench(browser.page, cs.workbenchUrl({ folder, extensionDevelopmentPath: devPaths, extensionTestsPath: testsPath }));
  } finally {
    console.log(summarizeResults(resultsFile));
    await cleanup();
  }
  lap(`done, exit code ${exitCode}`);
  return exitCode;
}

/**
 * Opens the workbench with the test payload and resolves with the extension host's exit code, which the
 * workbench reports through window.codeAutomationExit(code) once run() settles.
 * @param {import('playwright-core').Page} page @param {string} url @returns {Promise<number>}
 */
async function runSuiteInWorkbench(page, url) {
  /** @type {(code: number) => void} */
  let reportExit = () => {};
  const exited = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => reportExit(code));
  // Extension-host console output (mocha's reporter) and workbench logs arrive here, printf-style.
  await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
    const line = util.format(...args);
    if (process.env.E2E_VERBOSE || !NOISE.test(line)) console.log(`  [${type}] ${line}`);
  });
  page.on('pageerror', (err) => console.log(`  [page error] ${err.message.slice(0, 300)}`));
  lap(`open ${url}`);
  await page.goto(url);
  const timeoutMs = Number(process.env.E2E_TIMEOUT_MS || 180000);
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') {
    console.log(`  the extension host did not report an exit code within ${timeoutMs} ms`);
    return 1;
  }
  lap(`extension host exited with code ${code}`);
  return code === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => {
  console.error(`run-ext-tests: ${err && err.stack || err}`);
  process.exit(1);
});
