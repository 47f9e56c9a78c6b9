import { parse } from '@typescript-eslint/parser';
import { describe, expect, it, vi } from 'vitest';
import { Linter } from 'eslint';
import { classifyFile, isCliScript, projectPath } from '../src/utils/file-kind';
import { getDottedName, splitWords } from '../src/utils/ast';
import { compilePatterns } from '../src/utils/options';
import { cryptoRuntimeOf, isEdgeRuntime } from '../src/utils/runtime';
import { isSecretEnvName } from '../src/utils/compare-vocab';
import { isUserGateWrapperName } from '../src/utils/auth-vocab';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { addImports } from '../src/utils/snippets';
import { getFactoryCall, getImportedName, resolveThisMethod, thisFieldValues } from '../src/utils/data-flow';
import { isDesktopAppModule } from '../src/utils/project';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const program = (code: string) => parse(code, { jsx: true, range: true, loc: true }) as unknown as TSESTree.Program;

describe('isEdgeRuntime', () => {
  const edge = (file: string, code: string) => {
    const p = program(code);
    return isEdgeRuntime(classifyFile(file, p), p);
  };
  it('middleware runs on Edge unless its config says nodejs; a Next 16 proxy never does', () => {
    expect(edge('middleware.ts', 'export function middleware() {}')).toBe(true);
    expect(edge('src/middleware.js', 'export function middleware() {}')).toBe(true);
    expect(edge('middleware.ts', "export const config = { runtime: 'nodejs', matcher: ['/api/:path*'] };")).toBe(false);
    expect(edge('proxy.ts', 'export function proxy() {}')).toBe(false);
    expect(edge('lib/middleware.ts', 'export function middleware() {}')).toBe(false);
  });
  it('a module that declares the edge runtime (segment config, Pages config), and nothing else', () => {
    expect(edge('app/api/x/route.ts', "export const runtime = 'edge';")).toBe(true);
    expect(edge('app/api/x/route.ts', "export const runtime = 'edge' as const;")).toBe(true);
    expect(edge('app/og/route.tsx', 'export const runtime = "experimental-edge";')).toBe(true);
    expect(edge('pages/api/x.ts', "export const config = { runtime: 'edge' };")).toBe(true);
    expect(edge('app/api/x/route.ts', "export const runtime = 'nodejs';")).toBe(false);
    expect(edge('app/api/x/route.ts', "const runtime = 'edge';")).toBe(false);
    expect(edge('app/api/x/route.ts', 'export async function GET() {}')).toBe(false);
  });
  it("cryptoRuntimeOf (the editor's snippet choice): the rules' answer for an absolute path made project-relative with cwd", () => {
    expect(cryptoRuntimeOf('/home/me/lib/app/middleware.ts', program('export function middleware() {}'), '/home/me/lib/app')).toBe('edge');
    expect(cryptoRuntimeOf('/home/me/app/lib/middleware.ts', program('export function middleware() {}'), '/home/me/app')).toBe('node');
    expect(cryptoRuntimeOf('/home/me/app/app/api/x/route.ts', program("export const runtime = 'edge';"), '/home/me/app')).toBe('edge');
    expect(cryptoRuntimeOf('app/api/x/route.ts', program("export const runtime = 'nodejs';"))).toBe('node');
    // Client code: a 'use client' module, a component, a module importing a browser-only library.
    expect(cryptoRuntimeOf('/home/me/app/lib/pkce.ts', program("'use client';\nexport const v = 1;"), '/home/me/app')).toBe('browser');
    expect(cryptoRuntimeOf('app/login/page.tsx', program('export default function Page() { return null; }'))).toBe('browser');
    expect(cryptoRuntimeOf('lib/store.ts', program("import { create } from 'zustand';"))).toBe('browser');
    expect(cryptoRuntimeOf('lib/tokens.ts', program('export const v = 1;'))).toBe('node');
  });
});

