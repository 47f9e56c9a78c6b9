import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** Where a file sits in a Next.js / serverless app, decided from its path and its contents. */
export interface FileKind {
  /** Path with forward slashes. */
  readonly filename: string;
  /** App Router route handler: `app/**\/route.{js,ts,...}`. */
  readonly isAppRoute: boolean;
  /** Pages Router API route: `pages/api/**`. */
  readonly isPagesApi: boolean;
  /** `middleware.{js,ts}` (or Next 16 `proxy.{js,ts}`) at the project root or in `src/`. */
  readonly isMiddleware: boolean;
  /** The file starts with a `'use server'` directive. */
  readonly isServerActionFile: boolean;
  /**
   * The file starts with a `'use client'` directive, or is device code: React Native / Expo / Tauri app code (it
   * imports `react-native`, `expo-*` or `@tauri-apps/*`), or a file of a desktop, mobile or browser-extension app
   * of a monorepo (`apps/desktop/`, `apps/mobile/`, `apps/browser-extension/`...).
   */
  readonly isClient: boolean;
  /** The file imports a browser-only library for a value ({@link BROWSER_LIBRARY}: zustand, SWR, posthog-js...). */
  readonly importsBrowserLibrary: boolean;
  /** The file imports `server-only`, `next/server`, `next/headers`, a DB/ORM client, a server SDK, or a server framework for a value (Express, Hono, tRPC's server...; type-only imports of an ORM's model types or of a framework do not count). */
  readonly isServerOnly: boolean;
  /**
   * The path says server code (`/api/`, `/server/`, `/actions/`, `/backend/`, `/functions/`); not an `api/` folder of
   * a monorepo's shared package (`packages/helpers/api/`), which may as well be the browser's API client.
   */
  readonly hasServerPath: boolean;
  /** The path says client code (`/components/`, `/hooks/`, `/contexts/`, `/providers/`, `/store/`). */
  readonly hasClientPath: boolean;
  /**
   * Test, spec, story, fixture or e2e file, a module that imports a test framework or helper ({@link TEST_LIBRARY}),
   * or a file of the tools around the code that never ships ({@link NOT_SHIPPED_DIR}: `.claude/`, `.github/`...).
   */
  readonly isTest: boolean;
  /**
   * A vendored third-party build: it opens with another party's license banner (`/*!`, `@license`,
   * `Copyright (c)`) and is either minified or a static asset under `public/` (dify's `web/public/vs/`
   * Monaco workers, postiz's `public/f.js` Facebook pixel SDK). Nothing in it is the app's code to fix,
   * so {@link isTest} is true for it too and every rule that skips tests skips it.
   */
  readonly isVendored: boolean;
  /** A request entry point: route handler, Pages API route, middleware or server actions file. */
  readonly isEntryPoint: boolean;
  /** Code that runs on the server: an entry point, or a server-only module, and not `'use client'`. */
  readonly isServer: boolean;
  /** The module specifiers this file imports (static imports and `require` of literals). */
  readonly imports: ReadonlySet<string>;
}

const ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
const PAGES_API = /(?:^|\/)pages\/api\/.+\.[cm]?[jt]sx?$/;
const MIDDLEWARE = /(?:^|\/)(?:middleware|proxy)\.[cm]?[jt]s$/;
// `_tests/` and `test-utils/` too (langwatch's `skills/_tests/helpers/`, `src/test-utils/`): folders of test helpers.
const TEST_FILE =
  /(?:\.(?:test|spec|stories|story|e2e|cy|setup)\.[cm]?[jt]sx?$)|(?:(?:^|\/)[^/]*[Hh]arness\.[cm]?[jt]sx?$)|(?:(?:^|\/)(?:__tests__|__mocks__|__fixtures__|_?tests?|test-utils|unit-tests?|integration-tests?|e2e|cypress|playwright|fixtures|mocks?)\/)/;
/**
 * Test frameworks and their helpers: a module that imports one for a value is test support wherever it sits
 * (hyperdx's `packages/api/src/fixtures.ts` imports `supertest`; Payload's plugin template's `dev/payload.config.ts`, the
 * local harness of the plugin, starts `mongodb-memory-server`, an in-memory MongoDB for tests). Not `playwright` / `puppeteer`, which apps
 * also run in production (scraping, PDF rendering); `@playwright/test` is the test runner.
 */
