// Inside the real editor: with arabicNews.switchLanguageOnOpen off, an Arabic .txt article keeps the
// plaintext language and is still served (highlights come from the same server).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ARABIC_NEWS, describeSpans, openDocument, sampleUri, showFile, waitFor, waitForLanguage, waitForTokens } from './helpers';

const KEPT_PLAIN = '2024-02-08-doha-sport.txt';
const SWITCHED_AFTER = '2024-10-24-sharjah-culture.txt';

async function setSwitchLanguageOnOpen(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('arabicNews').update('switchLanguageOnOpen', value, vscode.ConfigurationTarget.Global);
  const expected = value ?? true;
  await waitFor(`arabicNews.switchLanguageOnOpen to read ${expected}`,
    () => vscode.workspace.getConfiguration('arabicNews').get<boolean>('switchLanguageOnOpen') === expected);
}

describe('setting arabicNews.switchLanguageOnOpen', () => {
  after(() => setSwitchLanguageOnOpen(undefined));

  it('off: an Arabic .txt stays plaintext but is still highlighted', async () => {
    await setSwitchLanguageOnOpen(false);
    const plainUri = sampleUri(KEPT_PLAIN);
    await showFile(plainUri);
    const spans = await waitForTokens(plainUri);
    assert.ok(spans.some((s) => s.text === 'الدوحة' && s.type === 'location'),
      `the dateline city الدوحة is highlighted in the plaintext document; got ${describeSpans(spans)}`);
    // Turn the setting back on and open another article: once that one has switched, the extension has
    // certainly handled the first one, which must have kept its language.
    await setSwitchLanguageOnOpen(true);
    const switchedUri = sampleUri(SWITCHED_AFTER);
    await showFile(switchedUri);
    await waitForLanguage(switchedUri, ARABIC_NEWS);
    assert.strictEqual(openDocument(plainUri)?.languageId, 'plaintext');
  });
});
