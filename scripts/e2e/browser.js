// @ts-check
// Launches Debian's Chromium headless through playwright-core (which ships no browser of its own) for the
// real-editor tests. Module: const { launchChromium } = require('./browser');
//   const { page, close } = await launchChromium({ width: 1400, height: 860 });
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { sandboxEnv } = require('./code-server');

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * @param {{width: number, height: number}} [viewport]
 * @returns {Promise<{page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, close: () => Promise<void>}>}
 */
async function launchChromium(viewport = { width: 1400, height: 860 }) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run scripts/e2e/install-tools.sh (apt-get install chromium)`);
  }
  const { chromium } = require('playwright-core');
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anx-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    // Crash reports and caches go to the profile's sandbox instead of ~/.config/chromium.
    env: { ...process.env, ...sandboxEnv(profileDir) },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  const close = async () => {
    await context.close().catch(() => { /* browser already gone */ });
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  return { page, context, close };
}

module.exports = { launchChromium, CHROMIUM_PATH };