const TEST_LIBRARY = /^(?:vitest|jest|@jest\/globals|@playwright\/test|supertest|@testing-library\/[\w-]+|msw|nock|sinon|chai|mocha|cypress|@vitest\/[\w-]+|mongodb-memory-server(?:-core)?)(?:\/|$)/;
/**
 * Folders of tools around the code that never ship with the app: coding agents' skills and commands
 * (civitai's `.claude/skills/*`: a local browser-automation server, API scripts; lobe-chat's `.agents/acceptance/`), CI workflows' scripts, git
 * hooks, dev containers, Storybook's config.
 */
const NOT_SHIPPED_DIR = /(?:^|\/)\.(?:claude|cursor|windsurf|codex|agents?|github|husky|devcontainer|storybook)\//;
const SERVER_PATH = /(?:^|\/)(?:api|server|actions|backend|functions|lambda|lambdas|workers?)\//;
/** The folders of {@link SERVER_PATH} other than `api/`. */
const SERVER_PATH_NOT_API = /(?:^|\/)(?:server|actions|backend|functions|lambda|lambdas|workers?)\//;
/**
 * An `api/` folder inside a monorepo's shared package (`packages/<pkg>/api/`, `packages/<pkg>/src/api/`),
 * not under an `app/` or `pages/` folder, in a package not itself named for a server (`packages/api/`,
 * `packages/server/`...). A shared package is imported by the browser app as much as by the server, and
 * its `api/` folder holds either: the browser's client of the app's API (heyxyz/hey's
 * `packages/helpers/api/getPreferences.ts`, an `axios.get` of `${HEY_API_URL}/preferences/get` for a React
 * provider) or the API's handlers (typebot's `packages/billing/src/api/`).
 */
const SHARED_PACKAGE_API =
  /(?:^|\/)packages\/(?!(?:api|server|backend|functions|lambdas?|workers?)\/)(?:(?!(?:app|pages)\/)[^/]+\/)+?api\//;
/**
 * Whether the path says server code ({@link SERVER_PATH}). An `api/` folder of a shared package
 * ({@link SHARED_PACKAGE_API}) says nothing either way: there the file needs other server evidence.
 */
function isServerPath(file: string): boolean {
  if (!SERVER_PATH.test(file)) return false;
  return SERVER_PATH_NOT_API.test(file) || !SHARED_PACKAGE_API.test(file);
}
/** A license banner at the top of a file: a minifier's preserved comment (`/*!`), `@license`, a copyright line. */
const LICENSE_BANNER = /^!|@license\b|\bcopyright\s+(?:\(c\)|©|\d{4})/i;
/** A top-level statement that ends past this column: minified code, written on one line. */
const MINIFIED_COLUMN = 1000;
/**
 * A static `public/` folder of an app, at the root or up to two folders down (`web/public/`,
 * `apps/frontend/public/`), not inside server code (`pages/api/public/`, `src/server/api/public/`).
 */
const ANY_PUBLIC_DIR = /^(?:(?!(?:api|src|server|lib|pages|app|routes)\/)[^/]+\/){0,2}public\//;

/**
 * A vendored third-party build ({@link FileKind.isVendored}): a license banner before any code, and
 * either minified code or a path under a `public/` folder. The app's own source is neither minified nor
 * served raw from `public/`, so a license banner of its own (a company's copyright header) never counts.
 */
function isVendoredBuild(file: string, program: TSESTree.Program): boolean {
  const first = program.comments?.[0];
  if (!first || first.type !== 'Block' || !LICENSE_BANNER.test(first.value)) return false;
  const firstCode = program.body[0];
  if (firstCode && firstCode.range[0] < first.range[0]) return false;
  if (ANY_PUBLIC_DIR.test(file)) return true;
  return program.body.some((stmt) => stmt.loc.end.column > MINIFIED_COLUMN);
}

