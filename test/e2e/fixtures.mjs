// Fixtures of the real-editor e2e (test/e2e/run.mjs): one file per rule, each with a seed-style gap
// that the rule reports, and what the file must look like after its quick fix.
//
// A fixture is asserted only while its rule is implemented: run.mjs skips a rule whose source
// (eslint-plugin/src/rules/<id>.ts) says "PLACEHOLDER" at its top. To turn a fixture on, implement the
// rule; nothing here changes. PRODREADY_E2E_RULES=id,id narrows the run to those rules.
//
// Fields:
//   rule         the rule id (the diagnostic's code; its source is "prodready")
//   file         path inside the fixture app (the rules scope themselves from it)
//   text         the file's contents
//   findingLine  a substring of the line the finding is on (the squiggle is looked for on that line)
//   fixTitles    Quick Fix titles to pick, in order of preference (RegExp); the first visible one wins.
//                Each fixture prefers the extension's "Insert hardened snippet: <title>" action (which may
//                create the snippet's helper module under lib/ and import it), then the rule's suggestion.
//                When a fix creates a helper module, run.mjs also checks the fixed file imports it.
//   after        what must hold after the fix is applied and every editor saved:
//                  contains: strings/RegExps the fixture file must contain (the call rewritten, the import)
//                  lacks:    strings/RegExps it must no longer contain (the gap)
//                  hardened: strings/RegExps that the fixture file or a file the fix created must contain
//                  created:  { 'path/in/app': [strings/RegExps] }: files the fix must have created, with
//                            what each must contain (a helper module; a route the fixed file calls)
//   findingGone  (default true) the rule's finding for this file must leave the Problems panel.
//   tag          (default: the rule id) names the fixture's screenshots, artifacts and timings, for a rule
//                with more than one fixture.

export const INSERT_SNIPPET = /Insert hardened snippet/i;

