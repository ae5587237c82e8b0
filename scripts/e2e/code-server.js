#!/usr/bin/env node
// @ts-check
// Starts code-server (the real VS Code 1.100 workbench served to a browser) for the real-editor tests and
// for `npm start`, in a sandbox: fresh user-data and extensions dirs, our settings, TMPDIR and XDG_* inside
// a temp dir (so nothing lands in ~ or /tmp), no extension gallery, bound to 127.0.0.1 only.
//
// Module:
//   const { startCodeServer } = require('./code-server');
//   const cs = await startCodeServer({ port, folder, vsix, env });
//   cs.workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath })  // URL with the payload
//   await cs.stop();                                                           // kills the process group
// CLI (used by scripts/start.sh):
//   node scripts/e2e/code-server.js [--port N] [--folder DIR] [--vsix FILE | --dev DIR]
//   prints the URL, runs until Ctrl+C / SIGTERM, then stops code-server cleanly.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CODE_SERVER_BIN = path.join(ROOT, '.cache/code-server/node_modules/.bin/code-server');

/** User settings for every session: a known theme (so colours are predictable), fast hovers, no noise. */
const WORKBENCH_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.semanticHighlighting.enabled': true,
  'editor.hover.delay': 100,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
};

/** @returns {Promise<number>} a TCP port that was free on 127.0.0.1 a moment ago */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** @param {string} dir @returns {Record<string, string>} env vars that keep every tool's scratch files in dir */
function sandboxEnv(dir) {
  const env = {
    TMPDIR: path.join(dir, 'tmp'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg/config'),
    XDG_DATA_HOME: path.join(dir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg/cache'),
  };
  for (const d of Object.values(env)) fs.mkdirSync(d, { recursive: true });
  return env;
}

/**
 * Polls /healthz until code-server answers, the process dies, or the deadline passes.
 * @param {number} port @param {import('child_process').ChildProcess} child @param {string} logFile
 */
async function waitUntilHealthy(port, child, logFile, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before it was ready; log:\n${readTail(logFile)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs} ms; log:\n${readTail(logFile)}`);
}

/** @param {string} file */
function readTail(file, chars = 3000) {
  try { return fs.readFileSync(file, 'utf8').slice(-chars); } catch { return '(no log)'; }
}

/**
 * Installs a .vsix into the extensions dir with code-server's own CLI (same as a user would).
 * @param {string} vsix @param {string[]} dirArgs @param {Record<string, string|undefined>} env
 */
function installVsix(vsix, dirArgs, env) {
  const { spawnSync } = require('child_process');
  const result = spawnSync(CODE_SERVER_BIN, [...dirArgs, '--install-extension', path.resolve(vsix), '--force'],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * @typedef {object} StartOptions
 * @property {number} [port]     port on 127.0.0.1 (default: a free one)
 * @property {string} [folder]   default workspace folder (what a plain http://127.0.0.1:port/ opens)
 * @property {string} [vsix]     a .vsix to install into the fresh extensions dir before starting
 * @property {Record<string, string>} [env]  extra env for the server; the extension host inherits it
 * @property {Record<string, unknown>} [settings]  extra user settings
 * @property {boolean} [keepTmp] keep the temp dir after stop (for debugging; also env E2E_KEEP_TMP)
 *
 * @typedef {object} UrlOptions
 * @property {string} [folder]
 * @property {string[]} [extensionDevelopmentPath]
 * @property {string} [extensionTestsPath]
 *
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {number} pid
 * @property {string} tmpDir
 * @property {string} userDataDir
 * @property {string} logFile
 * @property {(opts?: UrlOptions) => string} workbenchUrl
 * @property {Promise<number|null>} exited  resolves with the exit code when code-server ends
 * @property {() => Promise<void>} stop
 */

/**
 * Fresh user-data and extensions dirs with our settings, and a config file (otherwise code-server writes
 * one into ~/.config/code-server).
 * @param {string} tmpDir @param {number} port @param {Record<string, unknown> | undefined} settings
 */
function prepareProfile(tmpDir, port, settings) {
  const userDataDir = path.join(tmpDir, 'ud');
  const extensionsDir = path.join(tmpDir, 'ext');
  const configFile = path.join(tmpDir, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...WORKBENCH_SETTINGS, ...settings }, null, 2));
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  return { userDataDir, dirArgs: ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir] };
}

/** @param {string} tmpDir @param {Record<string, string> | undefined} extra @returns {Record<string, string|undefined>} */
function serverEnv(tmpDir, extra) {
  // '{}' turns off the (unreachable) extension gallery and its lookup errors.
  /** @type {Record<string, string|undefined>} */
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', ...extra, ...sandboxEnv(tmpDir) };
  delete env.PORT; // code-server lets $PORT override --bind-addr; the port is chosen already.
  return env;
}

/**
 * Spawns code-server in its own process group, so that stopping it reaches the extension hosts and
 * language servers below it; the group is killed on our exit too, even when stop() was never called.
 * @param {string[]} args @param {Record<string, string|undefined>} env @param {string} logFile
 */
function spawnInOwnGroup(args, env, logFile) {
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(CODE_SERVER_BIN, args, { detached: true, env, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const pid = /** @type {number} */ (child.pid);
  /** @type {Promise<number|null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const killGroupNow = () => { try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ } };
  process.on('exit', killGroupNow);
  const stopGroup = async () => {
    try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = setTimeout(killGroupNow, 5000);
    await exited;
    clearTimeout(timer);
    killGroupNow(); // leftovers of the group (extension host, language server) that ignored SIGTERM
    process.removeListener('exit', killGroupNow);
  };
  return { child, pid, exited, stopGroup };
}

/**
 * The workbench URL; extension paths go in the payload as vscode-remote URIs (the command line of
 * code-server rejects --extensionDevelopmentPath / --extensionTestsPath).
 * @param {number} port @param {UrlOptions} [opts]
 */
function workbenchUrlFor(port, opts = {}) {
  const remote = (/** @type {string} */ p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  /** @type {[string, string][]} */
  const payload = [];
  for (const dev of opts.extensionDevelopmentPath || []) payload.push(['extensionDevelopmentPath', remote(dev)]);
  if (opts.extensionTestsPath) payload.push(['extensionTestsPath', remote(opts.extensionTestsPath)]);
  const query = [];
  if (opts.folder) query.push(`folder=${encodeURIComponent(path.resolve(opts.folder))}`);
  if (payload.length) {
    payload.push(['skipWelcome', 'true']);
    query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `http://127.0.0.1:${port}/${query.length ? `?${query.join('&')}` : ''}`;
}

/** @param {StartOptions} [options] @returns {Promise<CodeServer>} */
async function startCodeServer(options = {}) {
  if (!fs.existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_BIN} missing): run scripts/e2e/install-tools.sh`);
  }
  const port = options.port || await findFreePort();
  // Short prefix: the extension host puts unix sockets in TMPDIR, whose paths are limited to 107 bytes.
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anx-cs-'));
  const removeTmp = () => { if (!options.keepTmp && !process.env.E2E_KEEP_TMP) fs.rmSync(tmpDir, { recursive: true, force: true }); };
  const logFile = path.join(tmpDir, 'code-server.log');
  const { userDataDir, dirArgs } = prepareProfile(tmpDir, port, options.settings);
  const env = serverEnv(tmpDir, options.env);
  try {
    if (options.vsix) installVsix(options.vsix, dirArgs, env);
  } catch (err) {
    removeTmp();
    throw err;
  }
  const args = [...dirArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', ...(options.folder ? [path.resolve(options.folder)] : [])];
  const server = spawnInOwnGroup(args, env, logFile);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stopGroup();
    removeTmp();
  };
  try {
    await waitUntilHealthy(port, server.child, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  const workbenchUrl = (/** @type {UrlOptions | undefined} */ opts) => workbenchUrlFor(port, opts);
  return { port, pid: server.pid, tmpDir, userDataDir, logFile, workbenchUrl, exited: server.exited, stop };
}

/** @param {string[]} argv */
function parseCliArgs(argv) {
  /** @type {{port?: number, folder?: string, vsix?: string, dev?: string}} */
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--port') opts.port = Number(value());
    else if (flag === '--folder') opts.folder = value();
    else if (flag === '--vsix') opts.vsix = value();
    else if (flag === '--dev') opts.dev = value();
    else throw new Error(`unknown argument ${argv[i]} (use --port N --folder DIR [--vsix FILE | --dev DIR])`);
  }
  if (opts.port !== undefined && !(opts.port > 0 && opts.port < 65536)) throw new Error('--port needs a number 1..65535');
  return opts;
}

async function main() {
  const opts = parseCliArgs(process.argv.slice(2));
  const cs = await startCodeServer({ port: opts.port, folder: opts.folder, vsix: opts.vsix });
  // With --dev the extension comes from the working tree; it is only loaded through the payload URL.
  const url = opts.dev ? cs.workbenchUrl({ folder: opts.folder, extensionDevelopmentPath: [opts.dev] })
    : `http://127.0.0.1:${cs.port}/`;
  console.log(`\ncode-server ${cs.pid} is running. Open this URL in a browser:\n\n    ${url}\n`);
  console.log(`(log: ${cs.logFile}; press Ctrl+C to stop)`);
  let stopping = false;
  const shutdown = async (/** @type {string} */ signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server...`);
    await cs.stop();
    console.log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  const code = await cs.exited;
  if (!stopping) {
    console.error(`code-server exited on its own (code ${code}); see ${cs.logFile}`);
    process.exit(1);
  }
}

module.exports = { startCodeServer, findFreePort, sandboxEnv, CODE_SERVER_BIN, ROOT, WORKBENCH_SETTINGS };

if (require.main === module) {
  main().catch((err) => { console.error(`code-server: ${err.message}`); process.exit(1); });
}