/** Files under a Next.js app's `public/` folder (at the root or in a workspace app): browser assets. */
const PUBLIC_ASSET = /^(?:(?:apps|packages)\/[^/]+\/)?public\//;
const CLIENT_PATH = /(?:^|\/)(?:components|hooks|contexts?|providers|store|stores|ui|client-only|frontend)\//;
/**
 * A service worker's source (`app/sw.ts`, `src/service-worker.ts`, Serwist / next-pwa's entry): the browser installs it and
 * runs it between the page and the network, so its `fetch(event.request)` and `new Response(...)` never leave the
 * user's device. Named so, and declaring the worker scope (`declare const self: ServiceWorkerGlobalScope`) or
 * listening on it (`self.addEventListener('fetch', ...)`): a Cloudflare Worker in service-worker syntax listens on
 * the global `addEventListener` in a file named for the worker, not `sw.ts`.
 */
const SERVICE_WORKER_FILE = /(?:^|\/)(?:sw|service-?worker|serviceWorker)\.[cm]?[jt]s$/i;
function isServiceWorker(file: string, program: TSESTree.Program): boolean {
  if (!SERVICE_WORKER_FILE.test(file)) return false;
  return program.body.some((stmt) => {
    if (stmt.type === 'VariableDeclaration' && stmt.declare) {
      return stmt.declarations.some((d) => {
        const t = d.id.typeAnnotation?.typeAnnotation;
        return t?.type === 'TSTypeReference' && t.typeName.type === 'Identifier' && t.typeName.name === 'ServiceWorkerGlobalScope';
      });
    }
    if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'CallExpression') return false;
    const callee = stmt.expression.callee;
    return (
      callee.type === 'MemberExpression' &&
      callee.object.type === 'Identifier' &&
      callee.object.name === 'self' &&
      callee.property.type === 'Identifier' &&
      callee.property.name === 'addEventListener'
    );
  });
}

/** Module specifiers whose import marks a module as server code. */
const SERVER_ONLY_MODULES = new Set([
  'server-only',
  'next/server',
  'next/headers',
  'next/cache',
  '@prisma/client',
  'pg',
  'postgres',
  'mysql',
  'mysql2',
  'mysql2/promise',
  'mongoose',
  'mongodb',
  'ioredis',
  'redis',
  '@neondatabase/serverless',
  '@vercel/postgres',
  '@planetscale/database',
  'kysely',
  'firebase-admin',
  'stripe',
  'openai',
  '@anthropic-ai/sdk',
  'resend',
  'nodemailer',
  '@supabase/ssr',
  'jsonwebtoken',
  'bcrypt',
  'bcryptjs',
  'crypto',
  'fs',
  'fs/promises',
  'child_process',
  'next-auth',
  '@clerk/nextjs/server',
]);
const SERVER_ONLY_PREFIXES = ['node:', 'drizzle-orm', '@prisma/', 'firebase-admin/', '@aws-sdk/', 'next-auth/'];
/**
 * Server frameworks: a module that imports one for a value builds an app, a router or a procedure, and
 * serves requests. Type-only imports do not count (`import type { inferRouterOutputs } from '@trpc/server'`
 * in a client's tRPC setup), nor do Hono's browser entry points (`hc` from `hono/client`, `hono/jsx/dom`).
 */
const SERVER_FRAMEWORK = /^(?:express|fastify|koa|elysia|@orpc\/server|@hono\/node-server|@nestjs\/[\w-]+|@trpc\/server(?:\/[\w/-]+)?|hono(?:\/(?!client|jsx\/dom)[\w/-]+)?)$/;

/**
 * Libraries that only run in the browser (client state, data hooks, animation, browser analytics SDKs, Lit's web
 * components: onyx's embeddable chat widget): a module importing one is client code even without `'use client'`
 * (a zustand store in `features/`).
 */
export const BROWSER_LIBRARY =
  /^(?:lit|lit-element|react-dom|react-native|zustand|jotai|recoil|valtio|swr|@tanstack\/react-(?:query|db)|framer-motion|posthog-js|mixpanel-browser|@amplitude\/analytics-browser|@sentry\/browser|@segment\/analytics-next)(?:\/|$)/;

