import rule from '../../src/rules/no-hardcoded-secret';
import { ruleTester, FILES } from '../rule-tester';

const SERVICE_ROLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3aHZrenF0Zm1ybnBic3kiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjIwMDAwMDAwMDB9.Xk3vQ9pL2mR8tW4yZ7bN1cF6hJ0sD5gA';
const ANON =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3aHZrenF0Zm1ybnBic3kiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDAwMDAwMDAwfQ.Xk3vQ9pL2mR8tW4yZ7bN1cF6hJ0sD5gA';
// The Supabase CLI's default local service-role key (`"iss": "supabase-demo"`), printed by `supabase start`.
const DEMO_SERVICE_ROLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';
const OPENAI = 'sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW0xY5zA2bC7dE4fG9hJ1kL3mN';
const secrets = { prodready: { helperModules: { 'no-hardcoded-secret': '@/lib/secrets' } } };
const CREDENTIAL_URLS =
  "const token = 1;\nconst db = process.env.DATABASE_URL ?? 'postgres://user:pass@localhost:5432/db';\nconst redis = process.env.REDIS_URL || 'redis://:hunter2@127.0.0.1:6379';\nconst turso = process.env.DATABASE_URL || 'libsql://db.turso.io?authToken=abc123';";
const SIGNING_DEFAULTS =
  "const a = process.env.JWT_SECRET || 'dev-secret';\nconst b = process.env.SESSION_SECRET ?? 'development';\nconst c = process.env.DB_PASSWORD ?? '5432';";
const ENV_MAP_SECRETS =
  "const envMap = new Map([\n  ['DATABASE_URL', process.env.DATABASE_URL || 'postgres://app:s3cret@db.internal:5432/app'],\n  ['REDIS_URL', process.env.REDIS_URL || 'k8Hn2pQ7vX4mR9tLw3Zs'],\n  ['OPENAI_API_KEY', process.env.OPENAI_API_KEY],\n]);";
/** The useEnv suggestion with the helper imported from `@/lib/secrets`: `expr` replaced by `requireSecret(env)`. */
const useEnv = (code: string, expr: string, env: string) => [
  { messageId: 'useEnv' as const, data: { env }, output: `import { requireSecret } from '@/lib/secrets';\n${code.replace(expr, `requireSecret('${env}')`)}` },
];

/** guiademilhas' scripts/test-e2e.mjs: the env of the server Playwright runs against, its auth secret defaulted to `value`. */
const E2E_ENV = (value: string): string =>
  `import { spawn } from 'node:child_process';\n\nexport function buildEnv(baseURL) {\n  const env = { ...process.env };\n  env.BETTER_AUTH_URL = baseURL;\n  env.BETTER_AUTH_SECRET ||= '${value}';\n  return env;\n}\n\nexport function startServer(env) {\n  return spawn('pnpm', ['start'], { env });\n}\n`;

