#!/usr/bin/env node
// @ts-check
// What an annotator sees, checked in a real browser: code-server serves VS Code 1.100 with our extension,
// headless Chromium (Debian's, driven by playwright-core) opens a sample article from the Explorer's quick
// open, and we check that the language becomes Arabic News, that a location and a date are coloured
// differently from plain text, and that hovering them shows LOC / DATE with the date's value.
// Screenshots: test-output/e2e/ui-*.png.
// Usage: node test/e2e/ui.playwright.js          (env E2E_VSIX=file.vsix tests a packaged extension instead
//        of the working tree; E2E_KEEP_TMP=1 keeps code-server's temp dir with its logs)
'use strict';
const fs = require('fs');
const path = require('path');
const { startCodeServer, ROOT } = require('../../scripts/e2e/code-server');
const { launchChromium } = require('../../scripts/e2e/browser');

const SAMPLES = path.join(ROOT, 'samples');
const ARTICLE = '2024-06-15-baghdad-regional.txt';
const CITY = 'بغداد'; // LOC, in the dateline (which the grammar colours too) and in the first lines
const BODY_CITY = 'تركيا'; // LOC in the body: only a semantic token can colour it
const DATE = '15/6/2024'; // DATE in the dateline, value 2024-06-15; the grammar colours numeric dates too
const RELATIVE_DATE = 'الأسبوع المقبل'; // DATE ("next week"): only a semantic token can colour it
const PLAIN_WORD = 'يبحثون'; // a verb in the headline: plain text
const OUT_DIR = path.join(ROOT, 'test-output/e2e');