/**
 * React Native, Expo, Tauri and Electron modules: app code that runs on the phone, in a desktop app's webview or in
 * an Electron main process on the user's machine (khoj's `src/interface/desktop/main.js` syncing files), never on a server.
 */
const MOBILE_RUNTIME = /^(?:react-native|expo|expo-[\w-]+|@react-native\/[\w-]+|@react-native-[\w-]+\/[\w-]+|@tauri-apps\/[\w-]+|electron)(?:\/|$)/;

/**
 * A monorepo app that runs on the user's device, never as a server: a desktop app (Electron, Tauri), a
 * mobile app, a browser extension (CapSoftware/Cap's `apps/desktop/`, karakeep's `apps/browser-extension/`);
 * also such an app at the repository root beside the web app (onyx's Expo app in `mobile/`, easy-dataset's
 * Electron main process in `electron/`; not a root `desktop/`, which can hold a server launcher).
 */
const DEVICE_APP =
  /(?:^|\/)apps\/(?:desktop|electron|mobile|native|expo|chrome-extension|browser-extension|web-extension|extension)\/|(?:^|\/)packages\/(?:chrome-|browser-|web-)?extension\/|^(?:electron|mobile|expo|chrome-extension|browser-extension|web-extension)\//;

/** Client entry points under a server-only prefix: `useSession()` / `signIn()` from `next-auth/react` run in the browser. */
const CLIENT_ENTRIES = new Set(['next-auth/react', 'next-auth/webauthn']);

/** Whether `spec` is a server framework ({@link SERVER_FRAMEWORK}: Express, Fastify, Koa, Hono, tRPC's server, NestJS...). */
export function isServerFramework(spec: string): boolean {
  return SERVER_FRAMEWORK.test(spec);
}

/** Whether importing `spec` marks a module as server code (`server-only`, `next/headers`, a DB client, a Node built-in). */
export function isServerModule(spec: string): boolean {
  if (SERVER_ONLY_MODULES.has(spec)) return true;
  if (CLIENT_ENTRIES.has(spec)) return false;
  return SERVER_ONLY_PREFIXES.some((p) => spec.startsWith(p)) || SERVER_FRAMEWORK.test(spec);
}

/** The directive prologue of a program: `'use client'`, `'use server'`, `'use strict'`... */
export function getDirectives(body: readonly TSESTree.Node[]): string[] {
  const out: string[] = [];
  for (const stmt of body) {
    if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'Literal') break;
    const value = stmt.expression.value;
    if (typeof value !== 'string') break;
    out.push(value);
  }
  return out;
}

/**
 * The module specifiers a file imports (static imports, re-exports, `require()` of literals); `valueImports`
 * gets those imported for a value, i.e. not only by `import type`.
 */
function collectImports(program: TSESTree.Program, valueImports: Set<string>): Set<string> {
  const imports = new Set<string>();
  const add = (spec: string, value = true) => {
    imports.add(spec);
    if (value) valueImports.add(spec);
  };
  for (const stmt of program.body) {
    if (stmt.type === 'ImportDeclaration') {
      add(stmt.source.value, !isTypeOnlyImport(stmt));
    } else if (
      (stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') &&
      stmt.source
    ) {
      add(stmt.source.value);
    } else if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations) {
        const init = d.init;
        if (
          init?.type === 'CallExpression' &&
          init.callee.type === 'Identifier' &&
          init.callee.name === 'require' &&
          init.arguments[0]?.type === 'Literal' &&
          typeof init.arguments[0].value === 'string'
        ) {
          add(init.arguments[0].value);
        }
      }
    } else if (
      stmt.type === 'ExpressionStatement' &&
      stmt.expression.type === 'CallExpression' &&
      stmt.expression.callee.type === 'Identifier' &&
      stmt.expression.callee.name === 'require' &&
      stmt.expression.arguments[0]?.type === 'Literal' &&
      typeof stmt.expression.arguments[0].value === 'string'
    ) {
      add(stmt.expression.arguments[0].value);
    }
  }
  return imports;
}

/** ORM packages whose types are the app's data model, imported by browser code too. */
const MODEL_TYPE_MODULE = /^(?:@prisma\/|drizzle-orm|kysely$)/;

