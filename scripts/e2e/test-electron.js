#!/usr/bin/env node
// @ts-check
// The standard @vscode/test-electron entry point. Only vscodeExecutablePath is unusual: no desktop VS Code
// or Electron binary can be downloaded here, so it points at run-ext-tests.js, which accepts VS Code's
// command line and runs the same suite in code-server's extension host (headless Chromium as the window).
// Usage: node scripts/e2e/test-electron.js [extensionDevelopmentPath extensionTestsPath workspaceFolder]
//        (defaults: this repository, test/out/test/e2e/suite, samples/)
'use strict';
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  const [devPath, testsPath, folder] = process.argv.slice(2);
  try {
    await runTests({
      vscodeExecutablePath: path.join(__dirname, 'run-ext-tests.js'),
      extensionDevelopmentPath: path.resolve(devPath || ROOT),
      extensionTestsPath: path.resolve(testsPath || path.join(ROOT, 'test/out/test/e2e/suite/index')),
      launchArgs: [path.resolve(folder || path.join(ROOT, 'samples')), '--disable-extensions'],
    });
    return 0;
  } catch (err) {
    console.error(`test-electron: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