describe('classifyFile', () => {
  it.each([
    ['app/api/chat/route.ts', 'isAppRoute'],
    ['src/app/api/users/[id]/route.js', 'isAppRoute'],
    ['pages/api/hello.ts', 'isPagesApi'],
    ['src/pages/api/auth/[...nextauth].ts', 'isPagesApi'],
    ['middleware.ts', 'isMiddleware'],
    ['src/middleware.js', 'isMiddleware'],
  ] as const)('%s is %s', (file, key) => {
    expect(classifyFile(file, program('export const x = 1;'))[key]).toBe(true);
  });

  it('takes a vendored third-party build (license banner, and minified or under public/) for code not to review', () => {
    const withComments = (code: string) => parse(code, { jsx: true, range: true, loc: true, comment: true }) as unknown as TSESTree.Program;
    const minified = `var a=${JSON.stringify('x'.repeat(1200))};fetch(a);`;
    const banner = '/*!---\n * Copyright (c) Some Vendor. All rights reserved.\n * Released under the MIT license\n *---*/\n';
    // dify's Monaco workers in web/public/vs/, postiz's Facebook pixel SDK in apps/frontend/public/f.js.
    expect(classifyFile('web/public/vs/base/worker/workerMain.js', withComments(banner + minified)).isVendored).toBe(true);
    expect(classifyFile('apps/frontend/public/f.js', withComments("/**\n * Copyright (c) 2017-present, Facebook, Inc. All rights reserved.\n */\nsessionStorage.setItem('k', JSON.stringify({ graphToken: t }));")).isTest).toBe(true);
    expect(classifyFile('lib/vendor/sdk.min.js', withComments('/*! sdk v1.2 | @license MIT */\n' + minified)).isVendored).toBe(true);
    // The app's own code: a company copyright header on readable source, no banner on a public script,
    // a banner after code, a route (always the app's), a public/ folder inside server code.
    expect(classifyFile('lib/auth.ts', withComments("/**\n * Copyright (c) 2024 Acme Inc.\n */\nexport const token = 'x';")).isVendored).toBe(false);
    expect(classifyFile('public/sw.js', withComments("self.addEventListener('fetch', () => {});")).isVendored).toBe(false);
    expect(classifyFile('lib/a.js', withComments(minified + '\n/*! @license MIT */')).isVendored).toBe(false);
    expect(classifyFile('pages/api/public/ingest.ts', withComments('/*! Copyright (c) Acme */\nexport default function h() {}')).isVendored).toBe(false);
    expect(classifyFile('src/server/api/public/keys.ts', withComments('/**\n * Copyright (c) 2024 Acme Inc.\n */\nexport const k = 1;')).isVendored).toBe(false);
  });

  it('takes a module importing a test framework or helper for test support, wherever it sits', () => {
    expect(classifyFile('packages/api/src/fixtures.ts', program("import request from 'supertest';\nexport const MOCK_USER = { password: 'x' };")).isTest).toBe(true);
    expect(classifyFile('src/test-utils.tsx', program("import { render } from '@testing-library/react';")).isTest).toBe(true);
    expect(classifyFile('lib/helpers.ts', program("import { vi } from 'vitest';")).isTest).toBe(true);
    // Type-only imports, and browser automation apps run in production, do not count.
    expect(classifyFile('lib/types.ts', program("import type { Test } from 'supertest';")).isTest).toBe(false);
    expect(classifyFile('lib/scrape.ts', program("import { chromium } from 'playwright';")).isTest).toBe(false);
    expect(classifyFile('lib/pdf.ts', program("import puppeteer from 'puppeteer';")).isTest).toBe(false);
  });

  it('takes a value import of a server framework for server code, not a type import or its browser client', () => {
    expect(classifyFile('packages/api/src/router/post.ts', program("import { TRPCError } from '@trpc/server';")).isServer).toBe(true);
    expect(classifyFile('apps/api/src/index.ts', program("import { Hono } from 'hono';")).isServer).toBe(true);
    expect(classifyFile('src/middleware/cors.ts', program("import { cors } from 'hono/cors';")).isServer).toBe(true);
    expect(classifyFile('server.js', program("const express = require('express');")).isServer).toBe(true);
    expect(classifyFile('packages/billing/src/api/handler.ts', program("import { ORPCError } from '@orpc/server';")).isServer).toBe(true);
    expect(classifyFile('src/utils/api.ts', program("import type { inferRouterOutputs } from '@trpc/server';")).isServer).toBe(false);
    expect(classifyFile('src/lib/client.ts', program("import { hc } from 'hono/client';")).isServer).toBe(false);
    expect(classifyFile('src/lib/trpc.ts', program("import { createTRPCReact } from '@trpc/react-query';")).isServer).toBe(false);
  });

  it('reads directives and server imports', () => {
    expect(classifyFile('components/A.tsx', program("'use client';\nexport const A = () => null;")).isClient).toBe(true);
    expect(classifyFile('app/actions.ts', program("'use server';\nexport async function a() {}")).isServerActionFile).toBe(true);
    expect(classifyFile('lib/db.ts', program("import { PrismaClient } from '@prisma/client';")).isServer).toBe(true);
    expect(classifyFile('lib/format.ts', program('export const f = 1;')).isServer).toBe(false);
    // A browser-only library marks client code; a type-only import of one does not.
    expect(classifyFile('src/features/chat/utils/store.ts', program("import { create } from 'zustand';")).importsBrowserLibrary).toBe(true);
    expect(classifyFile('lib/types.ts', program("import type { StoreApi } from 'zustand';")).importsBrowserLibrary).toBe(false);
    // React Native / Expo app code runs on the phone (linkwarden's mobile app); an Expo Router API route does not.
    expect(classifyFile('apps/mobile/lib/ensureCloudIsReachable.ts', program("import { Alert } from 'react-native';")).isClient).toBe(true);
    expect(classifyFile('apps/mobile/app/index.tsx', program("import * as SecureStore from 'expo-secure-store';")).isClient).toBe(true);
    expect(classifyFile('apps/mobile/app/api/hello+api.ts', program("import { Platform } from 'react-native';")).isClient).toBe(false);
    expect(classifyFile('lib/cache.ts', program("import type { ViewStyle } from 'react-native';")).isClient).toBe(false);
    // Tauri webview code, and every file of a monorepo's desktop / mobile / browser-extension app (CapSoftware/Cap's
    // apps/desktop, whose utils import nothing that says so); not a server app, nor an Expo API route there.
    expect(classifyFile('src/lib/window.ts', program("import { getCurrentWindow } from '@tauri-apps/api/window';")).isClient).toBe(true);
    // An Electron main process wherever it sits (khoj's src/interface/desktop/main.js): it runs on the user's machine.
    expect(classifyFile('src/interface/desktop/main.js', program("const { app } = require('electron');\nconst fs = require('fs');")).isClient).toBe(true);
    expect(classifyFile('src/interface/desktop/main.js', program("const fs = require('fs');")).isClient).toBe(false);
    expect(classifyFile('apps/desktop/src/utils/server-url-routing.ts', program('export const a = 1;')).isClient).toBe(true);
    expect(classifyFile('apps/chrome-extension/src/preview/camera-preview.tsx', program('export const a = 1;')).isClient).toBe(true);
    expect(classifyFile('apps/browser-extension/src/background.ts', program('export const a = 1;')).isClient).toBe(true);
    // ...also a monorepo's extension package (browserbase/stagehand's packages/extension, a Chrome MV3 runtime).
    expect(classifyFile('packages/extension/understudy/screenshotUtils.ts', program('export const a = 1;')).isClient).toBe(true);
    expect(classifyFile('packages/extensions/server/index.ts', program('export const a = 1;')).isClient).toBe(false);
    expect(classifyFile('apps/mobile/app/api/hello+api.ts', program('export const a = 1;')).isClient).toBe(false);
    expect(classifyFile('apps/media-server/src/lib/auth.ts', program('export const a = 1;')).isClient).toBe(false);
    // Such an app at the repository root (onyx's Expo app in `mobile/`, easy-dataset's Electron main process); not a
    // folder of that name inside the web app, nor a root `desktop/` (easy-dataset's `desktop/server.js` starts a server).
    expect(classifyFile('mobile/src/api/auth/sessionManager.ts', program('export const a = 1;')).isClient).toBe(true);
    expect(classifyFile('electron/modules/db-updater.js', program('export const a = 1;')).isClient).toBe(true);
    expect(classifyFile('web/src/app/api/mobile/route.ts', program('export const a = 1;')).isClient).toBe(false);
    expect(classifyFile('src/mobile/api/session.ts', program('export const a = 1;')).isClient).toBe(false);
    expect(classifyFile('desktop/server.js', program('export const a = 1;')).isClient).toBe(false);
    expect(classifyFile('apps/desktop-api/src/index.ts', program('export const a = 1;')).isClient).toBe(false);
    // next-auth's server entries mark server code; its client entry (useSession, signIn) does not (linkwarden's React Query hooks).
    expect(classifyFile('lib/session.ts', program("import { getToken } from 'next-auth/jwt';")).isServer).toBe(true);
    expect(classifyFile('packages/router/highlights.tsx', program("import { useSession } from 'next-auth/react';")).isServer).toBe(false);
    // Type-only imports of the ORM's model types are shared with browser code (documenso's client-only/download-pdf.ts).
    expect(classifyFile('lib/pdf.ts', program("import type { EnvelopeItem } from '@prisma/client';")).isServerOnly).toBe(false);
    expect(classifyFile('lib/pdf.ts', program("import { type EnvelopeItem, type Prisma } from '@prisma/client';")).isServerOnly).toBe(false);
    expect(classifyFile('lib/pdf.ts', program("import type { Prisma } from '@prisma/client';\nimport { PrismaClient } from '@prisma/client';")).isServerOnly).toBe(true);
    expect(classifyFile('lib/pdf.ts', program("import { type Prisma, PrismaClient } from '@prisma/client';")).isServerOnly).toBe(true);
    expect(classifyFile('lib/pdf.ts', program("import type { Prisma } from '@prisma/client';\nconst { PrismaClient } = require('@prisma/client');")).isServerOnly).toBe(true);
    expect(classifyFile('lib/pdf.ts', program("import type { Prisma } from '@prisma/client';")).imports.has('@prisma/client')).toBe(true);
    // next-auth's session shapes type browser code too (AgentGPT's axios helpers); its server config type does not.
    expect(classifyFile('src/services/api-utils.ts', program("import axios from 'axios';\nimport type { Session } from 'next-auth';")).isServerOnly).toBe(false);
    expect(classifyFile('src/services/api-utils.ts', program("import { type Session, type User } from 'next-auth';")).isServerOnly).toBe(false);
    expect(classifyFile('lib/auth.ts', program("import type { NextAuthOptions } from 'next-auth';")).isServerOnly).toBe(true);
    expect(classifyFile('lib/auth.ts', program("import type { Session } from 'next-auth';\nimport NextAuth from 'next-auth';")).isServerOnly).toBe(true);
    // ...but a type-only import of a server library's interface still says server (documenso's MailChannels transport).
    expect(classifyFile('packages/email/transports/mailchannels.ts', program("import type { Transport } from 'nodemailer';")).isServerOnly).toBe(true);
  });

  it("a 'use client' route-looking file is not server code", () => {
    const k = classifyFile('app/api/x/route.ts', program("'use client';\nimport 'next/server';"));
    expect(k.isServer).toBe(false);
    expect(k.isEntryPoint).toBe(false);
  });

  it("an api/ folder says server, except a shared package's own api/ folder (an API client as often as handlers)", () => {
    const serverPath = (f: string) => classifyFile(f, program('export const a = 1;')).hasServerPath;
    for (const f of [
      'apps/api/src/helpers/trackEvent.ts',
      'apps/web/lib/api/domains/verify-domain.ts',
      'src/api/users.ts',
      'pages/api/helpers/x.ts',
      'packages/api/src/router/feedback.ts',
      'packages/server/api/x.ts',
      'packages/web/src/app/api/helpers/x.ts',
      'packages/web/pages/api/helpers/x.ts',
      'packages/sdks/nuxt/src/runtime/server/api/x.ts',
    ]) {
      expect(serverPath(f), f).toBe(true);
    }
    for (const f of ['packages/helpers/api/getPreferences.ts', 'packages/billing/src/api/handleGetUsage.ts', 'packages/blocks/webhook/src/api/x.ts', 'packages/helpers/apiClient.ts']) {
      expect(serverPath(f), f).toBe(false);
    }
  });

  it('tests, setup files and fixtures are test files; app code is not', () => {
    for (const f of ['lib/a.test.ts', 'tests/x.ts', 'unit-tests/setup.ts', 'vitest.setup.ts', '__mocks__/db.ts', 'e2e/a.spec.ts']) {
      expect(classifyFile(f, program('')).isTest, f).toBe(true);
    }
    expect(classifyFile('app/api/testimonials/route.ts', program('')).isTest).toBe(false);
  });

  it('a frontend/ package is a client path', () => {
    expect(classifyFile('packages/frontend/core/src/blocksuite/ai/actions/edgeless-response.ts', program('')).hasClientPath).toBe(true);
    expect(classifyFile('apps/backend/src/actions/edgeless-response.ts', program('')).hasClientPath).toBe(false);
  });

  it("the tools around the code (coding agents' skills, CI scripts, git hooks) never ship: treated like tests", () => {
    for (const f of ['.claude/skills/browser-automation/server.mjs', '.github/scripts/release.js', 'apps/web/.husky/pre-commit.mjs', '.cursor/rules/x.ts', '.storybook/main.ts', '.agents/acceptance/scripts/check-s3.mjs']) {
      expect(classifyFile(f, program("import express from 'express';")).isTest, f).toBe(true);
    }
    for (const f of ['src/server/claude/client.ts', 'app/api/github/route.ts', 'lib/.well-known.ts']) {
      expect(classifyFile(f, program('')).isTest, f).toBe(false);
    }
  });
});

