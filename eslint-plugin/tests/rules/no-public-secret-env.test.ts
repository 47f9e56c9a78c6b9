import rule from '../../src/rules/no-public-secret-env';
import { ruleTester, FILES } from '../rule-tester';

ruleTester.run('no-public-secret-env', rule, {
  valid: [
    // firegeo's brand monitor: NEXT_PUBLIC_HAS_OPENAI_KEY is a flag saying the key is configured, not the key.
    {"code": "'use client';\n\nexport function ProviderPicker() {\n  const defaultProviders: string[] = [];\n  if (process.env.NEXT_PUBLIC_HAS_OPENAI_KEY) defaultProviders.push('OpenAI');\n  if (process.env.NEXT_PUBLIC_HAS_ANTHROPIC_KEY) defaultProviders.push('Anthropic');\n  return <Picker providers={defaultProviders} />;\n}\n", "filename": "components/brand-monitor/brand-monitor.tsx"},
    // medusa's storefront: an ambiguous Stripe key name handed to Stripe.js's loadStripe (through a const), which takes only the publishable key.
    { code: "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nconst stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY || process.env.NEXT_PUBLIC_PAYMENTS_PUBLISHABLE_KEY;\nconst stripePromise = stripeKey ? loadStripe(stripeKey) : null;\n", filename: 'src/modules/checkout/components/payment-wrapper/index.tsx' },
    { code: "'use client';\nimport { StripeProvider } from '@stripe/stripe-react-native';\nexport const App = () => <StripeProvider publishableKey={process.env.EXPO_PUBLIC_STRIPE_KEY!} />;\n", filename: 'app/_layout.tsx' },
    // SajiloReserveX: a flag that forces the password sign-in form (compared with 'true'), named for the sign-in mode, not a password.
    { code: "export const clientEnv = {\n  forcePasswordSignIn: process.env.NEXT_PUBLIC_FORCE_PASSWORD_SIGNIN === 'true',\n};\n", filename: 'lib/env-client.ts' },
    // next-supabase-ai-template (Makerkit): the sign-up form's password policy, switched on by public flags.
    { code: "export const requirements = {\n  specialChars: process.env.NEXT_PUBLIC_PASSWORD_REQUIRE_SPECIAL_CHARS === 'true',\n  numbers: process.env.NEXT_PUBLIC_PASSWORD_REQUIRES_NUMBERS === 'true',\n};\n", filename: 'packages/features/auth/src/schemas/password.schema.ts' },
    // next-supabase-ai-template (Makerkit): the switch that turns on the password sign-in provider, compared with 'true'.
    { code: "export const authConfig = {\n  providers: { password: process.env.NEXT_PUBLIC_AUTH_PASSWORD === 'true', magicLink: process.env.NEXT_PUBLIC_AUTH_MAGIC_LINK === 'true' },\n};\n", filename: 'apps/web/config/auth.config.ts' },
    // WebAuthn's passkey settings are no password: the relying party id, a switch.
    { code: "'use client';\nexport const passkeys = { rpId: process.env.NEXT_PUBLIC_PASSKEY_RP_ID, on: process.env.NEXT_PUBLIC_ENABLE_PASSKEY === 'true' };\n", filename: 'lib/passkeys.ts' },
    // The demo account's password, shown on the login page on purpose (linkwarden's NEXT_PUBLIC_DEMO_PASSWORD).
    { code: "export default function handler(req, res) {\n  res.json({ DEMO_USERNAME: process.env.NEXT_PUBLIC_DEMO_USERNAME, DEMO_PASSWORD: process.env.NEXT_PUBLIC_DEMO_PASSWORD });\n}\n", filename: 'pages/api/config/index.ts' },
    // Publishable / anon keys, DSNs, ids, URLs, public-by-design provider keys.
    { code: 'const k = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_POSTHOG_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_SENTRY_DSN;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_MAPBOX_TOKEN;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_FIREBASE_API_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_GOOGLE_MAPS_API_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_TURNSTILE_SITE_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_AXIOM_TOKEN;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_VAPID_PUBLIC_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_SUPABASE_URL;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_OPENAI_ORGANIZATION_ID;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_STRIPE_PRO_PRICE_ID;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_API_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_SUPABASE_KEY;', filename: FILES.component },
    { code: 'const k = process.env.NEXT_PUBLIC_TOKEN_LIMIT;', filename: FILES.component },
    { code: 'const k = import.meta.env.VITE_TOKEN_INVALID_ERROR_CODE;', filename: 'src/main.ts' },
    // Server-only names are what the rule asks for.
    { code: 'const k = process.env.OPENAI_API_KEY;', filename: FILES.route },
    // PUBLIC_ is only a prefix for import.meta.env (Astro / SvelteKit).
    { code: 'const k = process.env.PUBLIC_SECRET_THING;', filename: FILES.lib },
    // t3 runtimeEnv mirrors a public var; allowNames.
    { code: 'const k = process.env.NEXT_PUBLIC_APP_URL;', filename: 'env.mjs' },
    { code: 'const k = process.env.NEXT_PUBLIC_DEMO_SECRET;', filename: FILES.component, options: [{ allowNames: ['NEXT_PUBLIC_DEMO_SECRET'] }] },
    // Tests.
    { code: 'const k = process.env.NEXT_PUBLIC_OPENAI_API_KEY;', filename: 'components/x.test.tsx' },
    // next.config env with public values.
    { code: "module.exports = { env: { APP_NAME: 'x', NEXT_PUBLIC_BUILD_ID: process.env.BUILD_ID } };", filename: 'next.config.js' },
    // Shopify's Storefront API access token is made for browsers (the shopify-buy SDK runs there; scorpion26's shop client).
    { code: "import Client from 'shopify-buy';\nexport const client = Client.buildClient({ domain: process.env.NEXT_PUBLIC_SHOPIFY_DOMAIN!, storefrontAccessToken: process.env.NEXT_PUBLIC_SHOPIFY_STOREFRONT_ACCESS_TOKEN! });\n", filename: 'lib/shopify/shopify-client.ts' },
  ],
  invalid: [
    // t3-env: the client schema key and its runtimeEnv read are one variable: one report, at the read (wdc-saas-starter-kit)
    {"code":"import { createEnv } from '@t3-oss/env-nextjs';\nimport { z } from 'zod';\n\nexport const env = createEnv({\n  server: { DATABASE_URL: z.string().url() },\n  client: {\n    NEXT_PUBLIC_STRIPE_SECRET_KEY: z.string().min(1),\n  },\n  runtimeEnv: {\n    DATABASE_URL: process.env.DATABASE_URL,\n    NEXT_PUBLIC_STRIPE_SECRET_KEY: process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY,\n  },\n});\n","filename":"src/env.ts","errors":[{"messageId":"publicSecret","line":11,"column":48,"suggestions":[{"messageId":"renameServerOnly","output":"import { createEnv } from '@t3-oss/env-nextjs';\nimport { z } from 'zod';\n\nexport const env = createEnv({\n  server: { DATABASE_URL: z.string().url() },\n  client: {\n    NEXT_PUBLIC_STRIPE_SECRET_KEY: z.string().min(1),\n  },\n  runtimeEnv: {\n    DATABASE_URL: process.env.DATABASE_URL,\n    NEXT_PUBLIC_STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,\n  },\n});\n"}]}]},
    {"code":"import { createEnv } from '@t3-oss/env-nextjs';\nimport { z } from 'zod';\n\nexport const env = createEnv({\n  client: {\n    NEXT_PUBLIC_STRIPE_SECRET_KEY: z.string().min(1),\n  },\n  experimental__runtimeEnv: {},\n});\n","filename":"src/env.ts","errors":[{"messageId":"publicSecret","line":6,"column":5}]},
    // A shared admin passkey compared in the browser (the healthcare tutorial's PasskeyModal): a password under another word.
    { code: "'use client';\nexport function unlock(passkey: string) {\n  return passkey === process.env.NEXT_PUBLIC_ADMIN_PASSKEY;\n}\n", filename: 'components/PasskeyModal.tsx', errors: [{ messageId: 'publicSecret', line: 3, column: 34, data: { name: 'NEXT_PUBLIC_ADMIN_PASSKEY', bare: 'ADMIN_PASSKEY', prefix: 'NEXT_PUBLIC_', reason: 'a password' }, suggestions: [] }] },
    // Twin: the key itself under the public prefix is still reported.
    {"code": "'use client';\n\nexport function ProviderPicker() {\n  const defaultProviders: string[] = [];\n  if (process.env.NEXT_PUBLIC_HAS_OPENAI_KEY) defaultProviders.push('OpenAI');\n  if (process.env.NEXT_PUBLIC_ANTHROPIC_KEY) defaultProviders.push('Anthropic');\n  return <Picker providers={defaultProviders} />;\n}\n", "filename": "components/brand-monitor/brand-monitor.tsx", "errors": [{"messageId": "publicSecret", "line": 6, "column": 19}]},
    // Twin of medusa's loadStripe key: the same name given to the server SDK's constructor is reported.
    { code: "import Stripe from 'stripe';\nconst stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY!;\nexport const stripe = new Stripe(stripeKey);\n", filename: 'lib/stripe.ts', errors: [{ messageId: 'publicSecret', line: 2, column: 31, data: { name: 'NEXT_PUBLIC_STRIPE_KEY', bare: 'STRIPE_KEY', prefix: 'NEXT_PUBLIC_', reason: 'a server-side API credential' }, suggestions: [{ messageId: 'renameServerOnly', output: "import Stripe from 'stripe';\nconst stripeKey = process.env.STRIPE_KEY!;\nexport const stripe = new Stripe(stripeKey);\n" }] }] },
    // Twin: a private Storefront token (the server-side `Shopify-Storefront-Private-Token`) under a public prefix: reported.
    { code: "import Client from 'shopify-buy';\nexport const client = Client.buildClient({ domain: process.env.NEXT_PUBLIC_SHOPIFY_DOMAIN!, storefrontAccessToken: process.env.NEXT_PUBLIC_SHOPIFY_STOREFRONT_PRIVATE_TOKEN! });\n", filename: 'lib/shopify/shopify-client.ts', errors: [{ messageId: 'publicSecret', line: 2, data: { name: 'NEXT_PUBLIC_SHOPIFY_STOREFRONT_PRIVATE_TOKEN', bare: 'SHOPIFY_STOREFRONT_PRIVATE_TOKEN', prefix: 'NEXT_PUBLIC_', reason: 'a private key' }, suggestions: [{ messageId: 'renameServerOnly', output: "import Client from 'shopify-buy';\nexport const client = Client.buildClient({ domain: process.env.NEXT_PUBLIC_SHOPIFY_DOMAIN!, storefrontAccessToken: process.env.SHOPIFY_STOREFRONT_PRIVATE_TOKEN! });\n" }] }] },
    // Twin: a password under a public prefix is still one when no sign-in word follows it.
    { code: "export const clientEnv = {\n  forcePassword: process.env.NEXT_PUBLIC_FORCE_PASSWORD,\n};\n", filename: 'lib/env-client.ts', errors: [{ messageId: 'publicSecret', line: 2, column: 30, data: { name: 'NEXT_PUBLIC_FORCE_PASSWORD', bare: 'FORCE_PASSWORD', prefix: 'NEXT_PUBLIC_', reason: 'a password' }, suggestions: [{ messageId: 'renameServerOnly', output: "export const clientEnv = {\n  forcePassword: process.env.FORCE_PASSWORD,\n};\n" }] }] },
    // Twin: a password beside a policy (not a rule word after it) is still a password.
    { code: "export const requirements = {\n  specialChars: process.env.NEXT_PUBLIC_REQUIRE_PASSWORD,\n};\n", filename: 'packages/features/auth/src/schemas/password.schema.ts', errors: [{ messageId: 'publicSecret', line: 2, column: 29, data: { name: 'NEXT_PUBLIC_REQUIRE_PASSWORD', bare: 'REQUIRE_PASSWORD', prefix: 'NEXT_PUBLIC_', reason: 'a password' }, suggestions: [{ messageId: 'renameServerOnly', output: "export const requirements = {\n  specialChars: process.env.REQUIRE_PASSWORD,\n};\n" }] }] },
    // Twin: the same name read for its value (compared with another value, or passed on) is a password.
    { code: "export const authConfig = {\n  providers: { password: process.env.NEXT_PUBLIC_AUTH_PASSWORD !== '' },\n};\n", filename: 'apps/web/config/auth.config.ts', errors: [{ messageId: 'publicSecret', line: 2, column: 38, data: { name: 'NEXT_PUBLIC_AUTH_PASSWORD', bare: 'AUTH_PASSWORD', prefix: 'NEXT_PUBLIC_', reason: 'a password' }, suggestions: [{ messageId: 'renameServerOnly', output: "export const authConfig = {\n  providers: { password: process.env.AUTH_PASSWORD !== '' },\n};\n" }] }] },
    // Twin: any other password under a public prefix is reported.
    { code: "'use client';\nconst p = process.env.NEXT_PUBLIC_DEMOTOOL_PASSWORD;", filename: 'app/login/page.tsx', errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    // The eval / seeds pattern: an OpenAI key in a client component (no suggestion: the call must move).
    {
      code: "'use client';\nconst openaiKey = process.env.NEXT_PUBLIC_OPENAI_API_KEY;",
      filename: 'components/ApiKeyForm.tsx',
      errors: [
        { messageId: 'publicSecret', line: 2, column: 31, endColumn: 57, data: { name: 'NEXT_PUBLIC_OPENAI_API_KEY', bare: 'OPENAI_API_KEY', prefix: 'NEXT_PUBLIC_', reason: 'a server-side API credential' }, suggestions: [] },
      ],
    },
    // Server code: rename suggestion.
    {
      code: "const stripe = require('stripe')(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY);",
      filename: 'pages/api/create-stripe-session.js',
      errors: [
        {
          messageId: 'publicSecret',
          suggestions: [{ messageId: 'renameServerOnly', output: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);" }],
        },
      ],
    },
    {
      code: 'const client = new Client(process.env.NEXT_PUBLIC_COCKROACHDB_URL);',
      filename: 'pages/api/addTodo.js',
      errors: [{ messageId: 'publicSecret', data: { name: 'NEXT_PUBLIC_COCKROACHDB_URL', bare: 'COCKROACHDB_URL', prefix: 'NEXT_PUBLIC_', reason: 'a database connection string (it embeds the password)' }, suggestions: [{ messageId: 'renameServerOnly', output: 'const client = new Client(process.env.COCKROACHDB_URL);' }] }],
    },
    {
      code: "export default NextAuth({ secret: process.env.NEXT_PUBLIC_AUTH_SECRET, providers: [Google({ clientSecret: process.env['NEXT_PUBLIC_GOOGLE_SECRET'] })] });",
      filename: 'pages/api/auth/[...nextauth].js',
      errors: [
        { messageId: 'publicSecret', suggestions: [{ messageId: 'renameServerOnly', output: "export default NextAuth({ secret: process.env.AUTH_SECRET, providers: [Google({ clientSecret: process.env['NEXT_PUBLIC_GOOGLE_SECRET'] })] });" }] },
        { messageId: 'publicSecret', suggestions: [{ messageId: 'renameServerOnly', output: "export default NextAuth({ secret: process.env.NEXT_PUBLIC_AUTH_SECRET, providers: [Google({ clientSecret: process.env['GOOGLE_SECRET'] })] });" }] },
      ],
    },
    // Supabase service role, Vite, Expo, CRA.
    { code: 'const admin = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY);', filename: FILES.component, errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    { code: 'const k = import.meta.env.VITE_ANTHROPIC_API_KEY;', filename: 'src/components/chat.tsx', errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    { code: 'const k = process.env.EXPO_PUBLIC_RESEND_API_KEY;', filename: 'app/(tabs)/index.tsx', errors: [{ messageId: 'publicSecret', suggestions: [{ messageId: 'renameServerOnly', output: 'const k = process.env.RESEND_API_KEY;' }] }] },
    { code: "'use client';\nconst p = process.env.REACT_APP_ADMIN_PASSWORD;", filename: 'src/App.jsx', errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    { code: "'use client';\nconst t = process.env.NEXT_PUBLIC_GITHUB_TOKEN;", filename: 'app/page.tsx', errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    { code: "'use client';\nconst t = process.env.NEXT_PUBLIC_UPSTASH_REDIS_REST_TOKEN;", filename: 'app/page.tsx', errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    // Destructuring from process.env.
    { code: "'use client';\nconst { NEXT_PUBLIC_JWT_SECRET } = process.env;", filename: 'app/page.tsx', errors: [{ messageId: 'publicSecret', suggestions: [] }] },
    // Schemas that declare a client secret.
    {
      code: "export const env = createEnv({ client: { NEXT_PUBLIC_STRIPE_SECRET_KEY: z.string() }, runtimeEnv: {} });",
      filename: 'env.mjs',
      errors: [{ messageId: 'publicSecret', suggestions: [] }],
    },
    // next.config env inlines every key into the client bundle.
    {
      code: 'module.exports = { env: { OPENAI_API_KEY: process.env.OPENAI_API_KEY } };',
      filename: 'next.config.js',
      errors: [{ messageId: 'configEnvSecret', data: { name: 'OPENAI_API_KEY', reason: 'a server-side API credential' } }],
    },
    // Configured patterns.
    { code: "'use client';\nconst k = process.env.NEXT_PUBLIC_ACME_KEY;", filename: 'app/page.tsx', options: [{ secretPatterns: ['^ACME_'] }], errors: [{ messageId: 'publicSecret', suggestions: [] }] },
  ],
});

// Firebase's Realtime Database URL is part of its public web config (gestao-clientes' src/lib/firebase.ts: `databaseURL:
// process.env.NEXT_PUBLIC_FIREBASE_DATABASE_URL`): `https://<project>.firebaseio.com` carries no password.
ruleTester.run('no-public-secret-env (Firebase database URL)', rule, {
  valid: [
    // the web SDK's config: the RTDB URL beside the public API key and project id
    { code: "'use client';\nimport { initializeApp } from 'firebase/app';\n\nexport const app = initializeApp({\n  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY,\n  projectId: process.env.NEXT_PUBLIC_FIREBASE_PROJECT_ID,\n  databaseURL: process.env.NEXT_PUBLIC_FIREBASE_DATABASE_URL || undefined,\n});\n", filename: 'src/lib/firebase.ts' },
  ],
  invalid: [
    // a Postgres connection string under the public prefix still embeds its password
    { code: "'use client';\nimport postgres from 'postgres';\n\nexport const sql = postgres(process.env.NEXT_PUBLIC_SUPABASE_DB_URL ?? '');\n", filename: 'src/lib/db.ts', errors: [{ messageId: 'publicSecret', line: 4, column: 41, data: { name: 'NEXT_PUBLIC_SUPABASE_DB_URL', reason: 'a database connection string (it embeds the password)', prefix: 'NEXT_PUBLIC_', bare: 'SUPABASE_DB_URL' }, suggestions: [] }] },
  ],
});
