// Shared by test/eval.test.ts and `node scripts/eval-labelled.mjs`: reads the labelled apps in
// test/eval/<app>/ (each file opens with `/* prodready-expect: rule-a, rule-b */` or `none`) and
// scores findings at (file, rule) granularity.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const EVAL_DIR = new URL('../test/eval/', import.meta.url).pathname;

/** @returns {{ app: string, file: string, code: string, expected: Set<string> }[]} */
export function loadLabelled(dir = EVAL_DIR) {
  const out = [];
  for (const app of readdirSync(dir)) {
    const appDir = join(dir, app);
    if (!statSync(appDir).isDirectory()) continue;
    const walk = (d) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.[cm]?[jt]sx?$/.test(name)) {
          const code = readFileSync(p, 'utf8');
          const m = /prodready-expect:\s*([^*\n]*)/.exec(code);
          if (!m) throw new Error(`${p}: no prodready-expect header`);
          const expected = new Set(
            m[1].split(',').map((s) => s.trim()).filter((s) => s && s !== 'none'),
          );
          out.push({ app, file: relative(appDir, p), code, expected });
        }
      }
    };
    walk(appDir);
  }
  return out;
}

/**
 * @param {{ file: string, app: string, expected: Set<string> }[]} files
 * @param {(f: { file: string, app: string, code: string }) => Set<string>} reportedRules
 */
export function score(files, reportedRules) {
  const perRule = {};
  const rows = [];
  const bump = (rule, key) => ((perRule[rule] ??= { tp: 0, fp: 0, fn: 0 })[key] += 1);
  for (const f of files) {
    const got = reportedRules(f);
    for (const r of got) {
      if (f.expected.has(r)) bump(r, 'tp');
      else {
        bump(r, 'fp');
        rows.push(`FP ${r}  ${f.app}/${f.file}`);
      }
    }
    for (const r of f.expected) {
      if (!got.has(r)) {
        bump(r, 'fn');
        rows.push(`FN ${r}  ${f.app}/${f.file}`);
      }
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const v of Object.values(perRule)) for (const k of ['tp', 'fp', 'fn']) total[k] += v[k];
  const precision = total.tp / Math.max(1, total.tp + total.fp);
  const recall = total.tp / Math.max(1, total.tp + total.fn);
  return { perRule, total, precision, recall, rows };
}
