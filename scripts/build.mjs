// Bundles the extension client, the language server, the CLI and the dev scripts with esbuild.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const production = process.argv.includes('--production');

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // developer tools, not shipped in the .vsix
  { entryPoints: ['scripts/bench.ts'], outfile: 'scripts/out/bench.js' },
  { entryPoints: ['scripts/train.ts'], outfile: 'scripts/out/train.js' },
  { entryPoints: ['scripts/ner/errors.ts'], outfile: 'scripts/out/ner/errors.js' },
];

await Promise.all(
  targets
    .filter((t) => existsSync(t.entryPoints[0]))
    .map((t) => build({ ...common, minify: production, ...t })),
);

// the CLI is the package's `bin`: `npx arabic-news-annotator` runs the file itself, so it must be executable
if (existsSync('server/out/cli.js')) chmodSync('server/out/cli.js', 0o755);
