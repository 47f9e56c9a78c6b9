import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  createRule,
  findVariable,
  getBindingValues,
  getCalleeName,
  getDottedName,
  getFileKind,
  getImportedName,
  getImportSource,
  canCallHelper,
  helperFixes,
  isFunction,
  isParameter,
  matchesAnyGlob,
  resolveLocalFunction,
  unwrap,
  walk,
  type FunctionNode,
} from '../utils';
import { isDesktopAppModule } from '../utils/project';
import { isSetTimeoutCall, mentionsAbortSignal, objectHasKey } from '../utils/timeout-vocab';

type Options = [{ ignoreFiles?: string[] }];
type MessageIds = 'unsafeRace' | 'useWithTimeout';

const TIMERS_PROMISES = /^(?:node:)?timers\/promises$/;
const AI_CALLS = new Set(['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany']);

interface Timer {
  /** The setTimeout call (or the timers/promises call) that settles the timeout promise. */
  call: TSESTree.CallExpression;
  /** The delay argument, when the race element itself is the timer promise (for the suggestion). */
  delay?: TSESTree.Node;
  /** Whether the race element is the `new Promise(...)` itself (not a binding or a helper call). */
  inline: boolean;
}

export default createRule<Options, MessageIds>({
  name: 'no-unsafe-promise-race',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Promise.race timeouts that never clear their timer and never abort the losing work',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unsafeRace:
        'This Promise.race timeout {{what}}: the timer is never cleared and the raced work gets no AbortSignal, so after the timeout the work keeps running (still billed, if it is a paid API call) and the timer keeps the function alive. Use withTimeout((signal) => work, ms), which aborts the work and clears its timer.',
      useWithTimeout:
        'Rewrite as withTimeout((signal) => …, {{ms}}) (aborts the work, clears the timer; adds the helper or imports it).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreFiles: {
            type: 'array',
            items: { type: 'string' },
            description: 'Globs of files not to check (in addition to test files and client code).',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ ignoreFiles: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (!text.includes('race') || !text.includes('setTimeout')) return {};
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    if (kind.hasClientPath && !kind.isServer) return {};
    // A browser extension (chrome.tabs / browser.runtime APIs) runs in the browser, and those APIs take no signal.
    if (/\b(?:chrome|browser)\.(?:tabs|runtime|scripting|storage|windows|action|contextMenus)\./.test(text)) return {};
    // Code that builds DOM nodes or reads the page's location runs in a browser tab (assistant-ui's safe-content-frame
    // waiting for an iframe's load), unless server imports or a server path say otherwise.
    if (!kind.isServer && !kind.hasServerPath && /\bdocument\.(?:createElement|getElementById|querySelector|body\.append)|\bwindow\.location\b/.test(text)) return {};
    if (options.ignoreFiles?.length && matchesAnyGlob(kind.filename, options.ignoreFiles)) return {};
    // A desktop app's code (an Electron main process and the packages only it imports): no function bills or times out
    // while the raced work runs on, as for a file that imports electron.
    if (!kind.isEntryPoint && isDesktopAppModule(context.physicalFilename)) return {};

    /** The setTimeout call inside a promise executor / helper body that settles it, if any. */
    function findTimerIn(root: TSESTree.Node): TSESTree.CallExpression | undefined {
      let found: TSESTree.CallExpression | undefined;
      walk(root, (n) => {
        if (found) return false;
        if (isSetTimeoutCall(n)) {
          found = n;
          return false;
        }
        return true;
      });
      return found;
    }

    /** `new Promise((resolve, reject) => { ... setTimeout(...) ... })` → the timer. */
    function timerOfPromise(node: TSESTree.Node): TSESTree.CallExpression | undefined {
      if (node.type !== 'NewExpression' || getDottedName(node.callee) !== 'Promise') return undefined;
      const executor = node.arguments[0];
      if (!executor || !isFunction(executor)) return undefined;
      return findTimerIn(executor.body);
    }

    function timerOfHelper(fn: FunctionNode): TSESTree.CallExpression | undefined {
      // A local `timeout(ms)` / `sleep(ms)` helper that builds the timer promise.
      let found: TSESTree.CallExpression | undefined;
      walk(
        fn.body,
        (n) => {
          if (found) return false;
          if (n.type === 'NewExpression') {
            const t = timerOfPromise(n);
            if (t) {
              found = t;
              return false;
            }
          }
          return true;
        },
        { skipFunctions: false },
      );
      return found;
    }

    function classifyTimer(element: TSESTree.Node, depth = 0): Timer | undefined {
      const u = unwrap(element, { await: true });
      if (u.type === 'NewExpression') {
        const call = timerOfPromise(u);
        return call ? { call, delay: call.arguments[1], inline: depth === 0 } : undefined;
      }
      if (u.type === 'Identifier' && depth < 2) {
        const values = getBindingValues(sourceCode, u);
        if (values?.length !== 1) return undefined;
        const t = classifyTimer(values[0]!, depth + 1);
        return t ? { ...t, inline: false } : undefined;
      }
      if (u.type === 'CallExpression' && u.callee.type === 'Identifier') {
        const source = getImportSource(sourceCode, u.callee);
        if (source !== undefined) {
          // `setTimeout(ms)` from timers/promises: a timer unless it receives a signal.
          if (!TIMERS_PROMISES.test(source)) return undefined;
          if (getImportedName(sourceCode, u.callee) !== 'setTimeout') return undefined;
          const opts = u.arguments[2];
          if (opts && opts.type === 'ObjectExpression' && objectHasKey(opts, new Set(['signal'])) !== false) return undefined;
          if (opts && opts.type !== 'ObjectExpression') return undefined;
          return { call: u, inline: false };
        }
        const fn = resolveLocalFunction(sourceCode, u.callee);
        if (!fn) return undefined;
        const call = timerOfHelper(fn);
        return call ? { call, inline: false } : undefined;
      }
      return undefined;
    }

    /** Whether the timer's handle is cleared somewhere (clearTimeout on the variable or property it is stored in). */
    function isCleared(timer: Timer): boolean {
      const call = timer.call;
      let parent: TSESTree.Node | undefined = call.parent;
      while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression')) parent = parent.parent;
      let target: TSESTree.Node | undefined;
      if (parent?.type === 'VariableDeclarator' && parent.init && unwrap(parent.init) === call) target = parent.id;
      else if (parent?.type === 'AssignmentExpression' && unwrap(parent.right) === call) target = parent.left;
      if (!target) return false;
      if (target.type === 'Identifier') {
        const variable = findVariable(sourceCode, target);
        if (!variable) return false;
        // `const id = setTimeout(() => { clearTimeout(id); reject(...) }, ms)`: a clear in the timer's own callback
        // runs once the timer has fired, so it clears nothing; the timer still runs out when the work wins
        // (Portkey's sendWithTimeout).
        const callback = call.arguments[0];
        const ownCallback = callback?.type === 'ArrowFunctionExpression' || callback?.type === 'FunctionExpression' ? callback : undefined;
        return variable.references.some((ref) => {
          if (ownCallback && ref.identifier.range[0] >= ownCallback.range[0] && ref.identifier.range[1] <= ownCallback.range[1]) return false;
          // `clearTimeout(heartbeatTimer!)`, `clearTimeout(timer as NodeJS.Timeout)`: the handle through a type assertion (big-AGI).
          let arg: TSESTree.Node = ref.identifier;
          while (arg.parent && (arg.parent.type === 'TSNonNullExpression' || arg.parent.type === 'TSAsExpression')) arg = arg.parent;
          const p = arg.parent;
          if (!p) return false;
          if (p.type === 'CallExpression' && p.arguments.some((a) => a === arg)) {
            const n = getCalleeName(p);
            // clearTimeout(id), or handed to a cancel helper that presumably clears it.
            return n === 'clearTimeout' || n === 'clearInterval' || /cancel|clear|dispose/i.test(n ?? '');
          }
          // Handed to something else (returned, stored, passed to a cancel helper): assume it is cleared there.
          return (
            p.type === 'ReturnStatement' ||
            p.type === 'Property' ||
            (p.type === 'AssignmentExpression' && p.right === arg)
          );
        });
      }
      const name = getDottedName(target);
      if (!name) return true;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`clear(?:Timeout|Interval)\\(\\s*${escaped}\\s*[),]`).test(text);
    }

    /** Text of `work` with the AbortSignal threaded through, for the calls whose option we know. */
    function threadSignal(work: TSESTree.Node): string {
      const u = unwrap(work, { await: true });
      const workText = sourceCode.getText(work.type === 'AwaitExpression' ? work.argument : work);
      if (u.type !== 'CallExpression') return workText;
      const name = getCalleeName(u);
      const args = u.arguments;
      const insertInto = (obj: TSESTree.ObjectExpression, prop: string): string => {
        const start = u.range[0];
        const rel = (r: number) => r - start;
        const callText = sourceCode.getText(u);
        const last = obj.properties[obj.properties.length - 1];
        if (!last) return callText.slice(0, rel(obj.range[0])) + `{ ${prop} }` + callText.slice(rel(obj.range[1]));
        return callText.slice(0, rel(last.range[1])) + `, ${prop}` + callText.slice(rel(last.range[1]));
      };
      if (name === 'fetch' && u.callee.type === 'Identifier') {
        if (args.length === 1 && args[0]!.type !== 'SpreadElement') {
          return `fetch(${sourceCode.getText(args[0]!)}, { signal })`;
        }
        const opts = args[1];
        if (args.length === 2 && opts?.type === 'ObjectExpression') return insertInto(opts, 'signal');
        return workText;
      }
      const first = args[0];
      if (name && AI_CALLS.has(name) && args.length === 1 && first?.type === 'ObjectExpression') {
        return insertInto(first, 'abortSignal: signal');
      }
      const dotted = u.callee.type === 'MemberExpression' ? (getDottedName(u.callee.object) ?? '') : '';
      if (name === 'create' && /\.(?:chat\.completions|completions|messages|responses|embeddings)$/.test(dotted) && args.length === 1) {
        const callText = sourceCode.getText(u);
        return `${callText.slice(0, -1)}, { signal })`;
      }
      return workText;
    }

    function report(node: TSESTree.CallExpression, timers: Timer[], works: TSESTree.Node[]): void {
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      const timer = timers[0];
      const work = works[0];
      const arg = node.arguments[0];
      const rejects = (t: Timer): boolean =>
        !!t.call.arguments[0] && /reject|rej\b|throw/.test(sourceCode.getText(t.call.arguments[0]));
      if (
        timer &&
        // A soft deadline that resolves with a fallback would start throwing: no rewrite offered.
        rejects(timer) &&
        timers.length === 1 &&
        works.length === 1 &&
        timer?.inline &&
        timer.delay &&
        timer.delay.type !== 'SpreadElement' &&
        work &&
        arg?.type === 'ArrayExpression' &&
        // The helper itself (`withTimeout(promise, ms)` built on the race) needs a rewrite, not a call.
        !(unwrap(work).type === 'Identifier' && isParameter(sourceCode, unwrap(work) as TSESTree.Identifier)) &&
        // A `withTimeout` the file declares itself (often the race being reported) is not the snippet's.
        canCallHelper(sourceCode, node, 'withTimeout')
      ) {
        const ms = sourceCode.getText(timer.delay);
        const threaded = threadSignal(work);
        suggest.push({
          messageId: 'useWithTimeout',
          data: { ms },
          fix: (fixer) => [
            fixer.replaceText(node, `withTimeout((signal) => ${threaded}, ${ms})`),
            ...helperFixes(context, fixer, 'no-unsafe-promise-race', ['withTimeout']),
          ],
        });
      }
      const what = timers.some(rejects)
        ? 'rejects on a timer'
        : 'settles on a timer';
      context.report({ node: node.callee, messageId: 'unsafeRace', data: { what }, suggest });
    }

    /** `await Promise.race([...]);` as a statement: nothing reads which side won. */
    function resultUnused(race: TSESTree.CallExpression): boolean {
      const p = race.parent;
      return p?.type === 'ExpressionStatement' || (p?.type === 'AwaitExpression' && p.parent?.type === 'ExpressionStatement');
    }

    /**
     * The timer only resolves (`setTimeout(resolve, 150)`): with the result unused, the race is a bounded
     * wait ("give the dispatch 150 ms, then go on"); the raced work is meant to go on running.
     */
    function resolvesOnly(timer: Timer): boolean {
      let executor: TSESTree.Node | undefined = timer.call.parent;
      while (executor && !(isFunction(executor) && executor.parent?.type === 'NewExpression')) executor = executor.parent;
      if (!executor || !isFunction(executor)) return false;
      const [res, rej] = executor.params.map((p) => (p.type === 'Identifier' ? p.name : undefined));
      if (!res) return false;
      const cb = timer.call.arguments[0];
      if (cb?.type === 'Identifier') return cb.name === res;
      if (!cb || !isFunction(cb)) return false;
      const body = sourceCode.getText(cb.body);
      return new RegExp(`\\b${res}\\s*\\(`).test(body) && !/\bthrow\b/.test(body) && !(rej && new RegExp(`\\b${rej}\\s*\\(`).test(body));
    }

    /**
     * A graceful-shutdown race (`await Promise.race([shutdown, timeout]); process.exit(0)`): the process
     * ends right after it, so neither the timer nor the losing work outlives it.
     */
    function exitsAfter(race: TSESTree.CallExpression): boolean {
      let stmt: TSESTree.Node = race;
      while (stmt.parent && stmt.parent.type !== 'BlockStatement' && stmt.parent.type !== 'Program' && !isFunction(stmt.parent)) stmt = stmt.parent;
      const block = stmt.parent;
      if (!block || (block.type !== 'BlockStatement' && block.type !== 'Program')) return false;
      const next = block.body[block.body.indexOf(stmt as TSESTree.Statement) + 1];
      const call = next?.type === 'ExpressionStatement' ? unwrap(next.expression) : undefined;
      return call?.type === 'CallExpression' && getDottedName(call.callee) === 'process.exit';
    }

    return {
      'CallExpression[callee.type="MemberExpression"][callee.property.name="race"]'(node: TSESTree.CallExpression) {
        try {
          if (getDottedName(node.callee) !== 'Promise.race') return;
          let arg: TSESTree.Node | undefined = node.arguments[0];
          if (!arg || arg.type === 'SpreadElement') return;
          arg = unwrap(arg);
          if (arg.type === 'Identifier') {
            const values = getBindingValues(sourceCode, arg);
            if (values?.length !== 1) return;
            arg = unwrap(values[0]!);
          }
          if (arg.type !== 'ArrayExpression') return;
          const timers: Timer[] = [];
          const works: TSESTree.Node[] = [];
          for (const el of arg.elements) {
            if (!el || el.type === 'SpreadElement') return; // first-of-N over a list: not a timeout race
            const t = classifyTimer(el);
            if (t) timers.push(t);
            else works.push(el);
          }
          if (timers.length === 0 || works.length === 0) return;
          if (timers.every((t) => isCleared(t))) return;
          if (works.some((w) => mentionsAbortSignal(sourceCode, w))) return;
          if (exitsAfter(node)) return;
          if (resultUnused(node) && timers.every(resolvesOnly)) return;
          report(node, timers, works);
        } catch {
          // never throw on half-typed code
        }
      },
    };
  },
});