export const fixtures = [
  {
    rule: 'no-redis-keys',
    file: 'app/api/chat/route.ts',
    // seed 003: session cleanup walks the keyspace with KEYS.
    text: `import { NextResponse } from 'next/server';
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

export async function DELETE() {
  const keys = await redis.keys('session:*');
  await Promise.all(keys.map((k) => redis.del(k)));
  return NextResponse.json({ deleted: keys.length });
}
`,
    findingLine: "await redis.keys('session:*')",
    fixTitles: [/^Insert hardened snippet:.*(SCAN|KEYS|Redis)/i, INSERT_SNIPPET, /collectKeys|SCAN/i],
    after: {
      contains: [/collectKeys\(redis, 'session:\*'\)/],
      lacks: ["redis.keys('session:*')"],
      hardened: [/\.scan\(/],
    },
  },
  {
    rule: 'no-redis-keys',
    // The same gap in a plain-JavaScript, CommonJS Express app (its own package.json, no tsconfig): the
    // helper is created as a CommonJS .js module and required, never `import`ed.
    tag: 'no-redis-keys-cjs',
    file: 'express-api/routes/sessions.js',
    text: `const express = require('express');
const { Redis } = require('@upstash/redis');

const redis = Redis.fromEnv();
const router = express.Router();

router.delete('/sessions', async (req, res) => {
  const keys = await redis.keys('session:*');
  await Promise.all(keys.map((k) => redis.del(k)));
  res.json({ deleted: keys.length });
});

module.exports = router;
`,
    findingLine: "await redis.keys('session:*')",
    fixTitles: [/^Insert hardened snippet:.*(SCAN|KEYS|Redis)/i, INSERT_SNIPPET, /collectKeys|SCAN/i],
    after: {
      contains: [/collectKeys\(redis, 'session:\*'\)/, "const { collectKeys } = require('../lib/redis-scan');"],
      lacks: ["redis.keys('session:*')", /^import\s/m],
      hardened: [/\.scan\(/],
      created: { 'express-api/lib/redis-scan.js': [/^module\.exports = \{ scanKeys, collectKeys \};$/m, /async function\* scanKeys\(/] },
    },
  },
  {
    rule: 'no-module-state',
    file: 'app/api/agent/route.ts',
    // seed 000: an agent cache in a module-level Map, written by the route.
    text: `import { NextResponse } from 'next/server';

const cache = new Map<string, string>();

export async function POST(req: Request) {
  const { prompt } = (await req.json()) as { prompt: string };
  const hit = cache.get(prompt);
  if (hit) return NextResponse.json({ answer: hit });
  const answer = prompt.trim().toUpperCase();
  cache.set(prompt, answer);
  return NextResponse.json({ answer });
}
`,
    findingLine: 'const cache = new Map',
    fixTitles: [/^Insert hardened snippet: Cache/i, INSERT_SNIPPET, /createCache/],
    after: {
      contains: [/createCache/],
      lacks: ['new Map<string, string>()'],
      hardened: [/@upstash\/redis/],
    },
  },
  {
    rule: 'no-raw-error-response',
    file: 'app/api/report/route.ts',
    // seed 001: the catch block sends the raw error message to the client.
    text: `import { NextResponse } from 'next/server';

export async function GET() {
  try {
    const res = await fetch('https://api.example.com/report', { signal: AbortSignal.timeout(5_000) });
    return NextResponse.json(await res.json());
  } catch (error: any) {
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
}
`,
    findingLine: 'error: error.message',
    fixTitles: [/^Insert hardened snippet: Generic error/i, INSERT_SNIPPET, /generic message/i],
    after: {
      // The snippet's helper replaces the leaking response (not just the message).
      contains: ["return errorResponse(error, 'GET /api/report');", "import { errorResponse } from '@/lib/error-response';", 'return NextResponse.json(await res.json());'],
      lacks: ['{ error: error.message }', 'status: 500'],
      hardened: [],
      created: { 'lib/error-response.ts': [/export function errorResponse\(/, /console\.error\(/, /errorId/] },
    },
  },
  {
    rule: 'require-route-auth',
    file: 'app/api/projects/route.ts',
    // seed 002: a route that writes to the database with no session check.
    text: `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function POST(req: Request) {
  const { name } = (await req.json()) as { name: string };
  const project = await prisma.project.create({ data: { name } });
  return NextResponse.json({ project }, { status: 201 });
}
`,
    findingLine: 'export async function POST',
    fixTitles: [/^Insert hardened snippet: Authentication guard: verify a signed session/i, INSERT_SNIPPET, /requireAuth/],
    after: {
      contains: [/requireAuth\(/],
      lacks: [],
      hardened: [/401/],
    },
  },
  {
    rule: 'no-client-credential-storage',
    file: 'app/settings/page.tsx',
    // seed 003: integration credentials kept in localStorage.
    text: `'use client';

import { useState } from 'react';

export default function Settings() {
  const [apiKey, setApiKey] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        localStorage.setItem('openai_api_key', apiKey);
      }}
    >
      <input value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
    </form>
  );
}
`,
    findingLine: "localStorage.setItem('openai_api_key'",
    fixTitles: [INSERT_SNIPPET, /server|cookie|credential/i],
    after: {
      // The storage write becomes a POST to the session route the fix created (not the route's code in this file).
      contains: [
        "void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: apiKey }), credentials: 'same-origin' });",
        "'use client';",
      ],
      lacks: ["localStorage.setItem('openai_api_key', apiKey)", 'NextResponse', 'export async function POST'],
      hardened: [],
      created: { 'app/api/session/route.ts': [/export async function POST\(/, /httpOnly: true/, /sameSite: 'lax'/] },
    },
  },
  {
    rule: 'no-unsafe-promise-race',
    file: 'app/api/complete/route.ts',
    // seed 000: a Promise.race timeout whose timer is never cleared.
    text: `import { NextResponse } from 'next/server';

async function callModel(prompt: string): Promise<string> {
  return prompt;
}

export async function POST(req: Request) {
  const { prompt } = (await req.json()) as { prompt: string };
  const answer = await Promise.race([
    callModel(prompt),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000)),
  ]);
  return NextResponse.json({ answer });
}
`,
    findingLine: 'Promise.race([',
    fixTitles: [/^Insert hardened snippet: Timeout/i, INSERT_SNIPPET, /withTimeout/],
    after: {
      contains: [/withTimeout\(/],
      lacks: ['Promise.race(['],
      hardened: [/clearTimeout/, /AbortController/],
    },
  },
  {
    rule: 'require-request-timeout',
    file: 'app/api/weather/route.ts',
    // seed 003: an outbound call with no time bound.
    text: `import { NextResponse } from 'next/server';

export async function GET(req: Request) {
  const city = new URL(req.url).searchParams.get('city') ?? 'Berlin';
  const res = await fetch(\`https://api.weather.example/v1/\${encodeURIComponent(city)}\`);
  return NextResponse.json(await res.json());
}
`,
    findingLine: 'await fetch(`https://api.weather.example',
    fixTitles: [/^Insert hardened snippet: fetch with a time bound/i, INSERT_SNIPPET, /AbortSignal/],
    after: {
      // The call goes through the snippet's helper, imported from the module the fix created.
      contains: ['const res = await fetchWithTimeout(`https://api.weather.example/v1/${encodeURIComponent(city)}`);', "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';"],
      lacks: ['await fetch(`'],
      hardened: [],
      created: { 'lib/fetch-with-timeout.ts': [/export async function fetchWithTimeout\(/, /AbortSignal\.timeout\(/] },
    },
  },
];

/** The rest of the tiny Next.js app around the fixture files (not asserted). */
export const appFiles = {
  // A plain-JavaScript Express API next to the Next.js app (its own package root, CommonJS, no tsconfig).
  'express-api/package.json': JSON.stringify({ name: 'express-api', private: true, dependencies: { express: '^4.21.0', '@upstash/redis': '^1.35.0' } }, null, 2) + '\n',
  'package.json': JSON.stringify(
    {
      name: 'prodready-e2e-app',
      private: true,
      scripts: { dev: 'next dev', build: 'next build' },
      dependencies: { next: '^16.0.0', react: '^19.0.0', 'react-dom': '^19.0.0', '@upstash/redis': '^1.35.0' },
    },
    null,
    2,
  ) + '\n',
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'preserve',
        strict: true,
        paths: { '@/*': ['./*'] },
      },
      include: ['**/*.ts', '**/*.tsx'],
    },
    null,
    2,
  ) + '\n',
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Home() {
  return <main>prodready e2e fixture</main>;
}
`,
};