/**
 * next-auth's session shapes: browser code types its `session` props and `useSession()` data with them
 * (AgentGPT's `services/api-utils.ts` puts `session.accessToken` in an axios header), so a type-only import
 * of them says nothing of where a module runs. `NextAuthOptions` / `AuthOptions` (the server config) still do.
 */
const SESSION_TYPES = new Set(['Session', 'DefaultSession', 'User', 'DefaultUser']);

/** Whether every import of `next-auth` in the program is type-only and names only {@link SESSION_TYPES}. */
function importsOnlySessionTypes(program: TSESTree.Program): boolean {
  let any = false;
  for (const stmt of program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== 'next-auth') continue;
    if (!isTypeOnlyImport(stmt)) return false;
    for (const sp of stmt.specifiers) {
      if (sp.type !== 'ImportSpecifier' || sp.imported.type !== 'Identifier' || !SESSION_TYPES.has(sp.imported.name)) return false;
    }
    any = true;
  }
  return any;
}

/** `import type { A } from 'x'`, `import { type A, type B } from 'x'`: erased at compile time, nothing of `x` runs. */
function isTypeOnlyImport(stmt: TSESTree.ImportDeclaration): boolean {
  if (stmt.importKind === 'type') return true;
  return stmt.specifiers.length > 0 && stmt.specifiers.every((sp) => sp.type === 'ImportSpecifier' && sp.importKind === 'type');
}

const cache = new WeakMap<TSESTree.Program, FileKind>();

/** Normalizes a path to forward slashes. */
export function normalizePath(filename: string): string {
  // Called several times per file; most paths (POSIX) have no backslash to replace.
  return filename.includes('\\') ? filename.replace(/\\/g, '/') : filename;
}

/**
 * The path the rules classify: relative to ESLint's working directory when the file is inside it, so
 * that the folders above the project (`/home/me/api/...`) never count as `api/`.
 */
export function projectPath(filename: string, cwd: string | undefined): string {
  const file = normalizePath(filename);
  const base = cwd ? normalizePath(cwd).replace(/\/$/, '') : '';
  return base && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}

