// `npm run package`: production bundles, then a .vsix holding only what runs (see .vscodeignore).
// Prints the file list and the size, and fails if anything outside the allowed set slipped in.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `${name}-${version}.vsix`;

run('node', ['scripts/build.mjs', '--production']);
const vsce = ['node_modules/@vscode/vsce/vsce'];
const files = run('node', [...vsce, 'ls', '--no-dependencies']).split('\n').filter(Boolean);
const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^NOTICE$/, /^client\/out\/extension\.js$/, /^server\/out\/(server|cli)\.js$/, /^server\/models\//, /^syntaxes\//, /^language-configuration\.json$/];
const stray = files.filter((f) => !allowed.some((re) => re.test(f)));
run('node', [...vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', out]);
const bytes = statSync(out).size;
console.log(files.map((f) => `  ${f}`).join('\n'));
console.log(JSON.stringify({ vsix: out, files: files.length, bytes, megabytes: +(bytes / 1048576).toFixed(2) }));
if (stray.length > 0) {
  console.error(`package: files that do not run were packaged: ${stray.join(', ')}`);
  process.exit(1);
}