ruleTester.run('no-hardcoded-secret', rule, {
  valid: [
    // firebase-dicilo's scripts: an empty JSON object as the service account's default holds no credential.
    { code: "import { cert, initializeApp } from 'firebase-admin/app';\n\ninitializeApp({ credential: cert(JSON.parse(process.env.FIREBASE_SERVICE_ACCOUNT_KEY || '{}')) });\n", filename: 'src/lib/firebase-admin.ts' },
    // Firebase Auth error codes keyed by what failed (LCfirebase's src/lib/auth-utils.ts): `error.code` values, not passwords.
    { code: "export const AUTH_ERROR_CODES = {\n  WRONG_PASSWORD: 'auth/wrong-password',\n  WEAK_PASSWORD: 'auth/weak-password',\n} as const;\n", filename: 'src/lib/auth-errors.ts' },
    // A test script's own signing key (openrouter-chatbot's scripts/test-internal-sync.js): it signs the requests it sends to a dev server.
    { code: "import { createHmac } from 'node:crypto';\n\nconst BASE_URL = process.env.BASE_URL || 'http://localhost:3000';\nconst SECRET = process.env.INTERNAL_SYNC_SECRET || 'dev_secret';\n\n(async () => {\n  const body = JSON.stringify({ source: 'local-test-hmac' });\n  const signature = createHmac('sha256', SECRET).update(body).digest('hex');\n  const res = await fetch(`${BASE_URL}/api/internal/sync-models`, { method: 'POST', headers: { 'X-Signature': signature }, body });\n  console.log(res.status);\n})();\n", filename: 'scripts/test-internal-sync.js' },
    // coinbase/agentkit's Enso provider: the vendor's published documentation key, which says so in its value.
    { code: "export const ENSO_API_KEY = \"1e02632d-6feb-4a75-a157-documentation\" as const;\n", filename: 'src/action-providers/enso/constants.ts', settings: secrets },
    // guiademilhas' e2e runner: the default says what it is, `e2e-secret-please-override-this-in-prod-32chars` (like `change-this`).
    { code: E2E_ENV('e2e-secret-please-override-this-in-prod-32chars'), filename: 'scripts/test-e2e.mjs' },
    // A UI SDK's license key in a shared constants module (make-real's tldraw key, passed to `<Tldraw licenseKey>`): checked in the browser, public by design.
    { code: "export const LICENSE_KEY =\n  'tldraw-acme-2026-07-10/WyJ4UTJ2TGs5IixbIiouYWNtZS5kZXYiXSw5LCIyMDI2LTA3LTEwIl0.Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHk9PQ';\n", filename: 'app/constants.ts' },
    // literary-ai-partner's audit scripts: `WORKER_ALLOW_SERVICE_ROLE_DEV ?? '1'` is a switch defaulted on, not the service-role key its name mentions.
    { code: "import { createClient } from '@supabase/supabase-js';\n\nprocess.env.WORKER_ALLOW_SERVICE_ROLE_DEV = process.env.WORKER_ALLOW_SERVICE_ROLE_DEV ?? '1';\nconst admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n", filename: 'scripts/audit-ledger.ts' },
    // teable's auth config: an expiry (`RESET_PASSWORD_EMAIL_EXPIRES_IN ?? '30m'`, `JWT_SECRET_EXPIRES_IN`) says how long a credential lives, and an encryption IV is public by design: neither is the secret.
    {"code": "export default () => ({\n  iv: process.env.BACKEND_ACCESS_TOKEN_ENCRYPTION_IV ?? 'i0vKGXBWkzyAoGf4',\n  resetPasswordEmailExpiresIn: process.env.BACKEND_RESET_PASSWORD_EMAIL_EXPIRES_IN ?? '30m',\n  jwtExpiresIn: process.env.JWT_SECRET_EXPIRES_IN || '7d',\n});\n", "filename": "apps/backend/src/configs/auth.config.ts"},
    // stack-auth's feedback dialog: a Web3Forms access key posted to api.web3forms.com is public by design (it routes form mail).
    { code: "'use client';\nexport function FeedbackForm() {\n  const onSubmit = async (values: { message: string }) => {\n    await fetch('https://api.web3forms.com/submit', {\n      method: 'POST',\n      headers: { 'Content-Type': 'application/json' },\n      body: JSON.stringify({ ...values, access_key: '7b1e2c94-5d3a-4f6e-9a81-c2d4e6f80b13' }),\n    });\n  };\n  return <form onSubmit={() => onSubmit({ message: '' })} />;\n}\n", filename: 'src/components/feedback-dialog.tsx' },
    // VISION-PLATFORM's scripts/get-test-user-id.ts: the Supabase CLI's published local service-role key against the
    // local stack (the same on every machine, it opens no hosted project); also bound to a secret-named const.
    { code: `import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient('http://127.0.0.1:54321', '${DEMO_SERVICE_ROLE}');`, filename: 'scripts/get-test-user-id.ts' },
    { code: `const SUPABASE_SERVICE_ROLE_KEY = '${DEMO_SERVICE_ROLE}';\nexport const admin = createClient('http://127.0.0.1:54321', SUPABASE_SERVICE_ROLE_KEY);`, filename: FILES.lib },
    // Keys public by design (openlit's constants/posthog.ts): a PostHog project key (`phc_`) and a Stripe publishable key ship in browser code.
    { code: "export const POSTHOG_API_KEY =\n  'phc_Qa7Lm2Xr9Tk4Vw8Nz3Bc6Hd1Jf5Gs0Pe2Ry7Uo4Ix9';\nexport const POSTHOG_API_HOST = 'https://us.i.posthog.com';\nexport const STRIPE_KEY = 'pk_live_51Hq8Lm2Xr9Tk4Vw8Nz3Bc6Hd';\n", filename: 'src/constants/posthog.ts' },
    // A script in a `testing/` folder that creates a QA account with a fixed test password: a test fixture.
    { code: "const testPassword = 'TestPassword123!';\nexport async function createTestUser(supabase) {\n  return supabase.auth.signUp({ email: 'qa@example.com', password: testPassword });\n}\n", filename: 'scripts/Archive/testing/auth/create-quick-test-user.js' },
    // Placeholders for keys the clients send to their providers (postiz): Stripe's secret key is its API key; a zero UUID has no entropy.
    { code: "import Stripe from 'stripe';\nimport { NeynarAPIClient } from '@neynar/nodejs-sdk';\n\n// Placeholders so the clients construct when an integration is not configured: the provider answers 401.\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing');\nexport const neynar = new NeynarAPIClient({ apiKey: process.env.NEYNAR_SECRET_KEY || '00000000-000-0000-000-000000000000' });\n", filename: 'libraries/src/services/clients.ts' },
    // Monaco (Monarch) token classes with state substitutions are not credentials (dify's Ruby tokenizer shape, in app code).
    { code: "export const rubyLanguage = {\n  tokenizer: {\n    dstring: [\n      [/'/, { token: 'string.$S2.delim', next: '@pop' }],\n      [/x/, { token: 'keyword.$S2.other' }],\n    ],\n  },\n};\n", filename: 'lib/editor/ruby.ts' },
    // A template slot as a prop's default (Helicone's onboarding code sample: `apiKey = "{HELICONE_API_KEY}"`): a placeholder.
    { code: "interface Props { apiKey?: string; next: () => void }\n\nexport function Features(props: Props) {\n  const { apiKey = \"{PLATFORM_API_KEY}\", next } = props;\n  return <pre onClick={next}>{`curl -H \"Authorization: Bearer ${apiKey}\" https://api.example.com/v1`}</pre>;\n}\n", filename: FILES.component },
    // AFFiNE: an env var mapped to its config path ('plugins.payment.stripe.keys.APIKey'), words with capitals.
    { code: "export const ENV_MAP = {\n  STRIPE_API_KEY: 'plugins.payment.stripe.keys.APIKey',\n  STRIPE_WEBHOOK_KEY: 'plugins.payment.stripe.keys.webhookKey',\n};\n", filename: 'packages/backend/server/src/config/affine.env.ts' },
    // shadcn's typeset docs panel: design tokens named by CSS custom properties.
    { code: "export function fontPicks(params: { body: string; heading: string }) {\n  return [\n    { token: '--typeset-font-body', id: params.body },\n    { token: '--typeset-font-heading', id: params.heading },\n  ];\n}\n", filename: 'app/(typeset)/components/docs-panel.tsx' },
    // vercel/examples' LiteLLM gateway: a placeholder for a key the client sends (whatever the variable's name) forges nothing.
    { code: "import { createOpenAI } from '@ai-sdk/openai';\nexport async function POST(req: Request) {\n  const litellm = createOpenAI({\n    baseURL: `${process.env.GATEWAY_URL}/v1`,\n    apiKey: process.env.LITELLM_MASTER_KEY || 'not-needed',\n  });\n  return Response.json({ ok: !!litellm });\n}\n", filename: 'app/api/chat/route.ts' },
    // hyperdx's API test fixtures: a module importing supertest is test support, wherever it sits.
    { code: "import request from 'supertest';\nconst MOCK_USER = {\n  email: 'fake@deploysentinel.com',\n  password: 'TacoCat!2#4X',\n};\nexport const login = (app: unknown) => request(app).post('/login').send(MOCK_USER);\n", filename: 'packages/api/src/fixtures.ts' },
    // Payload's plugin template: `dev/payload.config.ts` is the plugin's local harness, on an in-memory MongoDB for tests.
    { code: "import { MongoMemoryReplSet } from 'mongodb-memory-server';\nimport { buildConfig } from 'payload';\n\nexport default async () => {\n  if (process.env.NODE_ENV === 'test') {\n    const memoryDB = await MongoMemoryReplSet.create({ replSet: { count: 3 } });\n    process.env.DATABASE_URL = memoryDB.getUri();\n  }\n  return buildConfig({ collections: [], secret: process.env.PAYLOAD_SECRET || 'test-secret_key' });\n};\n", filename: 'templates/plugin/dev/payload.config.ts' },
    // A placeholder for a key sent to a provider forges nothing: the provider answers 401 (notesGPT's TOGETHER_API_KEY ?? 'undefined').
    { code: "import OpenAI from 'openai';\nimport { internalAction } from './_generated/server';\n\n// Outbound provider key: the fallback is a sentinel so the constructor does not throw at module load.\n// Nothing can be forged with it; a missing key only makes the Together API answer 401.\nconst togetherApiKey = process.env.TOGETHER_API_KEY ?? 'undefined';\n\nconst togetherai = new OpenAI({\n  apiKey: togetherApiKey,\n  baseURL: 'https://api.together.xyz/v1',\n  timeout: 30_000,\n});\n\nexport const embed = internalAction({\n  args: {},\n  handler: async () => {\n    const res = await togetherai.embeddings.create({ input: ['x'], model: 'm' });\n    return res.data[0].embedding;\n  },\n});\n", filename: 'convex/together.ts' },
    // A storage slot's name, a dotted key path (openpanel's 'onboarding.clientSecret').
    { code: "export const ONBOARDING_SECRET_KEY = 'onboarding.clientSecret';\n\nexport function readDraftSecret(): string | null {\n  return sessionStorage.getItem(ONBOARDING_SECRET_KEY) ? 'set' : null;\n}\n", filename: "lib/onboarding.ts" },

    // A DocSearch / Algolia search-only key next to its indexName (karakeep's docs config): public by design.
    { code: "import type { Config } from '@docusaurus/types';\n\nconst config: Config = {\n  title: 'Acme docs',\n  url: 'https://docs.acme.dev',\n  baseUrl: '/',\n  themeConfig: {\n    algolia: {\n      appId: 'ABCD1234EF',\n      // Public search-only key: safe to commit\n      apiKey: '0eb8853d9740822fb9d21620d5515f35',\n      indexName: 'acme',\n    },\n  },\n};\nexport default config;\n", filename: "docs/docusaurus.config.ts" },

    // A build entry point named for what it migrates (Dokploy's esbuild config): a relative file path, not a secret.
    { code: 'export default { entryPoints: { "migrate-auth-secret": "scripts/migrate-auth-secret.ts", "reset-password": "reset-password.ts" } };', filename: 'apps/dokploy/esbuild.config.ts' },
    // Placeholders and UI text.
    { code: "const apiKey = 'your-api-key-here';", filename: FILES.lib },
    { code: "const apiKey = 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';", filename: FILES.lib },
    { code: "const apiKey = 'sk-...';", filename: FILES.lib },
    { code: "<input type='password' placeholder='sk-...' />", filename: FILES.component },
    { code: "const label = { password: 'Enter your password', apiKey: 'Enter your API key' };", filename: FILES.component },
    { code: "const t = { password: 'Passwort', token: 'Jeton' };", filename: 'messages/de.ts' },
    { code: "const field = { name: 'password', type: 'password' };", filename: FILES.component },
    { code: "const TOKEN_STORAGE_KEY = 'auth_token'; const apiKeyHeader = 'x-api-key';", filename: FILES.lib },
    { code: "const token = 'access_token'; const secret = 'OPENAI_API_KEY';", filename: FILES.lib },
    // A sentinel wrapped in underscores standing in for a stored secret the caller did not resend (langwatch's webhook endpoints).
    { code: "const KEPT_SECRET = '__platform_kept_secret__';\nexport function storedShape(endpoint: { secretEncrypted?: string }) {\n  return { secretAccessKey: endpoint.secretEncrypted ? KEPT_SECRET : null };\n}\n", filename: 'ee/webhooks/webhookEndpoint.service.ts' },
    { code: "const headers = { Authorization: 'Bearer', 'x-api-key': key };", filename: FILES.lib },
    { code: "const tokenUrl = 'https://oauth2.googleapis.com/token';", filename: FILES.lib },
    { code: "const password = 'changeme';", filename: FILES.lib },
    { code: "const apiKey = 'AKIAIOSFODNN7EXAMPLE';", filename: FILES.lib },
    // Publishable / anon keys.
    { code: "const stripe = loadStripe('pk_live_51Hx9Kq2eZvKYlo2C8vQ3mPzR7tW1uY4bAbN3');", filename: FILES.component },
    { code: `const supabase = createClient('https://x.supabase.co', '${ANON}');`, filename: FILES.component },
    // Firebase / Maps browser keys in client config.
    { code: "const firebaseConfig = { apiKey: 'AIzaSyD4k9Qw2Lm8Rt7Yu1Io3Pa5Sd6Fg0Hj2Kx', authDomain: 'x.firebaseapp.com', projectId: 'x' };", filename: 'lib/firebase.ts' },
    { code: "'use client';\nconst maps = 'AIzaSyD4k9Qw2Lm8Rt7Yu1Io3Pa5Sd6Fg0Hj2Kx';", filename: FILES.component },
    // Env reads, real defaults, example passwords in docs.
    { code: 'const apiKey = process.env.OPENAI_API_KEY;', filename: FILES.lib },
    { code: "const level = process.env.LOG_LEVEL || 'info';", filename: FILES.lib },
    { code: "const url = process.env.DATABASE_URL ?? 'postgresql://localhost:5432/dev';", filename: FILES.lib },
    // Fallbacks of secret env vars that hold no credential (the file mentions `token` so the rule runs).
    { code: "const token = process.env.UPSTASH_TOKEN;\nconst redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');", filename: FILES.lib },
    { code: "const apiKey = 1;\nconst db = process.env.DATABASE_URL || 'file:./dev.db';\nconst pg = process.env.POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/app';", filename: FILES.lib },
    { code: "const apiKey = 1;\nconst port = process.env.REDIS_URL ?? '6379';\nconst host = process.env.REDIS_URL || 'localhost';\nconst mode = process.env.DATABASE_URL ?? 'development';", filename: FILES.lib },
    { code: "const apiKey = 1;\nconst mongo = process.env.MONGODB_URI || 'mongodb://localhost:27017/app';", filename: FILES.lib },
    // A phrase marking the variable as missing (auto_rfp's env map): no password, no URL, nothing to connect with.
    { code: "const envMap = new Map([\n  ['DATABASE_URL', process.env.DATABASE_URL || 'mandatory-env-not-set'],\n  ['OPENAI_API_KEY', process.env.OPENAI_API_KEY || 'mandatory-env-not-set'],\n]);", filename: FILES.lib },
    { code: "const body = { email: 'user@example.com', password: 'password123' };", filename: 'components/api-docs.tsx' },
    // Hashes, ids and non-secret names.
    { code: "const passwordHash = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';", filename: FILES.lib },
    { code: "const publicKey = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';", filename: FILES.lib },
    { code: "const maxTokens = '4096'; const tokenizer = 'cl100k_base';", filename: FILES.lib },
    // Test files and seeds (default), a PEM header used as a marker.
    { code: `const apiKey = '${OPENAI}';`, filename: 'lib/openai.test.ts' },
    { code: "const password = 'Adm1n!Seed#2024';", filename: 'lib/db/seed.ts' },
    // The password of an account on a reserved test domain (the same app's `scripts/g4-grant-sweep-probe.ts`): no such
    // mailbox exists, the account lives on a local stack.
    { code: "async function getProbeToken() {\n  const email = 'grant-probe@golfapp.test';\n  const password = 'grant-probe-Kq2eZ-48213';\n  return signIn(email, password);\n}\n", filename: 'scripts/grant-probe.ts' },
    { code: "export const PROBE = { email: 'grant-probe@golfapp.test', password: 'grant-probe-Kq2eZ-48213' };\n", filename: 'scripts/grant-probe.ts' },
    // A seed module of another name (a golf app's `scripts/seed-native-test-rounds.mjs`: a local stack's test user).
    { code: "const SUPABASE_URL = 'http://127.0.0.1:54321';\nconst PASSWORD = 'GolfRound2026!';\nawait signIn(SUPABASE_URL, 'rounds-test@app.local', PASSWORD);\n", filename: 'scripts/seed-test-rounds.mjs' },
    { code: "if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) {}", filename: FILES.lib },
    // ignoreValues / ignoreNames / allowTestKeys.
    { code: "const apiKey = 'demo-Kq2eZvKYlo2C8vQ3mPzR7tW1uY4b';", filename: FILES.lib, options: [{ ignoreValues: ['^demo-'] }] },
    { code: "const clientSecret = 'Kq2eZvKYlo2C8vQ3mPzR7tW1uY4b';", filename: FILES.lib, options: [{ ignoreNames: ['clientSecret'] }] },
    { code: "const stripe = new Stripe('sk_test_51Hx9Kq2eZvKYlo2C8vQ3mPzR7tW1uY4bAbN3');", filename: FILES.lib, options: [{ allowTestKeys: true }] },
    // robots.txt user-agent tokens listed for a settings page: the `token` is also the row's label.
    { code: "export const AI_CRAWLERS = [\n  { token: 'GPTBot', label: 'GPTBot', serves: 'ChatGPT (training)' },\n  { token: 'Applebot-Extended', label: 'Applebot-Extended', serves: 'Apple Intelligence' },\n];\n", filename: 'lib/ai-crawlers.ts' },
    // A demo account's password made of its email's local part: public with the email (scorpion26's demo sign-ins, shown on its login page).
    { code: "const DEMO_USERS = {\n  'guest@scorpion.app': { password: 'guest123', user: { role: 'guest' } },\n  'member@scorpion.app': { password: 'member123', user: { role: 'member' } },\n};\nexport const authenticateDemo = (email: string, password: string) => DEMO_USERS[email]?.password === password;\n", filename: 'lib/auth/demo-auth.ts' },
    // A check account's password made of its hyphenated email name (langwatch's browser check script registering on a local stack).
    { code: "export async function registerCheckUser(page, baseUrl: string) {\n  return page.request.post(`${baseUrl}/api/register`, {\n    data: { name: 'Browser Test Agent', email: 'browser-test@acme.ai', password: 'BrowserTest123!' },\n  });\n}\n", filename: 'dev/scripts/verify-browser-check.js' },
    { code: "const demoUsers = [\n  { email: 'collab@scorpion.app', password: 'collab123', role: 'collaborator' },\n];\nexport default demoUsers;\n", filename: 'lib/demo-users.ts' },
    // A test script run by hand against a dev database (booking-system-only-nextjs' `scripts/test-password-change-api.ts`):
    // the password of the throwaway admin it creates.
    { code: "import { db } from '../lib/db';\nimport { hashPassword } from '../src/lib/auth/password';\n\nasync function testPasswordChangeAPI() {\n  const initialPassword = 'initialpass123';\n  await db.adminUser.create({ data: { email: 'test-api@test.com', passwordHash: await hashPassword(initialPassword) } });\n}\n\ntestPasswordChangeAPI();\n", filename: 'scripts/test-password-change-api.ts' },
  ],
  invalid: [
    // The twin: a default that does hold a key.
    { code: "import { cert, initializeApp } from 'firebase-admin/app';\n\ninitializeApp({ credential: cert(JSON.parse(process.env.FIREBASE_SERVICE_ACCOUNT_KEY || '{\"private_key\":\"k9Xq2LmP7rTz4WvB8nYc\"}')) });\n", filename: 'src/lib/firebase-admin.ts', settings: secrets, errors: [{ messageId: 'defaultSecret', line: 3, column: 89, suggestions: [{ messageId: 'useEnv', output: "import { cert, initializeApp } from 'firebase-admin/app';\nimport { requireSecret } from '@/lib/secrets';\n\ninitializeApp({ credential: cert(JSON.parse(requireSecret('FIREBASE_SERVICE_ACCOUNT_KEY'))) });\n" }] }] },
    // The twin: a real password in the same kind of constant map.
    { code: "export const AUTH_CONFIG = {\n  ADMIN_PASSWORD: 'Wr0ng-Pa55w0rd',\n} as const;\n", filename: 'src/lib/auth-config.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 2, column: 19, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const AUTH_CONFIG = {\n  ADMIN_PASSWORD: requireSecret('ADMIN_PASSWORD'),\n} as const;\n" }] }] },
    // Twin: the same fallback in the app's own server code is what the app verifies with: reported.
    { code: "import { createHmac } from 'node:crypto';\n\nconst SECRET = process.env.INTERNAL_SYNC_SECRET || 'dev_secret';\n\nexport function sign(body: string) {\n  return createHmac('sha256', SECRET).update(body).digest('hex');\n}\n", filename: 'lib/internal-auth.ts', settings: secrets, errors: [{ messageId: 'defaultSecret', line: 3, column: 52, suggestions: [{ messageId: 'useEnv', output: "import { createHmac } from 'node:crypto';\nimport { requireSecret } from '@/lib/secrets';\n\nconst SECRET = requireSecret('INTERNAL_SYNC_SECRET');\n\nexport function sign(body: string) {\n  return createHmac('sha256', SECRET).update(body).digest('hex');\n}\n" }] }] },
    // Twin: the same constant holding a key-shaped value with no placeholder word (the suggestion drops the `as const`,
    // which a call cannot take).
    { code: "export const ENSO_API_KEY = \"1e02632d-6feb-4a75-a157-9c1d3e5f7a2b\" as const;\n", filename: 'src/action-providers/enso/constants.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 1, column: 29, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const ENSO_API_KEY = requireSecret('ENSO_API_KEY');\n" }] }] },
    // Twins: the same password in a script that is not a test (it creates the real admin), and a provider key in a test
    // script, are still reported.
    { code: "import { db } from '../lib/db';\nimport { hashPassword } from '../src/lib/auth/password';\n\nasync function createAdmin() {\n  const initialPassword = 'initialpass123';\n  await db.adminUser.create({ data: { email: 'owner@club.co.uk', passwordHash: await hashPassword(initialPassword) } });\n}\n\ncreateAdmin();\n", filename: 'scripts/create-admin.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 5, column: 27, suggestions: [{ messageId: 'useEnv', output: "import { db } from '../lib/db';\nimport { hashPassword } from '../src/lib/auth/password';\nimport { requireSecret } from '@/lib/secrets';\n\nasync function createAdmin() {\n  const initialPassword = requireSecret('INITIAL_PASSWORD');\n  await db.adminUser.create({ data: { email: 'owner@club.co.uk', passwordHash: await hashPassword(initialPassword) } });\n}\n\ncreateAdmin();\n" }] }] },
    { code: "import Stripe from 'stripe';\n\nconst stripe = new Stripe('sk_live_51HxT9aBc8dE7fG6hI5jK4lM3nO2pQ1rS0tU9vW8xY7zA');\n\nasync function testRefund() {\n  await stripe.refunds.create({ payment_intent: 'pi_123' });\n}\n\ntestRefund();\n", filename: 'scripts/test-refund.ts', settings: secrets, errors: [{ messageId: 'providerKey', line: 3, column: 27, suggestions: [{ messageId: 'useEnv', output: "import Stripe from 'stripe';\nimport { requireSecret } from '@/lib/secrets';\n\nconst stripe = new Stripe(requireSecret('STRIPE_SECRET_KEY'));\n\nasync function testRefund() {\n  await stripe.refunds.create({ payment_intent: 'pi_123' });\n}\n\ntestRefund();\n" }] }] },
    // Twin: a random-looking default in the same place is reported.
    { code: E2E_ENV('e2e-9fK3mQa8Lz2Xw7RtPq4Vb1Nc6Yd'), filename: 'scripts/test-e2e.mjs', settings: secrets, errors: [{ messageId: 'namedSecret', line: 6, column: 30, suggestions: [{ messageId: 'useEnv', output: E2E_ENV('e2e-9fK3mQa8Lz2Xw7RtPq4Vb1Nc6Yd').replace("'e2e-9fK3mQa8Lz2Xw7RtPq4Vb1Nc6Yd'", "requireSecret('BETTER_AUTH_SECRET')").replace("'node:child_process';\n", "'node:child_process';\nimport { requireSecret } from '@/lib/secrets';\n") }] }] },
    // The app's own Payload config (no in-memory test database): the fallback secret ships.
    { code: "import { buildConfig } from 'payload';\n\nexport default buildConfig({ collections: [], secret: process.env.PAYLOAD_SECRET || 'test-secret_key' });\n", filename: 'src/payload.config.ts', settings: secrets, errors: [{ messageId: 'defaultSecret', line: 3, column: 85, suggestions: [{ messageId: 'useEnv', output: "import { buildConfig } from 'payload';\nimport { requireSecret } from '@/lib/secrets';\n\nexport default buildConfig({ collections: [], secret: requireSecret('PAYLOAD_SECRET') });\n" }] }] },
    // Twin of the UI license key: a license key in server code (a MaxMind key in a route) or New Relic's agent key is a server credential.
    { code: "const MAXMIND_LICENSE_KEY = 'Xk3pQ9vL2mR7tW4z_mmk';\nexport async function GET() {\n  return fetch(`https://download.maxmind.com/geoip?license_key=${MAXMIND_LICENSE_KEY}`);\n}\n", filename: 'app/api/geo/route.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 1, column: 29, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst MAXMIND_LICENSE_KEY = requireSecret('MAXMIND_LICENSE_KEY');\nexport async function GET() {\n  return fetch(`https://download.maxmind.com/geoip?license_key=${MAXMIND_LICENSE_KEY}`);\n}\n" }] }] },
    { code: "exports.config = {\n  app_name: ['shop'],\n  license_key: 'a81f4c09d27e5b36c4f8e1a97d02b5c6e3f7NRAL',\n};\n", filename: 'newrelic.js', settings: secrets, errors: [{ messageId: 'namedSecret', line: 3, column: 16, suggestions: [{ messageId: 'useEnv', output: "const { requireSecret } = require('@/lib/secrets');\nexports.config = {\n  app_name: ['shop'],\n  license_key: requireSecret('LICENSE_KEY'),\n};\n" }] }] },
    // The key itself defaulted next to it is still reported.
    { code: "process.env.WORKER_ALLOW_SERVICE_ROLE_DEV = process.env.WORKER_ALLOW_SERVICE_ROLE_DEV ?? '1';\nprocess.env.SUPABASE_SERVICE_ROLE_KEY = process.env.SUPABASE_SERVICE_ROLE_KEY ?? 'sb-local-9f3a7c2e5d1b8a6f';\n", filename: 'scripts/audit-ledger.ts', errors: [{ messageId: 'defaultSecret', line: 2, column: 82, suggestions: [{ messageId: 'useEnv', output: "process.env.WORKER_ALLOW_SERVICE_ROLE_DEV = process.env.WORKER_ALLOW_SERVICE_ROLE_DEV ?? '1';\nprocess.env.SUPABASE_SERVICE_ROLE_KEY = requireSecret('SUPABASE_SERVICE_ROLE_KEY');\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }] },
    // Twin: the encryption key beside teable's IV and expiry settings is the secret, and its default is reported.
    {"code": "export default () => ({\n  key: process.env.BACKEND_ACCESS_TOKEN_ENCRYPTION_KEY ?? 'ie21hOKjlXUiGDx9',\n  iv: process.env.BACKEND_ACCESS_TOKEN_ENCRYPTION_IV ?? 'i0vKGXBWkzyAoGf4',\n  resetPasswordEmailExpiresIn: process.env.BACKEND_RESET_PASSWORD_EMAIL_EXPIRES_IN ?? '30m',\n});\n", "filename": "apps/backend/src/configs/auth.config.ts", "errors": [{"messageId": "defaultSecret", "line": 2, "suggestions": [{"messageId": "useEnv", "output": "export default () => ({\n  key: requireSecret('BACKEND_ACCESS_TOKEN_ENCRYPTION_KEY'),\n  iv: process.env.BACKEND_ACCESS_TOKEN_ENCRYPTION_IV ?? 'i0vKGXBWkzyAoGf4',\n  resetPasswordEmailExpiresIn: process.env.BACKEND_RESET_PASSWORD_EMAIL_EXPIRES_IN ?? '30m',\n});\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n"}]}]},
    // The same account with a password not made of its name is still reported.
    { code: "export async function registerCheckUser(page, baseUrl: string) {\n  return page.request.post(`${baseUrl}/api/register`, {\n    data: { name: 'Browser Test Agent', email: 'browser-test@acme.ai', password: 'Kq7#mZ2vLx9p' },\n  });\n}\n", filename: 'dev/scripts/verify-browser-check.js', settings: secrets, errors: [{ messageId: 'namedSecret', line: 3, suggestions: [{ messageId: 'useEnv', data: { env: 'PASSWORD' }, output: "import { requireSecret } from '@/lib/secrets';\nexport async function registerCheckUser(page, baseUrl: string) {\n  return page.request.post(`${baseUrl}/api/register`, {\n    data: { name: 'Browser Test Agent', email: 'browser-test@acme.ai', password: requireSecret('PASSWORD') },\n  });\n}\n" }] }] },
    // A random-looking value under the same kind of name is still a credential.
    { code: "const KEPT_SECRET = '__k7Qx9vLm2pRt8Wz4Bc6__';\nexport function storedShape(endpoint: { secretEncrypted?: string }) {\n  return { secretAccessKey: endpoint.secretEncrypted ? KEPT_SECRET : null };\n}\n", filename: 'ee/webhooks/webhookEndpoint.service.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 1, column: 21, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst KEPT_SECRET = requireSecret('KEPT_SECRET');\nexport function storedShape(endpoint: { secretEncrypted?: string }) {\n  return { secretAccessKey: endpoint.secretEncrypted ? KEPT_SECRET : null };\n}\n" }] }] },
    // The same key posted to another service: still reported.
    { code: "'use client';\nexport function FeedbackForm() {\n  const onSubmit = async (values: { message: string }) => {\n    await fetch('https://forms.acme.io/submit', {\n      method: 'POST',\n      headers: { 'Content-Type': 'application/json' },\n      body: JSON.stringify({ ...values, access_key: '7b1e2c94-5d3a-4f6e-9a81-c2d4e6f80b13' }),\n    });\n  };\n  return <form onSubmit={() => onSubmit({ message: '' })} />;\n}\n", filename: 'src/components/feedback-dialog.tsx', errors: [{ messageId: 'namedSecret', line: 7, column: 53, suggestions: [] }] },
    // The same script with a hosted project's service-role key (`"iss": "supabase"`): still reported.
    { code: `import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient('http://127.0.0.1:54321', '${SERVICE_ROLE}');`, filename: 'scripts/get-test-user-id.ts', settings: secrets, errors: [{ messageId: 'providerKey', data: { provider: 'a Supabase service-role key' }, suggestions: [{ messageId: 'useEnv', output: "import { createClient } from '@supabase/supabase-js';\nimport { requireSecret } from '@/lib/secrets';\nconst supabase = createClient('http://127.0.0.1:54321', requireSecret('SUPABASE_SERVICE_ROLE_KEY'));" }] }] },
    // Twin: a PostHog personal API key (`phx_`) reads and deletes project data: still reported.
    { code: "export const POSTHOG_API_KEY =\n  'phx_Qa7Lm2Xr9Tk4Vw8Nz3Bc6Hd1Jf5Gs0Pe2Ry7Uo4Ix9';\n", filename: 'src/constants/posthog.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 2, column: 3, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const POSTHOG_API_KEY =\n  requireSecret('POSTHOG_API_KEY');\n" }] }] },
    // Twin: a password that is not the email's name is a credential: reported.
    { code: "const demoUsers = [\n  { email: 'collab@scorpion.app', password: 'Kq7#mZ2vLx9p', role: 'collaborator' },\n];\nexport default demoUsers;\n", filename: 'lib/demo-users.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 2, suggestions: [{ messageId: 'useEnv', data: { env: 'PASSWORD' }, output: "import { requireSecret } from '@/lib/secrets';\nconst demoUsers = [\n  { email: 'collab@scorpion.app', password: requireSecret('PASSWORD'), role: 'collaborator' },\n];\nexport default demoUsers;\n" }] }] },
    // A file that declares its own `requireSecret` (another shape): no rewrite to a call of it.
    {"code":"import Stripe from 'stripe';\n\nfunction requireSecret(value: string): string {\n  return value.trim();\n}\n\nexport const stripe = new Stripe(requireSecret('sk_live_51HxT9aBc8dE7fG6hI5jK4lM3nO2pQ1rS0tU9vW8xY7zA'));\n","filename":"lib/stripe.ts","errors":[{"messageId":"providerKey","line":7,"column":48,"suggestions":[]}]},
    // Twin: a token whose label is another text is still reported.
    { code: "export const INTEGRATIONS = [\n  { token: 'd7Kq2-Vx9pLm4Rt8', label: 'Deploy token', serves: 'CI' },\n];\n", filename: 'lib/integrations.ts', settings: secrets, errors: [{ messageId: 'namedSecret', line: 2, column: 12, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const INTEGRATIONS = [\n  { token: requireSecret('TOKEN'), label: 'Deploy token', serves: 'CI' },\n];\n" }] }] },
    // The same code in an app feature folder that merely ends in "testing" (A/B testing routes): still reported.
    {
      code: "const testPassword = 'TestPassword123!';\nexport async function createTestUser(supabase) {\n  return supabase.auth.signUp({ email: 'qa@example.com', password: testPassword });\n}\n",
      filename: 'app/api/ab-testing/users/route.js',
      errors: [{ messageId: 'namedSecret', line: 1, suggestions: [{ messageId: 'useEnv', output: "const testPassword = requireSecret('TEST_PASSWORD');\nexport async function createTestUser(supabase) {\n  return supabase.auth.signUp({ email: 'qa@example.com', password: testPassword });\n}\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name, options = {}) {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }],
    },
    // Twins: a key-shaped fallback for the same clients, and a random dotted value under `token`, are still reported.
    { code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_9fK3mQa8Lz2Xw7RtPq4Vb');\n", filename: 'libraries/src/services/clients.ts', errors: [{ messageId: 'defaultSecret', line: 2, suggestions: [{ messageId: 'useEnv', output: "import Stripe from 'stripe';\nexport const stripe = new Stripe(requireSecret('STRIPE_SECRET_KEY'));\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }] },
    { code: "import { NeynarAPIClient } from '@neynar/nodejs-sdk';\nexport const neynar = new NeynarAPIClient({ apiKey: process.env.NEYNAR_SECRET_KEY || '4f9c2a7e-81b3-d6f0-5a2c-9e7b1d3f5a7c' });\n", filename: 'libraries/src/services/clients.ts', errors: [{ messageId: 'defaultSecret', line: 2, suggestions: [{ messageId: 'useEnv', output: "import { NeynarAPIClient } from '@neynar/nodejs-sdk';\nexport const neynar = new NeynarAPIClient({ apiKey: requireSecret('NEYNAR_SECRET_KEY') });\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }] },
    { code: "export const rubyLanguage = {\n  tokenizer: {\n    dstring: [[/'/, { token: 'a8Fk2.Lm9Qz7.Xw4Rt3', next: '@pop' }]],\n  },\n};\n", filename: 'lib/editor/ruby.ts', errors: [{ messageId: 'namedSecret', line: 3, suggestions: [{ messageId: 'useEnv', output: "export const rubyLanguage = {\n  tokenizer: {\n    dstring: [[/'/, { token: requireSecret('TOKEN'), next: '@pop' }]],\n  },\n};\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }] },
    // Twin: a key-shaped default for the same prop.
    { code: "interface Props { apiKey?: string; next: () => void }\n\nexport function Features(props: Props) {\n  const { apiKey = \"hk-4f9c2a7e81b3d6f05a2c9e7b\", next } = props;\n  return <pre onClick={next}>{`curl -H \"Authorization: Bearer ${apiKey}\" https://api.example.com/v1`}</pre>;\n}\n", filename: FILES.component, errors: [{ messageId: 'namedSecret', line: 4, column: 20 }] },
    // A dotted value whose parts are random letters and digits is still a credential.
    {
      code: "export const ENV_MAP = {\n  STRIPE_API_KEY: 'live.Xk9Qm2LpW8vR4tZ7Yh3Nc6Bd1Fg5',\n};\n",
      filename: "packages/backend/server/src/config/affine.env.ts",
      errors: [{ messageId: 'namedSecret', line: 2, column: 19, suggestions: [{ messageId: 'useEnv', output: "export const ENV_MAP = {\n  STRIPE_API_KEY: requireSecret('STRIPE_API_KEY'),\n};\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }],
    },
    // A credential-shaped token value there is still reported.
    {
      code: "export function fontPicks(params: { body: string }) {\n  return [{ token: 'ghx9F2kLm81QzP0vTy4R', id: params.body }];\n}\n",
      filename: 'app/(typeset)/components/docs-panel.tsx',
      errors: [{ messageId: 'namedSecret', line: 2 }],
    },
    // The same placeholder for a master key the app checks is reported; so is a key-shaped default sent to a client.
    {
      code: "const masterKey = process.env.LITELLM_MASTER_KEY || 'not-needed';\nexport const gateway = createOpenAI({ apiKey: process.env.LITELLM_MASTER_KEY || 'sk-1234abcd5678efgh9012' });\n",
      filename: 'lib/gateway.ts',
      settings: secrets,
      errors: [
        { messageId: 'defaultSecret', line: 1, suggestions: [{ messageId: 'useEnv', data: { env: 'LITELLM_MASTER_KEY', reads: 'process.env.LITELLM_MASTER_KEY', missing: 'the variable is missing', risk: 'forged sessions, signed tokens' }, output: "import { requireSecret } from '@/lib/secrets';\nconst masterKey = requireSecret('LITELLM_MASTER_KEY');\nexport const gateway = createOpenAI({ apiKey: process.env.LITELLM_MASTER_KEY || 'sk-1234abcd5678efgh9012' });\n" }] },
        { messageId: 'defaultSecret', line: 2, suggestions: [{ messageId: 'useEnv', data: { env: 'LITELLM_MASTER_KEY', reads: 'process.env.LITELLM_MASTER_KEY', missing: 'the variable is missing', risk: 'forged sessions, signed tokens' }, output: "import { requireSecret } from '@/lib/secrets';\nconst masterKey = process.env.LITELLM_MASTER_KEY || 'not-needed';\nexport const gateway = createOpenAI({ apiKey: requireSecret('LITELLM_MASTER_KEY') });\n" }] },
      ],
    },
    // The same account on a real domain is still reported.
    {
      code: "async function getProbeToken() {\n  const email = 'grant-probe@golfapp.com';\n  const password = 'grant-probe-Kq2eZ-48213';\n  return signIn(email, password);\n}\n",
      filename: 'scripts/grant-probe.ts',
      settings: secrets,
      errors: [{ messageId: 'namedSecret', line: 3, suggestions: [{ messageId: 'useEnv', data: { env: 'PASSWORD' }, output: "import { requireSecret } from '@/lib/secrets';\nasync function getProbeToken() {\n  const email = 'grant-probe@golfapp.com';\n  const password = requireSecret('PASSWORD');\n  return signIn(email, password);\n}\n" }] }],
    },
    // The same script under a name that is no seed's is still checked.
    {
      code: "const SUPABASE_URL = 'http://127.0.0.1:54321';\nconst PASSWORD = 'GolfRound2026!';\nawait signIn(SUPABASE_URL, 'rounds-test@app.local', PASSWORD);\n",
      filename: 'scripts/import-test-rounds.mjs',
      settings: secrets,
      errors: [{ messageId: 'namedSecret', line: 2, suggestions: [{ messageId: 'useEnv', data: { env: 'PASSWORD' }, output: "import { requireSecret } from '@/lib/secrets';\nconst SUPABASE_URL = 'http://127.0.0.1:54321';\nconst PASSWORD = requireSecret('PASSWORD');\nawait signIn(SUPABASE_URL, 'rounds-test@app.local', PASSWORD);\n" }] }],
    },
    // The same module without a test library is not test support.
    {
      code: "import { db } from './db';\nconst ADMIN_USER = {\n  email: 'admin@example.com',\n  password: 'TacoCat!2#4X',\n};\nexport const seedAdmin = () => db.user.create({ data: ADMIN_USER });\n",
      filename: 'packages/api/src/admin.ts',
      settings: secrets,
      errors: [
        {
          messageId: 'namedSecret',
          line: 4,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'PASSWORD' },
              output: "import { db } from './db';\nimport { requireSecret } from '@/lib/secrets';\nconst ADMIN_USER = {\n  email: 'admin@example.com',\n  password: requireSecret('PASSWORD'),\n};\nexport const seedAdmin = () => db.user.create({ data: ADMIN_USER });\n",
            },
          ],
        },
      ],
    },
    // The provider-key prefilter reads string tokens: a key in a JSX attribute string (a JSXText token) and in a template part.
    { code: 'export const Pay = () => <Checkout publishable="sk_live_51HxT9aBc8dE7fG6hI5jK4lM3nO2pQ1rS0tU9vW8xY7zA" />;', filename: 'components/pay.tsx', errors: [{ messageId: 'providerKey', suggestions: [] }] },
    // Its suggestion keeps the JSX valid: the call goes in braces.
    { code: 'export const Pay = () => <Checkout publishable="sk_live_51HxT9aBc8dE7fG6hI5jK4lM3nO2pQ1rS0tU9vW8xY7zA" />;', filename: 'lib/pay.tsx', settings: secrets, errors: [{ messageId: 'providerKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const Pay = () => <Checkout publishable={requireSecret('STRIPE_SECRET_KEY')} />;" }] }] },
    { code: 'const h = `${a}:sk_live_51HxT9aBc8dE7fG6hI5jK4lM3nO2pQ1rS0tU9vW8xY7zA`;', filename: FILES.lib, errors: [{ messageId: 'providerKey' }] },
    // Twins: a real-looking provider key as fallback, and the same placeholder for a signing secret (anyone can sign with 'undefined').
    { code: "import OpenAI from 'openai';\nimport { internalAction } from './_generated/server';\n\n// Outbound provider key: the fallback is a sentinel so the constructor does not throw at module load.\n// Nothing can be forged with it; a missing key only makes the Together API answer 401.\nconst togetherApiKey = process.env.TOGETHER_API_KEY ?? '5f2c9a17e3b84d06a1c7f9e2b3d4a5c6';\n\nconst togetherai = new OpenAI({\n  apiKey: togetherApiKey,\n  baseURL: 'https://api.together.xyz/v1',\n  timeout: 30_000,\n});\n\nexport const embed = internalAction({\n  args: {},\n  handler: async () => {\n    const res = await togetherai.embeddings.create({ input: ['x'], model: 'm' });\n    return res.data[0].embedding;\n  },\n});\n", filename: 'convex/together.ts', errors: [{ messageId: 'defaultSecret', line: 6, column: 56, suggestions: [{ messageId: 'useEnv', output: "import OpenAI from 'openai';\nimport { internalAction } from './_generated/server';\n\n// Outbound provider key: the fallback is a sentinel so the constructor does not throw at module load.\n// Nothing can be forged with it; a missing key only makes the Together API answer 401.\nconst togetherApiKey = requireSecret('TOGETHER_API_KEY');\n\nconst togetherai = new OpenAI({\n  apiKey: togetherApiKey,\n  baseURL: 'https://api.together.xyz/v1',\n  timeout: 30_000,\n});\n\nexport const embed = internalAction({\n  args: {},\n  handler: async () => {\n    const res = await togetherai.embeddings.create({ input: ['x'], model: 'm' });\n    return res.data[0].embedding;\n  },\n});\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }] },
    { code: "export const secret = process.env.JWT_SECRET ?? 'undefined';\n", filename: 'lib/x.ts', errors: [{ messageId: 'defaultSecret', line: 1, column: 49, suggestions: [{ messageId: 'useEnv', output: "export const secret = requireSecret('JWT_SECRET');\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }] },
    // Twin: a random-looking value under the same name.
    {
      code: "export const ONBOARDING_SECRET_KEY = 'q8Zt.R2vKp9xWm4LbN7s';\n\nexport function readDraftSecret(): string | null {\n  return sessionStorage.getItem(ONBOARDING_SECRET_KEY) ? 'set' : null;\n}\n",
      filename: "lib/onboarding.ts",
      errors: [{ messageId: 'namedSecret', line: 1, column: 38, suggestions: [{ messageId: 'useEnv', output: "export const ONBOARDING_SECRET_KEY = requireSecret('ONBOARDING_SECRET_KEY');\n\nexport function readDraftSecret(): string | null {\n  return sessionStorage.getItem(ONBOARDING_SECRET_KEY) ? 'set' : null;\n}\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }],
    },

    // Twin: an apiKey with no search-UI context.
    {
      code: "import type { Config } from '@docusaurus/types';\n\nconst config: Config = {\n  title: 'Acme docs',\n  url: 'https://docs.acme.dev',\n  baseUrl: '/',\n  themeConfig: {\n    search: {\n      appId: 'ABCD1234EF',\n      // Public search-only key: safe to commit\n      apiKey: '0eb8853d9740822fb9d21620d5515f35',\n\n    },\n  },\n};\nexport default config;\n",
      filename: "docs/docusaurus.config.ts",
      errors: [{ messageId: 'namedSecret', line: 11, column: 15, suggestions: [{ messageId: 'useEnv', output: "import type { Config } from '@docusaurus/types';\n\nconst config: Config = {\n  title: 'Acme docs',\n  url: 'https://docs.acme.dev',\n  baseUrl: '/',\n  themeConfig: {\n    search: {\n      appId: 'ABCD1234EF',\n      // Public search-only key: safe to commit\n      apiKey: requireSecret('API_KEY'),\n\n    },\n  },\n};\nexport default config;\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n" }] }],
    },

    // The eval pattern: an OpenAI key in an SDK client.
    {
      code: `import OpenAI from 'openai';\nexport const openai = new OpenAI({\n  apiKey: '${OPENAI}',\n});`,
      filename: 'lib/openai-client.ts',
      settings: secrets,
      errors: [
        {
          messageId: 'providerKey',
          line: 3,
          column: 11,
          data: { provider: 'an OpenAI API key' },
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import OpenAI from 'openai';\nimport { requireSecret } from '@/lib/secrets';\nexport const openai = new OpenAI({\n  apiKey: requireSecret('OPENAI_API_KEY'),\n});`,
            },
          ],
        },
      ],
    },
    // A default secret: process.env.JWT_SECRET || '...' (even a placeholder-looking one), helper inlined.
    {
      code: "const JWT_SECRET = process.env.JWT_SECRET || 'your-super-secret-jwt-key-here';\n",
      filename: 'lib/auth-middleware.ts',
      errors: [
        {
          messageId: 'defaultSecret',
          column: 46,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const JWT_SECRET = requireSecret('JWT_SECRET');

const PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;

/**
 * Returns a secret from the server environment (set in the host's env settings, listed without a
 * value in \`.env.example\`), or throws an error naming the missing variable. Values that look like
 * placeholders or are too short are rejected, so a copied \`.env.example\` never reaches production.
 */
function requireSecret(name: string, options: { minLength?: number } = {}): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(\`Missing secret \${name}: set it in the environment (and list it in .env.example without a value)\`);
  }
  const minLength = options.minLength ?? 16;
  if (value.length < minLength || PLACEHOLDER.test(value)) {
    throw new Error(\`Secret \${name} looks like a placeholder or is shorter than \${minLength} characters\`);
  }
  return value;
}
`,
            },
          ],
        },
      ],
    },
    // Connection strings with an embedded credential, and signing secrets whatever the fallback says.
    {
      code: CREDENTIAL_URLS,
      filename: FILES.lib,
      settings: secrets,
      errors: [
        { messageId: 'defaultSecret', line: 2, column: 40, endColumn: 80, data: { env: 'DATABASE_URL', reads: 'process.env.DATABASE_URL', missing: 'the variable is missing', risk: 'anyone can use what it opens' }, suggestions: useEnv(CREDENTIAL_URLS, "process.env.DATABASE_URL ?? 'postgres://user:pass@localhost:5432/db'", 'DATABASE_URL') },
        { messageId: 'defaultSecret', line: 3, column: 40, endColumn: 73, data: { env: 'REDIS_URL', reads: 'process.env.REDIS_URL', missing: 'the variable is missing', risk: 'anyone can use what it opens' }, suggestions: useEnv(CREDENTIAL_URLS, "process.env.REDIS_URL || 'redis://:hunter2@127.0.0.1:6379'", 'REDIS_URL') },
        { messageId: 'defaultSecret', line: 4, column: 43, endColumn: 82, data: { env: 'DATABASE_URL', reads: 'process.env.DATABASE_URL', missing: 'the variable is missing', risk: 'anyone can use what it opens' }, suggestions: useEnv(CREDENTIAL_URLS, "process.env.DATABASE_URL || 'libsql://db.turso.io?authToken=abc123'", 'DATABASE_URL') },
      ],
    },
    // Twin: the same env map defaulting to a URL with a password, or to a token-shaped value, is reported.
    {
      code: ENV_MAP_SECRETS,
      filename: FILES.lib,
      settings: secrets,
      errors: [
        { messageId: 'defaultSecret', line: 2, column: 48, data: { env: 'DATABASE_URL', reads: 'process.env.DATABASE_URL', missing: 'the variable is missing', risk: 'anyone can use what it opens' }, suggestions: useEnv(ENV_MAP_SECRETS, "process.env.DATABASE_URL || 'postgres://app:s3cret@db.internal:5432/app'", 'DATABASE_URL') },
        { messageId: 'defaultSecret', line: 3, column: 42, data: { env: 'REDIS_URL', reads: 'process.env.REDIS_URL', missing: 'the variable is missing', risk: 'anyone can use what it opens' }, suggestions: useEnv(ENV_MAP_SECRETS, "process.env.REDIS_URL || 'k8Hn2pQ7vX4mR9tLw3Zs'", 'REDIS_URL') },
      ],
    },
    {
      code: SIGNING_DEFAULTS,
      filename: FILES.lib,
      settings: secrets,
      errors: [
        { messageId: 'defaultSecret', line: 1, column: 37, endColumn: 49, data: { env: 'JWT_SECRET', reads: 'process.env.JWT_SECRET', missing: 'the variable is missing', risk: 'forged sessions, signed tokens' }, suggestions: useEnv(SIGNING_DEFAULTS, "process.env.JWT_SECRET || 'dev-secret'", 'JWT_SECRET') },
        { messageId: 'defaultSecret', line: 2, column: 41, endColumn: 54, data: { env: 'SESSION_SECRET', reads: 'process.env.SESSION_SECRET', missing: 'the variable is missing', risk: 'forged sessions, signed tokens' }, suggestions: useEnv(SIGNING_DEFAULTS, "process.env.SESSION_SECRET ?? 'development'", 'SESSION_SECRET') },
        { messageId: 'defaultSecret', line: 3, column: 38, endColumn: 44, data: { env: 'DB_PASSWORD', reads: 'process.env.DB_PASSWORD', missing: 'the variable is missing', risk: 'anyone can sign in with it' }, suggestions: useEnv(SIGNING_DEFAULTS, "process.env.DB_PASSWORD ?? '5432'", 'DB_PASSWORD') },
      ],
    },
    // The last link of a chain of env reads (openpanel's unsubscribe HMAC key): only that link is replaced.
    {
      code: "const SECRET =\n  process.env.UNSUBSCRIBE_SECRET || process.env.COOKIE_SECRET || process.env.SECRET || 'default-secret-change-in-production';",
      filename: 'packages/email/src/unsubscribe.ts',
      settings: secrets,
      errors: [
        {
          messageId: 'defaultSecret',
          data: { env: 'SECRET', reads: 'process.env.UNSUBSCRIBE_SECRET || process.env.COOKIE_SECRET || process.env.SECRET', missing: 'all three are unset', risk: 'forged sessions, signed tokens' },
          line: 2,
          column: 88,
          endColumn: 125,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'SECRET' },
              output: "import { requireSecret } from '@/lib/secrets';\nconst SECRET =\n  process.env.UNSUBSCRIBE_SECRET || process.env.COOKIE_SECRET || requireSecret('SECRET');",
            },
          ],
        },
      ],
    },
    // Two env reads: the message says the default is used when both are unset; a chain through a non-env value names the last read.
    { code: "const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? 'dev-secret';", filename: 'lib/auth.ts', settings: secrets, errors: [{ messageId: 'defaultSecret', data: { env: 'NEXTAUTH_SECRET', reads: 'process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET', missing: 'both are unset', risk: 'forged sessions, signed tokens' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst s = process.env.AUTH_SECRET ?? requireSecret('NEXTAUTH_SECRET');" }] }] },
    { code: "const s = config.authSecret || process.env.NEXTAUTH_SECRET || 'dev-secret';", filename: 'lib/auth.ts', settings: secrets, errors: [{ messageId: 'defaultSecret', data: { env: 'NEXTAUTH_SECRET', reads: 'process.env.NEXTAUTH_SECRET', missing: 'the variable is missing', risk: 'forged sessions, signed tokens' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst s = config.authSecret || requireSecret('NEXTAUTH_SECRET');" }] }] },
    { code: "const s = process.env.NEXTAUTH_SECRET ?? 'secret';", filename: 'lib/auth.ts', settings: secrets, errors: [{ messageId: 'defaultSecret', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst s = requireSecret('NEXTAUTH_SECRET');" }] }] },
    // Provider formats.
    { code: "const stripe = new Stripe('sk_live_51Hx9Kq2eZvKYlo2C8vQ3mPzR7tW1uY4bAbN3');", filename: FILES.lib, settings: secrets, errors: [{ messageId: 'providerKey', data: { provider: 'a Stripe live secret key' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst stripe = new Stripe(requireSecret('STRIPE_SECRET_KEY'));" }] }] },
    // A Plaid sandbox item's access token (banking's TEST_ACCESS_TOKEN): a test-mode key, named for what it is.
    { code: "export const TEST_ACCESS_TOKEN =\n  'access-sandbox-229476cf-25bc-46d2-9ed5-fba9df7a5d63';\n", filename: 'constants/index.ts', settings: secrets, errors: [{ messageId: 'testKey', line: 2, column: 3, data: { provider: 'a Plaid sandbox access token' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const TEST_ACCESS_TOKEN =\n  requireSecret('PLAID_ACCESS_TOKEN');\n" }] }] },
    { code: "const stripe = new Stripe('sk_test_51Hx9Kq2eZvKYlo2C8vQ3mPzR7tW1uY4bAbN3');", filename: FILES.lib, settings: secrets, errors: [{ messageId: 'testKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst stripe = new Stripe(requireSecret('STRIPE_SECRET_KEY'));" }] }] },
    { code: "'use client';\nconst key = 'sk-ant-api03-Zq8Rt2Lm9Wx4Vb7Nc1Kp5Hj3Gf6Ds0Aq8Ew2Ry4Tu';", filename: 'components/Chat.tsx', errors: [{ messageId: 'providerKey', data: { provider: 'an Anthropic API key' }, suggestions: [] }] },
    { code: "const octokit = new Octokit({ auth: 'ghp_Zq8Rt2Lm9Wx4Vb7Nc1Kp5Hj3Gf6Ds0Aq8Ew2' });", filename: FILES.route, settings: secrets, errors: [{ messageId: 'providerKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst octokit = new Octokit({ auth: requireSecret('GITHUB_TOKEN') });" }] }] },
    { code: "const s3 = new S3Client({ credentials: { accessKeyId: 'AKIA2E0A8F3B244C9986', secretAccessKey: sk } });", filename: FILES.lib, settings: secrets, errors: [{ messageId: 'providerKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst s3 = new S3Client({ credentials: { accessKeyId: requireSecret('AWS_ACCESS_KEY_ID'), secretAccessKey: sk } });" }] }] },
    { code: "const slack = 'xoxb-2048392847-9384729384-Zq8Rt2Lm9Wx4Vb7Nc1Kp5Hj3';", filename: FILES.lib, settings: secrets, errors: [{ messageId: 'providerKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst slack = requireSecret('SLACK_TOKEN');" }] }] },
    { code: "const genAI = new GoogleGenerativeAI('AIzaSyD4k9Qw2Lm8Rt7Yu1Io3Pa5Sd6Fg0Hj2Kx');", filename: FILES.route, settings: secrets, errors: [{ messageId: 'providerKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst genAI = new GoogleGenerativeAI(requireSecret('GOOGLE_API_KEY'));" }] }] },
    // Supabase service-role JWT (decoded role), in a client file.
    { code: `'use client';\nconst admin = createClient('https://x.supabase.co', '${SERVICE_ROLE}');`, filename: FILES.component, errors: [{ messageId: 'providerKey', data: { provider: 'a Supabase service-role key' }, suggestions: [] }] },
    // Private key.
    {
      code: "const privateKey = '-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\\n-----END RSA PRIVATE KEY-----';",
      filename: FILES.lib,
      settings: secrets,
      errors: [{ messageId: 'providerKey', data: { provider: 'a private key' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst privateKey = requireSecret('PRIVATE_KEY');" }] }],
    },
    // Secret-named bindings with credential-looking values.
    { code: "const JWT_SECRET = 'a8F3kQ9zL2mX7pV4wR1tY6uB0nC5eH';", filename: 'lib/auth.ts', settings: secrets, errors: [{ messageId: 'namedSecret', data: { name: 'JWT_SECRET', what: 'credential' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst JWT_SECRET = requireSecret('JWT_SECRET');" }] }] },
    { code: "const config = { clientSecret: 'GOCSPX-8fK2mQ9zL3xV7pW1rT4y' };", filename: 'lib/auth.ts', settings: secrets, errors: [{ messageId: 'namedSecret', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst config = { clientSecret: requireSecret('CLIENT_SECRET') };" }] }] },
    { code: "const pool = new Pool({ user: 'app', password: 'Tr0ub4dor&3x' });", filename: 'lib/db.ts', settings: secrets, errors: [{ messageId: 'namedSecret', data: { name: 'password', what: 'password' }, suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst pool = new Pool({ user: 'app', password: requireSecret('PASSWORD') });" }] }] },
    { code: "class Api { apiKey = 'Zq8Rt2Lm9Wx4Vb7Nc1Kp5Hj3'; }", filename: FILES.lib, settings: secrets, errors: [{ messageId: 'namedSecret', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nclass Api { apiKey = requireSecret('API_KEY'); }" }] }] },
    { code: "config.accessToken = 'Zq8Rt2Lm9Wx4Vb7Nc1Kp5Hj3';", filename: FILES.lib, settings: secrets, errors: [{ messageId: 'namedSecret', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconfig.accessToken = requireSecret('ACCESS_TOKEN');" }] }] },
    // Template literal with a key inside.
    { code: "const h = { Authorization: `Bearer sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW0xY5zA2bC7dE4fG9hJ1kL3mN${suffix}` };", filename: FILES.lib, errors: [{ messageId: 'providerKey' }] },
    // includeTests.
    { code: `const apiKey = '${OPENAI}';`, filename: 'lib/openai.test.ts', options: [{ includeTests: true }], settings: secrets, errors: [{ messageId: 'providerKey', suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nconst apiKey = requireSecret('OPENAI_API_KEY');" }] }] },
  ],
});

// A storyblok agency site's lib/constants.ts: the draft-mode secret its preview route compares `?secret=` with.
ruleTester.run('no-hardcoded-secret (preview secrets)', rule, {
  valid: [
    // A shown preview of a key (the last few characters for a settings page): `preview` last names no credential.
    { code: "export const secretPreview = 'r7Kp2Qx9Lm4Vt8Zw';\n", filename: 'lib/constants.ts' },
  ],
  invalid: [
    {
      code: "export const PREVIEW_SECRET = 'r7Kp_2Qx9_Lm4Vt8';\n",
      filename: 'lib/constants.ts',
      settings: secrets,
      errors: [
        {
          messageId: 'namedSecret',
          data: { name: 'PREVIEW_SECRET', what: 'credential' },
          line: 1,
          column: 31,
          endColumn: 49,
          suggestions: [{ messageId: 'useEnv', output: "import { requireSecret } from '@/lib/secrets';\nexport const PREVIEW_SECRET = requireSecret('PREVIEW_SECRET');\n" }],
        },
      ],
    },
  ],
});

// A CMS-driven marketing site's product block: the browser queries Shopify's Storefront API with the shop's public token.
ruleTester.run('no-hardcoded-secret (Shopify Storefront tokens)', rule, {
  valid: [
    {
      code: "export function useProduct(handle) {\n  return fetch('https://shop.myshopify.com/api/graphql', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': '5c2e9a71d04b8f36e1a7c9d2b4f08e63' },\n    body: JSON.stringify({ query: PRODUCT_QUERY, variables: { handle } }),\n  });\n}\n",
      filename: 'components/ShopifyProduct/index.jsx',
    },
  ],
  invalid: [
    // The twin: the private Storefront token is a server credential.
    {
      code: "export function getProduct(handle) {\n  return fetch('https://shop.myshopify.com/api/graphql', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json', 'Shopify-Storefront-Private-Token': '7d1f0b92c6e84a35b0e9f4c2a18d6e57' },\n    body: JSON.stringify({ query: PRODUCT_QUERY, variables: { handle } }),\n  });\n}\n",
      filename: 'lib/shopify.ts',
      settings: secrets,
      errors: [
        {
          messageId: 'namedSecret',
          data: { name: 'Shopify-Storefront-Private-Token', what: 'credential' },
          line: 4,
          column: 88,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'useEnv',
              output: "import { requireSecret } from '@/lib/secrets';\nexport function getProduct(handle) {\n  return fetch('https://shop.myshopify.com/api/graphql', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json', 'Shopify-Storefront-Private-Token': requireSecret('SHOPIFY_STOREFRONT_PRIVATE_TOKEN') },\n    body: JSON.stringify({ query: PRODUCT_QUERY, variables: { handle } }),\n  });\n}\n",
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-secret (stand-in Stripe keys)', rule, {
  valid: [
    // zoonk's build-time Stripe client: the key a client sends, defaulted to a stand-in (reported by no-unvalidated-env).
    {"code": "import Stripe from 'stripe';\n\nconst secretKey = process.env.STRIPE_SECRET_KEY || 'sk_test_dummykey1234567890';\n\nexport const stripeClient = new Stripe(secretKey, { apiVersion: '2026-07-29.dahlia' });\n", "filename": "packages/auth/src/stripe/client.ts"},
  ],
  invalid: [
    // Twin: a webhook's signing secret defaulted to a stand-in is a known secret: anyone can sign events.
    {"code":"const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || 'whsec_dummykey1234567890';\nexport const config = { webhookSecret };\n","filename":"packages/auth/src/stripe/plugin.ts","errors":[{"messageId":"defaultSecret","line":1,"column":60,"suggestions":[{"messageId":"useEnv","output":"const webhookSecret = requireSecret('STRIPE_WEBHOOK_SECRET');\nexport const config = { webhookSecret };\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n"}]}]},
    // Twin: a real-looking Stripe key as the default.
    {"code":"import Stripe from 'stripe';\n\nconst secretKey = process.env.STRIPE_SECRET_KEY || 'sk_live_51HqLyjWDarjtT1zdp7dcXn4K2mZrQ8sTvB0';\n\nexport const stripeClient = new Stripe(secretKey);\n","filename":"packages/auth/src/stripe/client.ts","errors":[{"messageId":"providerKey","line":3,"column":52,"suggestions":[{"messageId":"useEnv","output":"import Stripe from 'stripe';\n\nconst secretKey = process.env.STRIPE_SECRET_KEY || requireSecret('STRIPE_SECRET_KEY');\n\nexport const stripeClient = new Stripe(secretKey);\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n"}]}]},
    // Twin: a session secret defaulted to a stand-in.
    {"code":"export const sessionSecret = process.env.SESSION_SECRET || 'dummykey1234567890';\n","filename":"lib/session.ts","errors":[{"messageId":"defaultSecret","line":1,"column":60,"suggestions":[{"messageId":"useEnv","output":"export const sessionSecret = requireSecret('SESSION_SECRET');\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n"}]}]},
    // Twin: a webhook signing secret under another name (STRIPE_SIGNING_SECRET), defaulted to a stand-in: reported.
    {"code": "export const signingSecret = process.env.STRIPE_SIGNING_SECRET || 'whsec_dummykey1234567890';\n", "filename": "lib/stripe.ts", "errors": [{"messageId": "defaultSecret", "line": 1, "column": 67, "suggestions": [{"messageId": "useEnv", "output": "export const signingSecret = requireSecret('STRIPE_SIGNING_SECRET');\n\nconst PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;\n\n/**\n * Returns a secret from the server environment (set in the host's env settings, listed without a\n * value in `.env.example`), or throws an error naming the missing variable. Values that look like\n * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.\n */\nfunction requireSecret(name: string, options: { minLength?: number } = {}): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);\n  }\n  const minLength = options.minLength ?? 16;\n  if (value.length < minLength || PLACEHOLDER.test(value)) {\n    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);\n  }\n  return value;\n}\n"}]}]},
  ],
});