describe('projectPath', () => {
  it('strips the working directory so folders above the project do not count', () => {
    expect(projectPath('/home/me/api/proj/lib/a.ts', '/home/me/api/proj')).toBe('lib/a.ts');
    expect(projectPath('C:\\work\\app\\route.ts', 'C:\\work')).toBe('app/route.ts');
    expect(projectPath('/elsewhere/a.ts', '/home/me')).toBe('/elsewhere/a.ts');
  });
});

describe('ast helpers', () => {
  it('splitWords splits camel, snake and kebab case', () => {
    expect(splitWords('refreshToken')).toEqual(['refresh', 'token']);
    expect(splitWords('OPENAI_API_KEY')).toEqual(['openai', 'api', 'key']);
    expect(splitWords('x-api-key')).toEqual(['x', 'api', 'key']);
    expect(splitWords('JWTSecret')).toEqual(['jwt', 'secret']);
  });

  it('getDottedName names member chains, this and import.meta', () => {
    const p = program('a.b.c; this.x; import.meta.env;');
    const names = p.body.map((s) => getDottedName((s as TSESTree.ExpressionStatement).expression));
    expect(names).toEqual(['a.b.c', 'this.x', 'import.meta.env']);
  });
});

describe('compilePatterns', () => {
  it('skips invalid patterns and compiles each options array once per flags', () => {
    const patterns = Object.freeze(['^auth', '(unclosed', 'Session$']);
    const first = compilePatterns(patterns, 'i');
    expect(first.map((r) => r.source)).toEqual(['^auth', 'Session$']);
    expect(first.every((r) => r.flags === 'i')).toBe(true);
    expect(compilePatterns(patterns, 'i')).toBe(first);
    expect(compilePatterns(patterns)).not.toBe(first);
    expect(compilePatterns(patterns).map((r) => r.flags)).toEqual(['', '']);
    expect(compilePatterns(undefined)).toEqual([]);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('isCliScript', () => {
  const cli = (code: string) => isCliScript(program(code), code);
  it('reads the signs of a command-line script', () => {
    expect(cli("#!/usr/bin/env node\nconsole.log(1);")).toBe(true);
    expect(cli("const [url] = process.argv.slice(2);\nconsole.log(url);")).toBe(true);
    // A manual script that calls its main() (supermemory's test-supermemory.ts) and an inquirer wizard.
    expect(cli("async function main() { console.log(await run()); }\n\nmain();\n")).toBe(true);
    expect(cli("async function main() {}\nmain().catch(console.error);\n")).toBe(true);
    expect(cli("import inquirer from 'inquirer';\nawait inquirer.prompt([]);\n")).toBe(true);
  });
  it('is not a module that exports, starts a server, or only mentions the names', () => {
    expect(cli("async function main() {}\nmain();\nexport const x = 1;")).toBe(false);
    expect(cli("import express from 'express';\nconst app = express();\nasync function main() { app.listen(3000); }\nmain();\n")).toBe(false);
    expect(cli("const domain = 'main()';\nconsole.log(domain);")).toBe(false);
    expect(cli("const prompts = ['a'];\nconsole.log(prompts);")).toBe(false);
    expect(cli("await db.from('prompts').select();")).toBe(false);
  });
});

describe('isSecretEnvName', () => {
  it("a captcha's site key is public; its secret key and other keys are secrets", () => {
    for (const n of ['CAPTCHA_SITE_KEY', 'NEXT_RECAPTCHA_SITEKEY', 'TURNSTILE_SITE_KEY']) expect(isSecretEnvName(n), n).toBe(false);
    for (const n of ['CAPTCHA_SECRET_KEY', 'TURNSTILE_SITE_SECRET', 'STRIPE_API_KEY', 'CRON_SECRET']) expect(isSecretEnvName(n), n).toBe(true);
  });
});

describe('isUserGateWrapperName', () => {
  it('finds a signed-in user or role among the words of a wrapper name', () => {
    for (const name of ['adminClientRoute', 'withWorkspace', 'withTeamMember', 'lib.withUser', 'authedRoute', 'withOrganization']) {
      expect(isUserGateWrapperName(name), name).toBe(true);
    }
  });
  it('is not fooled by those words inside other words, or by other wrappers', () => {
    for (const name of ['withErrorHandling', 'withUsage', 'withAdministrativeLog', 'withOrganicTraffic', 'withLogging', 'verifySignature']) {
      expect(isUserGateWrapperName(name), name).toBe(false);
    }
  });
});

describe('createRule containment', () => {
  async function lintWithThrowingRule(strictEnv: string): Promise<() => Linter.LintMessage[]> {
    vi.resetModules();
    process.env.PRODREADY_STRICT = strictEnv;
    const { createRule } = await import('../src/utils/create-rule');
    const rule = createRule({
      name: 'boom',
      meta: { type: 'problem', docs: { description: 'Disallow boom', recommended: false }, messages: { found: 'found {{name}}' }, schema: [] },
      defaultOptions: [],
      create: (context) => ({
        Identifier(node) {
          if (node.name === 'boom') throw new Error('a rule bug');
          context.report({ node, messageId: 'found', data: { name: node.name } });
        },
      }),
    });
    const config = [{ plugins: { t: { rules: { boom: rule } } }, rules: { 't/boom': 'error' as const } }];
    return () => new Linter({ configType: 'flat' }).verify('a;\nboom;\nc;\n', config as never);
  }

  it('contains a listener error for users: the run goes on, the other nodes are still reported', async () => {
    try {
      const lint = await lintWithThrowingRule('0');
      expect(lint().map((m) => `${m.line}:${m.message}`)).toEqual(['1:found a', '3:found c']);
    } finally {
      process.env.PRODREADY_STRICT = '1';
      vi.resetModules();
    }
  });

  it('rethrows under PRODREADY_STRICT=1 (tests, lint-corpus), where crashes are hunted', async () => {
    try {
      const lint = await lintWithThrowingRule('1');
      expect(lint).toThrow(/a rule bug/);
    } finally {
      process.env.PRODREADY_STRICT = '1';
      vi.resetModules();
    }
  });
});

describe('addImports', () => {
  /** The file after a fix that adds `lines` (and after a second pass, which must add nothing). */
  function withImports(code: string, lines: string[], filename = 'app/x.ts'): string {
    const rule: TSESLint.RuleModule<'add'> = {
      meta: { type: 'suggestion', fixable: 'code', messages: { add: 'add {{what}}' }, schema: [] },
      defaultOptions: [],
      create: (context) => ({
        Program(node) {
          context.report({ node, messageId: 'add', data: { what: lines.join() }, fix: (fixer) => addImports(context.sourceCode, fixer, lines, context.filename) });
        },
      }),
    };
    const config = [{ files: ['**/*.*'], languageOptions: { parser: tsParser }, plugins: { t: { rules: { add: rule } } }, rules: { 't/add': 'error' as const } }];
    const linter = new Linter({ configType: 'flat' });
    const once = linter.verifyAndFix(code, config as never, { filename });
    expect(once.messages.filter((m) => m.fatal)).toEqual([]);
    const again = linter.verifyAndFix(once.output, config as never, { filename });
    expect(again.fixed).toBe(false);
    return once.output;
  }

  it("joins the file's value import of the same module, in the file's own quotes, instead of a second import line", () => {
    expect(withImports('import { cookies } from "next/headers"\nimport { db } from "@/db"\n', ["import { headers } from 'next/headers';"])).toBe(
      'import { cookies, headers } from "next/headers"\nimport { db } from "@/db"\n',
    );
    expect(withImports("import Stripe, { type Config } from 'stripe';\n", ["import { errors } from 'stripe';"])).toBe(
      "import Stripe, { type Config, errors } from 'stripe';\n",
    );
    expect(withImports("import { ZodError } from 'zod';\nimport { a } from './a';\n", ["import { z } from 'zod';", "import { b } from './b';"])).toBe(
      "import { ZodError, z } from 'zod';\nimport { a } from './a';\nimport { b } from './b';\n",
    );
  });

  it('puts a joined name on its own line in a multi-line import, at the names\' indentation', () => {
    expect(withImports("import {\n  cookies,\n  draftMode,\n} from 'next/headers';\n", ["import { headers } from 'next/headers';"])).toBe(
      "import {\n  cookies,\n  draftMode,\n  headers,\n} from 'next/headers';\n",
    );
  });

  it('adds nothing for a name the file already imports from that module, however it is written', () => {
    expect(withImports('import {headers} from "next/headers";\nexport const x = 1;\n', ["import { headers } from 'next/headers';"])).toBe(
      'import {headers} from "next/headers";\nexport const x = 1;\n',
    );
  });

  it('adds a separate line beside a type-only, namespace or default-only import of the module, and for a default or type import', () => {
    expect(withImports("import type { Redis } from '@upstash/redis';\n", ["import { Redis } from '@upstash/redis';"])).toBe(
      "import type { Redis } from '@upstash/redis';\nimport { Redis } from '@upstash/redis';\n",
    );
    expect(withImports("import * as headersModule from 'next/headers';\n", ["import { headers } from 'next/headers';"])).toBe(
      "import * as headersModule from 'next/headers';\nimport { headers } from 'next/headers';\n",
    );
    expect(withImports("import Stripe from 'stripe';\n", ["import { errors } from 'stripe';"])).toBe("import Stripe from 'stripe';\nimport { errors } from 'stripe';\n");
    expect(withImports("import { errors } from 'stripe';\n", ["import Stripe from 'stripe';"])).toBe("import { errors } from 'stripe';\nimport Stripe from 'stripe';\n");
    expect(withImports("import { Ratelimit } from '@upstash/ratelimit';\n", ["import type { Duration } from '@upstash/ratelimit';"])).toBe(
      "import { Ratelimit } from '@upstash/ratelimit';\nimport type { Duration } from '@upstash/ratelimit';\n",
    );
  });

  it('leaves CommonJS files to require() lines', () => {
    expect(withImports("const { cookies } = require('next/headers');\nmodule.exports = {};\n", ["import { headers } from 'next/headers';"], 'lib/x.js')).toBe(
      "const { cookies } = require('next/headers');\nconst { headers } = require('next/headers');\nmodule.exports = {};\n",
    );
  });
});

/** What `what` gives for the first argument of each `probe(...)` call in `code`, linted as a TypeScript file. */
function probeArguments(code: string, what: (sc: TSESLint.SourceCode, node: TSESTree.Node) => string | undefined): (string | undefined)[] {
  const rule: TSESLint.RuleModule<'r'> = {
    meta: { type: 'problem', messages: { r: '{{v}}' }, schema: [] },
    defaultOptions: [],
    create: (context) => ({
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        context.report({ node, messageId: 'r', data: { v: String(what(context.sourceCode, node.arguments[0]!)) } });
      },
    }),
  };
  const config = [{ files: ['**/*.*'], languageOptions: { parser: tsParser }, plugins: { t: { rules: { r: rule } } }, rules: { 't/r': 'error' as const } }];
  const messages = new Linter({ configType: 'flat' }).verify(code, config as never, { filename: 'app/x.ts' });
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => (m.message === 'undefined' ? undefined : m.message));
}

describe('data-flow: getImportedName and getFactoryCall', () => {
  /** What `what` gives for the identifier passed to each `probe(x)` call in `code`. */
  const probe = (code: string, what: (sc: TSESLint.SourceCode, id: TSESTree.Identifier) => string | undefined) =>
    probeArguments(code, (sc, n) => (n.type === 'Identifier' ? what(sc, n) : 'not an identifier'));

  it('gives the exported name of a named import, and nothing for default, namespace or local bindings', () => {
    const code = [
      "import { auth as getSession, 'odd-name' as odd } from '@/auth';",
      "import Stripe from 'stripe';",
      "import * as ns from 'openai';",
      'const local = 1;',
      'probe(getSession); probe(odd); probe(Stripe); probe(ns); probe(local); probe(notDeclared);',
    ].join('\n');
    expect(probe(code, getImportedName)).toEqual(['auth', 'odd-name', undefined, undefined, undefined, undefined]);
  });

  it("gives the call or new a binding is made by, const only unless anyKind, past await and type wrappers", () => {
    const code = [
      "import OpenAI from 'openai';",
      'const a = new OpenAI();',
      'const b = (await getClient()) as Client;',
      'let c = createClient();',
      'const d = other;',
      'function f(e = make()) { probe(e); }',
      'probe(a); probe(b); probe(c); probe(d); probe(OpenAI);',
    ].join('\n');
    const text = (sc: TSESLint.SourceCode, id: TSESTree.Identifier, anyKind?: boolean) => {
      const made = getFactoryCall(sc, id, { anyKind });
      return made && sc.getText(made);
    };
    expect(probe(code, (sc, id) => text(sc, id))).toEqual([undefined, 'new OpenAI()', 'getClient()', undefined, undefined, undefined]);
    expect(probe(code, (sc, id) => text(sc, id, true))).toEqual([undefined, 'new OpenAI()', 'getClient()', 'createClient()', undefined, undefined]);
  });
});

describe('data-flow: resolveThisMethod and thisFieldValues', () => {
  const probe = probeArguments;
  const code = [
    'class A {',
    '  #secret = 1;',
    '  id = 0;',
    '  count = 0;',
    '  get label() { return "x"; }',
    '  constructor() { this.id = this.mint(); this.count++; }',
    '  mint() { return crypto.randomUUID(); }',
    '  arrow = () => Date.now();',
    '  run() {',
    '    probe(this.mint()); probe(this.arrow()); probe(this.label); probe(this.missing());',
    '    probe(this.id); probe(this.#secret); probe(this.count); probe(this.never);',
    '    function inner() { probe(this.id); }',
    '    const f = () => probe(this.id);',
    '  }',
    '}',
  ].join('\n');

  it("finds the class's own method (or function field) a `this.m()` call names; not getters, missing ones or calls outside the class's `this`", () => {
    const method = (sc: TSESLint.SourceCode, n: TSESTree.Node) => {
      const fn = n.type === 'CallExpression' ? resolveThisMethod(n) : undefined;
      return fn && sc.getText(fn).slice(0, 12);
    };
    expect(probe(code, method).slice(0, 4)).toEqual(['() { return ', '() => Date.n', undefined, undefined]);
  });

  it('gives what the class assigns to a field (initializer and plain `=`), nothing for `++`-written, never-assigned fields or another `this`', () => {
    const values = (sc: TSESLint.SourceCode, n: TSESTree.Node) => {
      const vs = n.type === 'MemberExpression' ? thisFieldValues(n) : undefined;
      return vs && vs.map((v) => sc.getText(v)).join(' | ');
    };
    expect(probe(code, values).slice(4)).toEqual(['0 | this.mint()', '1', undefined, undefined, undefined, '0 | this.mint()']);
  });
});

describe('project: isDesktopAppModule', () => {
  const root = mkdtempSync(join(tmpdir(), 'prodready-desktop-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const pkg = (name: string, dependencies: Record<string, string> = {}) => JSON.stringify({ name, dependencies });
  // An Electron app at the root (electron-vite: src/main/ imports no electron in its helpers), and a Next app in an Electron shell.
  write('solo/package.json', pkg('solo', { electron: '^39.0.0' }));
  write('nextron/package.json', pkg('nextron', { electron: '^39.0.0', next: '15.0.0' }));
  // Yarn workspaces (`{ packages: [...] }`) with a `**` glob: the runtime only the Electron app imports, a shared kit the web API imports too.
  write('yarn/package.json', JSON.stringify({ name: 'yarn-root', workspaces: { packages: ['apps/*', 'libs/**'] } }));
  write('yarn/apps/desktop-shell/package.json', pkg('shell', { electron: '^39.0.0', '@y/runtime': '*', '@y/kit': '*' }));
  write('yarn/apps/api/package.json', pkg('api', { express: '^5.0.0', '@y/kit': '*' }));
  write('yarn/libs/node/runtime/package.json', pkg('@y/runtime'));
  write('yarn/libs/kit/package.json', pkg('@y/kit'));
  // A package nobody depends on.
  write('yarn/libs/orphan/package.json', pkg('@y/orphan'));
  write('broken/package.json', '{ not json');
  const at = (dir: string) => join(root, dir, 'src/x.ts');

  it('answers from the package and its dependents', () => {
    try {
      expect(isDesktopAppModule(at('solo'))).toBe(true);
      expect(isDesktopAppModule(at('nextron'))).toBe(false);
      expect(isDesktopAppModule(at('yarn/libs/node/runtime'))).toBe(true);
      expect(isDesktopAppModule(at('yarn/libs/kit'))).toBe(false);
      expect(isDesktopAppModule(at('yarn/libs/orphan'))).toBe(false);
      expect(isDesktopAppModule(at('yarn/apps/api'))).toBe(false);
      expect(isDesktopAppModule(at('broken'))).toBe(false);
      expect(isDesktopAppModule('src/relative.ts')).toBe(false);
      expect(isDesktopAppModule('<input>')).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