const startedAt = Date.now();
let failures = 0;
const lap = (/** @type {string} */ msg) => console.log(`[ui ${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${msg}`);
const check = (/** @type {boolean} */ ok, /** @type {string} */ msg) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${msg}`);
  if (!ok) failures++;
};

/**
 * Colour and class of every rendered token span whose text equals (or, for the plain word, contains) one
 * of the given texts. Monaco renders the spaces of RTL lines as U+00A0: they are normalised first.
 * @param {import('playwright-core').Page} page @param {string[]} exact @param {string} plain
 * @returns {Promise<{plain: {text: string, color: string} | undefined, spans: {text: string, cls: string, color: string}[]}>}
 */
function observeColours(page, exact, plain) {
  return page.evaluate(([wanted, plainWord]) => {
    const spans = [...document.querySelectorAll('.monaco-editor .view-lines .view-line span span')]
      .map((e) => ({ text: (e.textContent || '').replace(/\u00a0/g, ' '), cls: e.className, color: getComputedStyle(e).color }));
    return { plain: spans.find((s) => s.text.includes(plainWord)), spans: spans.filter((s) => wanted.includes(s.text)) };
  }, /** @type {[string[], string]} */ ([exact, plain]));
}

/**
 * Waits (deadline, no fixed sleep) until every rendered span of every text in `group` exists and all of
 * them share one colour that differs from plain text. A group pairs a span the TextMate grammar also
 * colours (the dateline city, a numeric date) with one only semantic tokens can colour (a city in the body,
 * a relative date): the same colour on both proves the semantic tokens painted over the grammar, whatever
 * the theme. Returns the last observation either way.
 * @param {import('playwright-core').Page} page @param {string[]} group @param {number} timeoutMs
 */
async function waitForSharedColour(page, group, timeoutMs = 45000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await observeColours(page, group, PLAIN_WORD);
    const colours = new Set(seen.spans.map((s) => s.color));
    const allThere = group.every((text) => seen.spans.some((s) => s.text === text));
    const ok = Boolean(seen.plain) && allThere && colours.size === 1 && !colours.has(seen.plain?.color || '');
    if (ok || Date.now() > deadline) return { ok, ...seen };
    await page.waitForTimeout(100); // polling interval of the deadline loop, not a fixed wait for the result
  }
}

/**
 * Hovers the first rendered span with exactly `text` and returns the hover widget's text once it shows `expect`.
 * @param {import('playwright-core').Page} page @param {string} text @param {RegExp} expect
 */
async function hoverText(page, text, expect) {
  await page.mouse.move(2, 2);
  await page.locator('.monaco-hover').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  const span = page.locator('.monaco-editor .view-lines .view-line span span').filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });
  await span.first().hover();
  const widget = page.locator('.monaco-hover .hover-contents').filter({ hasText: expect });
  await widget.first().waitFor({ state: 'visible', timeout: 15000 });
  return (await widget.first().innerText()).replace(/\u00a0/g, ' ');
}

function escapeRegExp(/** @type {string} */ s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** @param {import('playwright-core').Page} page */
async function openArticle(page) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  lap('workbench and explorer ready');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(ARTICLE);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE.replace(/\.txt$/, '') }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 30000 });
  lap('article open in an editor');
}

/** @param {import('playwright-core').Page} page */
async function checkArticle(page) {
  await openArticle(page);
  const mode = page.locator('#status\\.editor\\.mode');
  await mode.filter({ hasText: 'Arabic News' }).waitFor({ timeout: 30000 }).catch(() => {});
  const modeText = (await mode.innerText().catch(() => '?')).trim();
  check(modeText === 'Arabic News', `status bar language is "${modeText}" (expected "Arabic News")`);

  /** @type {[string, string[]][]} */
  const groups = [['LOC', [CITY, BODY_CITY]], ['DATE', [DATE, RELATIVE_DATE]]];
  for (const [label, group] of groups) {
    const seen = await waitForSharedColour(page, group);
    const shown = seen.spans.map((s) => `«${s.text}» ${s.color} (${s.cls})`).join('; ');
    check(seen.ok, `${label} spans ${group.map((t) => `«${t}»`).join(' and ')} share a colour that differs from plain `
      + `text (${seen.plain ? seen.plain.color : 'plain text not found'}): ${shown || 'no such spans rendered'}`);
  }
  // The house rule for highlights: colour only. Bold or italic Arabic breaks the letters' joining.
  const styled = await page.$$eval('.monaco-editor .view-lines .view-line span span', (els) => els
    .filter((e) => /[\u0600-\u06ff]/.test(e.textContent || ''))
    .map((e) => ({ text: (e.textContent || '').replace(/\u00a0/g, ' '), weight: getComputedStyle(e).fontWeight, style: getComputedStyle(e).fontStyle }))
    .filter((s) => Number(s.weight) >= 600 || s.style !== 'normal'));
  check(styled.length === 0, `no Arabic text is bold or italic${styled.length ? `: ${JSON.stringify(styled)}` : ''}`);
  await page.screenshot({ path: path.join(OUT_DIR, 'ui-article.png') });

  const cityHover = await hoverText(page, CITY, /LOC/);
  check(/\bLOC\b/.test(cityHover) && /confidence/i.test(cityHover), `hover on ${CITY}: ${JSON.stringify(cityHover)}`);
  await page.screenshot({ path: path.join(OUT_DIR, 'ui-hover-location.png') });
  const dateHover = await hoverText(page, DATE, /DATE/);
  check(/\bDATE\b/.test(dateHover) && dateHover.includes('2024-06-15'), `hover on ${DATE}: ${JSON.stringify(dateHover)}`);
  await page.screenshot({ path: path.join(OUT_DIR, 'ui-hover-date.png') });
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const vsix = process.env.E2E_VSIX;
  if (vsix && !fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
  const cs = await startCodeServer({ folder: SAMPLES, vsix });
  lap(`code-server ${cs.pid} on port ${cs.port}${vsix ? ` with ${vsix} installed` : ' with the working tree as development extension'}`);
  const browser = await launchChromium({ width: 1400, height: 860 });
  const { page } = browser;
  page.on('pageerror', (err) => console.log(`  [page error] ${err.message.slice(0, 200)}`));
  try {
    const url = vsix ? cs.workbenchUrl({ folder: SAMPLES }) : cs.workbenchUrl({ folder: SAMPLES, extensionDevelopmentPath: [ROOT] });
    await page.goto(url);
    await checkArticle(page);
  } catch (err) {
    check(false, `UI check aborted: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    await page.screenshot({ path: path.join(OUT_DIR, 'ui-error.png') }).catch(() => {});
    console.log(`   screenshot: ${path.relative(ROOT, path.join(OUT_DIR, 'ui-error.png'))}; code-server log: ${cs.logFile} (E2E_KEEP_TMP=1 keeps it)`);
  } finally {
    await browser.close();
    await cs.stop();
  }
  lap(failures === 0 ? 'all UI checks passed' : `${failures} UI check(s) failed`);
  return failures === 0 ? 0 : 1;
}

// On Ctrl+C / timeout, exit: code-server.js kills its process group on exit, playwright closes Chromium.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().then((code) => process.exit(code), (err) => {
  console.error(`ui.playwright: ${err && err.stack || err}`);
  process.exit(1);
});