/** Classifies the file being linted from its path and its AST. Cached per Program node, so every rule shares one result. */
export function getFileKind(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileKind {
  const program = context.sourceCode.ast;
  const hit = cache.get(program);
  if (hit) return hit;
  return classifyFile(projectPath(context.filename, context.cwd), program);
}

/** Classifies a file from its (project-relative) path and its AST. */
export function classifyFile(filename: string, program: TSESTree.Program): FileKind {
  const file = normalizePath(filename);
  const directives = getDirectives(program.body);
  const valueImports = new Set<string>();
  const imports = collectImports(program, valueImports);
  // `'use client'`, or a React Native / Expo module (not an Expo Router `+api.ts` route): code that runs on the user's device.
  const isClient =
    directives.includes('use client') ||
    // A static asset (`public/workers/pdf.worker.min.mjs`): Next.js serves `public/` to the browser as is.
    PUBLIC_ASSET.test(file) ||
    // A service worker (`app/sw.ts`): it runs in the browser, between the page and the network.
    isServiceWorker(file, program) ||
    // An Expo Router API route (`+api.ts`) runs on a server, even in a mobile app.
    (!/\+api\.[cm]?[jt]sx?$/.test(file) &&
      (DEVICE_APP.test(file) || [...valueImports].some((spec) => MOBILE_RUNTIME.test(spec) && !/^expo-(?:router\/)?server/.test(spec))));
  const isServerActionFile = directives.includes('use server');
  const isAppRoute = ROUTE_FILE.test(file);
  const isPagesApi = PAGES_API.test(file);
  const isMiddleware = MIDDLEWARE.test(file) && !/(?:^|\/)(?:lib|utils|components)\//.test(file);
  let isServerOnly = false;
  for (const spec of imports) {
    // `import type { EnvelopeItem } from '@prisma/client'`: browser code shares the data model's types, so
    // they say nothing of where it runs; nor do next-auth's session shapes (`import type { Session }`). Other type-only imports still do (`import type { Transport }
    // from 'nodemailer'` implements a server interface).
    if (
      isServerModule(spec) &&
      (valueImports.has(spec) || (!MODEL_TYPE_MODULE.test(spec) && !SERVER_FRAMEWORK.test(spec) && !(spec === 'next-auth' && importsOnlySessionTypes(program))))
    ) {
      isServerOnly = true;
      break;
    }
  }
  const isEntryPoint = !isClient && (isAppRoute || isPagesApi || isMiddleware || isServerActionFile);
  const isVendored = !isEntryPoint && isVendoredBuild(file, program);
  const kind: FileKind = {
    filename: file,
    isAppRoute,
    isPagesApi,
    isMiddleware,
    isServerActionFile,
    isClient,
    isServerOnly,
    hasServerPath: isServerPath(file),
    hasClientPath: CLIENT_PATH.test(file),
    isVendored,
    isTest: isVendored || TEST_FILE.test(file) || NOT_SHIPPED_DIR.test(file) || [...valueImports].some((spec) => TEST_LIBRARY.test(spec)),
    isEntryPoint,
    isServer: !isClient && (isEntryPoint || isServerOnly),
    importsBrowserLibrary: [...valueImports].some((spec) => BROWSER_LIBRARY.test(spec)),
    imports,
  };
  cache.set(program, kind);
  return kind;
}

/**
 * Folders of dev tooling that never serve a request: scripts, executables, CLIs, database seeds, Turborepo's
 * code generators (`turbo/generators/`), and a
 * `tools/` folder at the project root (big-AGI's `tools/develop/`; not `lib/ai/tools/`, an AI SDK's tools). Every
 * rule that skips tooling skips these; some skip more (their own regexes add evals/, examples/...).
 */
export const DEV_TOOLING_DIR = /(?:^|\/)(?:scripts?|bin|cli|seeds?|turbo\/generators)\/|^tools\//;

/**
 * What a command-line script does and a module that serves requests does not: a shebang, argv / stdin,
 * `process.exit()`, a top-level `main()` call (or of a test runner, `testSequenceAPIs()`, `runTests()`: chimera-leads'
 * `test-sequences-api.js`, run with `node` against the dev server), or an import of an argument-parsing or
 * interactive-prompt library (an `inquirer` setup wizard reads no argv).
 */
const CLI_SIGNAL =
  /^#!|(?:^|\n)(?:void\s+|await\s+)?(?:main|test[A-Z]\w*|run(?:All)?Tests)\s*\(\s*\)|\bprocess\s*\.\s*(?:argv|stdin)\b|\bprocess\s*\.\s*exit\s*\(|(?:\bfrom|\brequire\s*\(|\bimport\s*\()\s*['"](?:inquirer|@inquirer\/prompts|prompts|@clack\/prompts|enquirer|commander|yargs|yargs\/yargs|meow|cac|citty)['"]/;
/**
 * What a long-running process does (a custom server, an Express app, a queue worker), even when it
 * also reads `process.argv` or calls `process.exit()`: its handlers serve requests or jobs.
 */
const SERVER_SIGNAL =
  /\.listen\s*\(|\bcreateServer\s*\(|\bserve\s*\(|\bprocess\s*\.\s*on\s*\(\s*['"]SIG|\bsetInterval\s*\(|\bnew\s+Worker\s*\(|\b(?:app|router|server|fastify|api|hono)\s*\.\s*(?:get|post|put|patch|delete|use|route|all)\s*\(/;

/** An import of an interactive terminal prompt library: the script asks a person at a terminal. */
const PROMPT_IMPORT = /(?:\bfrom|\brequire\s*\(|\bimport\s*\()\s*['"](?:inquirer|@inquirer\/[\w-]+|prompts|@clack\/prompts|enquirer|inquirer-[\w-]+)['"]/;

const cliCache = new WeakMap<TSESTree.Program, boolean>();

/**
 * A command-line script wherever it sits (`delete-team.js` at the repository root): it exports nothing,
 * so no route can import it (or it starts with a shebang: an executable, whose exports serve its own tests), and it reads `process.argv` / `process.stdin`, calls `process.exit()` or
 * starts with a shebang, and starts no server or worker (`.listen()`, `app.get(...)`, a SIGTERM
 * handler, `setInterval`). Its state lives for one run and its loops serve no request.
 */
export function isCliScript(program: TSESTree.Program, text: string): boolean {
  const hit = cliCache.get(program);
  if (hit !== undefined) return hit;
  // The exports first: most modules export something, and a look at the top-level statements is
  // much cheaper than the two scans of the text.
  // A shebang makes the file an executable: what it exports is for its own tests (stack-auth's `init-stack/index.mjs`
  // setup wizard exports a template helper), not for a route.
  const exports = !text.startsWith('#!') && hasRuntimeExports(program);
  // A wizard that prompts at a terminal stays a command-line script when it also opens a socket (sourcebot's
  // setup wizard probes whether a port is free with `net.createServer().listen(port)`).
  const result = !exports && CLI_SIGNAL.test(text) && (!SERVER_SIGNAL.test(text) || PROMPT_IMPORT.test(text));
  cliCache.set(program, result);
  return result;
}

/** Whether a module exports anything at runtime (ES or CommonJS exports; type-only exports leave nothing). */
function hasRuntimeExports(program: TSESTree.Program): boolean {
  for (const stmt of program.body) {
    // A type-only export (`export interface DockerComposeFile`, `export type { X }`: openpanel's self-hosting
    // quiz) leaves nothing at runtime for a route to import.
    if (stmt.type === 'ExportNamedDeclaration' && isTypeOnlyExport(stmt)) continue;
    if (
      stmt.type === 'ExportNamedDeclaration' ||
      stmt.type === 'ExportDefaultDeclaration' ||
      stmt.type === 'ExportAllDeclaration' ||
      stmt.type === 'TSExportAssignment' ||
      (stmt.type === 'ExpressionStatement' && assignsCommonJsExport(stmt.expression))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A module run as a program, whose top-level code runs once per run: it exports nothing (no route or server module
 * can import anything from it) and starts no server or worker (tavla's `graphql-tools/introspect.js`, run by hand to
 * fetch the GraphQL schema and write it to a file). Unlike {@link isCliScript} it needs no argv or `process.exit()`;
 * callers ask it only about top-level code, and not of request entry points.
 */
export function isRunOnceModule(program: TSESTree.Program, text: string): boolean {
  return !hasRuntimeExports(program) && !SERVER_SIGNAL.test(text);
}

/** `export interface X {}`, `export type X = ...`, `export type { X }`: nothing at runtime. */
function isTypeOnlyExport(stmt: TSESTree.ExportNamedDeclaration): boolean {
  if (stmt.exportKind === 'type') return true;
  const decl = stmt.declaration;
  return !!decl && (decl.type === 'TSInterfaceDeclaration' || decl.type === 'TSTypeAliasDeclaration' || (decl.type === 'TSModuleDeclaration' && decl.declare) || (decl.type === 'VariableDeclaration' && decl.declare));
}

/** `module.exports = ...`, `module.exports.x = ...`, `exports.x = ...`. */
function assignsCommonJsExport(expr: TSESTree.Expression): boolean {
  if (expr.type !== 'AssignmentExpression') return false;
  let target: TSESTree.Node = expr.left;
  while (target.type === 'MemberExpression') {
    const obj: TSESTree.Node = target.object;
    if (obj.type === 'Identifier' && (obj.name === 'exports' || (obj.name === 'module' && target.property.type === 'Identifier' && target.property.name === 'exports'))) {
      return true;
    }
    target = obj;
  }
  return false;
}

/** A database seed module by its name (`seed.ts`, `seed-data.ts`, `seeds.mjs`), wherever it sits. */
const SEED_FILE = /(?:^|\/)seeds?(?:[-_.][\w-]+)*\.[cm]?[jt]s$/;

/** A database seed module (`src/lib/actions/seed.ts`), unless it is a request entry point. */
export function isSeedFile(kind: FileKind): boolean {
  return !kind.isEntryPoint && SEED_FILE.test(kind.filename);
}

/**
 * Smart-contract tooling (Hardhat and its plugins): deploy and task scripts that the team runs by hand
 * against a chain (heyxyz/hey's `packages/contracts/deploy/`), never a request handler.
 */
const CONTRACT_TOOLING = /^(?:hardhat(?:\/|$)|@nomicfoundation\/|@nomiclabs\/|@matterlabs\/hardhat-|hardhat-)/;

/**
 * Whether `toolingPath` (a rule's regex of tooling folders and files) places the file in tooling. A route whose
 * tooling-named folder or file sits inside the app's routing tree (`app/api/seed/route.ts`, `pages/api/seed.ts`,
 * `app/api/examples/route.ts`) is served in production like any other route, so it is not; a Next app kept under
 * a tooling folder (`tools/devtools/app/api/x/route.ts`) is.
 */
export function isToolingPath(kind: FileKind, toolingPath: RegExp): boolean {
  if (!toolingPath.test(kind.filename)) return false;
  if (!kind.isAppRoute && !kind.isPagesApi) return true;
  const root = /(?:^|\/)(?:app|pages)\//.exec(kind.filename);
  return !root || toolingPath.test(kind.filename.slice(0, root.index + 1));
}

/**
 * Dev tooling: a file under a tooling folder ({@link DEV_TOOLING_DIR}), a seed module ({@link isSeedFile}),
 * a command-line script ({@link isCliScript}) or a Hardhat script ({@link CONTRACT_TOOLING}).
 */
export function isDevTooling(kind: FileKind, program: TSESTree.Program, text: string): boolean {
  if (isToolingPath(kind, DEV_TOOLING_DIR) || isSeedFile(kind)) return true;
  if (kind.isEntryPoint) return false;
  for (const spec of kind.imports) if (CONTRACT_TOOLING.test(spec)) return true;
  return isCliScript(program, text);
}

/** A code generator's banner: `Code generated by Speakeasy (https://speakeasy.com). DO NOT EDIT.`, `@generated`. */
const GENERATED_BANNER = /\bDO NOT EDIT\b|^\s*\*?\s*@generated\b|\bCode generated by\b/im;

/**
 * A generated module: its first comment, before any code, is a generator's banner (unkey's Speakeasy SDK
 * `types/unrecognized.ts`). Regenerating it undoes any edit, so what a rule finds there is the generator's to fix.
 */
export function isGeneratedFile(program: TSESTree.Program): boolean {
  const first = program.comments?.[0];
  if (!first) return false;
  const code = program.body[0];
  if (code && code.range[0] < first.range[0]) return false;
  return GENERATED_BANNER.test(first.value);
}

/** Modules only browser code imports: the app's browser Supabase/Firebase client, toast libraries, UI components. */
const BROWSER_MODULE = /(?:^|\/)(?:supabase|firebase)\/client$|^(?:sonner|react-hot-toast|react-toastify)$|^(?:@\/|~\/|\.{1,2}\/)(?:.*\/)?components\/ui\//;

/**
 * A module with no server sign that imports browser-only modules (`@/lib/supabase/client`, a toast):
 * client code without a `'use client'` line (zola's lib/file-handling.ts). Entry points and server-only
 * modules never count.
 */
export function importsBrowserModule(kind: FileKind): boolean {
  if (kind.isEntryPoint || kind.isServerOnly || kind.hasServerPath) return false;
  for (const spec of kind.imports) if (BROWSER_MODULE.test(spec)) return true;
  return false;
}

/**
 * Whether the module value-imports a React hook (`useXxx`) from `react` or, with `fromApp`, from one of the app's own
 * modules (`@/`, `~/`, relative: `useEditorBlockStatusStore` from `@/app/stores/...`): server components cannot call
 * hooks, so the module runs in the browser. `import { cache } from 'react'` is no hook.
 */
export function importsReactHook(program: TSESTree.Program, fromApp: boolean): boolean {
  return program.body.some(
    (st) =>
      st.type === 'ImportDeclaration' &&
      st.importKind !== 'type' &&
      (st.source.value === 'react' || (fromApp && /^(?:@\/|~\/|\.{1,2}\/)/.test(String(st.source.value)))) &&
      st.specifiers.some(
        (sp) => sp.type === 'ImportSpecifier' && sp.importKind !== 'type' && sp.imported.type === 'Identifier' && /^use[A-Z]/.test(sp.imported.name),
      ),
  );
}
