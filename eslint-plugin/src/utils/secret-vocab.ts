// Vocabulary shared by the secret rules (no-public-secret-env, no-hardcoded-secret, no-unvalidated-env):
// which names denote a secret, which values look like real credentials, and which are public by design.
import type { TSESTree } from '@typescript-eslint/utils';
import { splitWords } from './ast';

/** Prefixes that bundlers inline into client code. */
export const PUBLIC_ENV_PREFIXES = ['NEXT_PUBLIC_', 'VITE_', 'EXPO_PUBLIC_', 'REACT_APP_', 'PUBLIC_', 'GATSBY_', 'NUXT_PUBLIC_'] as const;

/** The public prefix of an env var name, if any. */
export function getPublicPrefix(name: string): string | undefined {
  return PUBLIC_ENV_PREFIXES.find((p) => name.startsWith(p) && name.length > p.length);
}

/** Words that make a name public by design (publishable / anon / site keys, DSNs, ids). */
const PUBLIC_WORDS = new Set([
  'publishable', 'anon', 'anonymous', 'public', 'pk', 'site', 'sitekey', 'dsn', 'measurement', 'tracking', 'id',
  'url', 'uri', 'host', 'domain', 'endpoint', 'region', 'bucket', 'project', 'vapid', 'recaptcha', 'hcaptcha',
  'turnstile', 'ingest',
  // Shopify's (and BigCommerce's) Storefront API tokens are made for browsers; a private one says `private`, checked first.
  'storefront',
]);

/** Providers whose keys or tokens are designed to ship to browsers (restricted by referrer / scope). */
const PUBLIC_PROVIDERS = new Set([
  'firebase', 'mapbox', 'maps', 'map', 'algolia', 'posthog', 'sentry', 'mixpanel', 'segment', 'amplitude', 'ga',
  'gtm', 'gtag', 'analytics', 'clerk', 'pusher', 'ably', 'cesium', 'tinymce', 'emailjs', 'web3forms',
  'walletconnect', 'onesignal', 'intercom', 'crisp', 'hotjar', 'plausible', 'umami', 'logrocket', 'datadog', 'rum',
  'launchdarkly', 'statsig', 'growthbook', 'unsplash', 'giphy', 'tenor', 'youtube', 'ipinfo', 'weather',
  'openweather', 'openweathermap', 'alchemy', 'infura', 'moralis', 'thirdweb', 'privy', 'dynamic', 'magic',
  'liveblocks', 'uploadthing', 'paddle', 'revenuecat', 'branch', 'kakao', 'naver', 'axiom',
]);

/** Providers whose API keys / tokens are server-side credentials (billing, data access, sending). */
const SERVER_PROVIDERS = new Set([
  'openai', 'anthropic', 'claude', 'gemini', 'generative', 'groq', 'mistral', 'cohere', 'replicate', 'huggingface',
  'hf', 'perplexity', 'deepseek', 'together', 'fireworks', 'openrouter', 'xai', 'grok', 'elevenlabs', 'assemblyai',
  'deepgram', 'pinecone', 'weaviate', 'qdrant', 'stripe', 'resend', 'sendgrid', 'mailgun', 'postmark', 'mailchimp',
  'brevo', 'sendinblue', 'twilio', 'vonage', 'github', 'gitlab', 'slack', 'discord', 'telegram', 'notion',
  'airtable', 'aws', 'service', 'admin', 'upstash', 'redis', 'neon', 'planetscale', 'turso', 'mongodb', 'mongo',
  'serpapi', 'tavily', 'firecrawl', 'browserless', 'langchain', 'langsmith', 'helicone', 'cloudinary', 'pinata',
  'uploadcare', 'shopify', 'hubspot', 'salesforce', 'zapier', 'stability', 'midjourney', 'runway', 'fal', 'leonardo',
  'jina', 'voyage', 'vercel', 'netlify', 'cloudflare', 'sanity', 'contentful', 'strapi', 'hygraph', 'paypal',
  'razorpay', 'lemonsqueezy', 'polar', 'plaid', 'coinbase', 'jwt', 'nextauth', 'auth', 'encryption', 'signing',
  'webhook', 'cron', 'internal', 'backend', 'server', 'database', 'db',
]);

/** Words after `password` that make the name a feature of password sign-in (a flag, a flow, a rule), not the password. */
const PASSWORD_FEATURE_WORDS = new Set([
  'signin', 'signup', 'login', 'logon', 'auth', 'authentication', 'reset', 'recovery', 'forgot', 'change', 'flow', 'mode',
  'enabled', 'disabled', 'enable', 'disable', 'policy', 'strength', 'rule', 'rules', 'min', 'max', 'length', 'required',
  // `PASSWORD_REQUIRE_NUMBERS`, `PASSWORD_REQUIRES_UPPERCASE`: a rule of the sign-up form's password policy.
  'require', 'requires',
]);

/** Last words of a setting about a credential rather than the credential (`..._EXPIRES_IN`, `..._TTL`, `..._IV`). */
const CREDENTIAL_SETTING_TAIL = new Set(['expires', 'expire', 'expiry', 'expiration', 'ttl', 'timeout', 'lifetime', 'iv']);

export interface SecretNameOptions {
  /** Extra patterns that mark a name as secret. */
  extra?: readonly RegExp[];
}

/**
 * Whether an env var name (without its public prefix) denotes a server-side secret:
 * `OPENAI_API_KEY`, `SUPABASE_SERVICE_ROLE_KEY`, `JWT_SECRET`, `DB_PASSWORD`, `DATABASE_URL`,
 * `GITHUB_TOKEN`. Publishable/anon keys, DSNs, ids, URLs and keys of providers that are public by
 * design (Firebase, Mapbox, Algolia search, PostHog, Sentry...) are not. Returns a short reason.
 */
export function secretEnvReason(name: string, options: SecretNameOptions = {}): string | undefined {
  for (const re of options.extra ?? []) if (re.test(name)) return 'a secret (configured pattern)';
  const words = splitWords(name);
  if (words.length === 0) return undefined;
  const has = (w: string) => words.includes(w);
  if (has('publishable') || has('anon')) return undefined;
  // `HAS_OPENAI_KEY`, `IS_STRIPE_KEY_SET`: a flag saying whether the credential is configured, not the credential
  // (firegeo's `NEXT_PUBLIC_HAS_OPENAI_KEY` picks the providers a form offers).
  if (words[0] === 'has' || words[0] === 'is') return undefined;
  // `RESET_PASSWORD_EMAIL_EXPIRES_IN ?? '30m'`, `JWT_SECRET_TTL`, `ACCESS_TOKEN_EXPIRY`: how long a credential lives, not the
  // credential; `ACCESS_TOKEN_ENCRYPTION_IV`: an initialization vector, public by design (the key beside it is the secret).
  const tail = words[words.length - 1] === 'in' && words.length > 1 ? words[words.length - 2]! : words[words.length - 1]!;
  if (CREDENTIAL_SETTING_TAIL.has(tail)) return undefined;
  // Credentials that are never public, whatever else the name says.
  if (has('secret')) return 'a secret';
  if (has('service') && (has('role') || has('account'))) return 'a service-role / service-account credential';
  const pw = words.findIndex((w) => w === 'password' || w === 'passwd' || w === 'passphrase' || w === 'pwd');
  // `FORCE_PASSWORD_SIGNIN`, `ENABLE_PASSWORD_LOGIN`, `PASSWORD_RESET_URL`: a sign-in mode, flow or policy named for passwords, not one.
  if (pw >= 0 && !words.slice(pw + 1).some((w) => PASSWORD_FEATURE_WORDS.has(w))) return 'a password';
  // `ADMIN_PASSKEY`, `APP_PASSCODE` (the healthcare tutorial's admin gate): a shared password under another word. Not
  // WebAuthn's passkey settings (`PASSKEY_RP_ID`, `ENABLE_PASSKEY`): only as the last word, with no feature word.
  const lastWord = words[words.length - 1];
  if ((lastWord === 'passkey' || lastWord === 'passcode') && !words.some((w) => PASSWORD_FEATURE_WORDS.has(w) || /^(?:webauthn|allow|use|support|supported)$/.test(w))) {
    return 'a password';
  }
  if (has('private') && (has('key') || has('token') || has('pem') || has('cert'))) return 'a private key';
  if (has('pat')) return 'a personal access token';
  // Not Firebase's Realtime Database URL (`FIREBASE_DATABASE_URL`, the `databaseURL` of its public web config,
  // `https://<project>.firebaseio.com`): it names the database, it carries no credential.
  if (
    words.some((w) => /db$|^database$|^postgres|^pg$|^mysql|^mongo|^mariadb|^cockroach|^sql$|^neon$/.test(w)) &&
    (has('url') || has('uri') || has('dsn')) &&
    !has('firebase')
  ) {
    return 'a database connection string (it embeds the password)';
  }
  if (has('connection') && has('string')) return 'a database connection string';
  if (has('redis') && has('url') && !has('rest')) return 'a Redis connection URL (it embeds the password)';
  if (words.some((w) => PUBLIC_WORDS.has(w))) return undefined;
  if (words.some((w) => PUBLIC_PROVIDERS.has(w))) return undefined;
  const last = words[words.length - 1]!;
  const credentialWord =
    last === 'token' || last === 'key' || last === 'skey' || last === 'apikey' || last === 'credentials' || last === 'creds' || has('token') || has('apikey');
  if (!credentialWord) return undefined;
  const keyish = last === 'key' ? words[words.length - 2] : undefined;
  if (keyish && ['encryption', 'encrypt', 'signing', 'hmac', 'aes', 'crypto', 'cipher', 'master', 'admin', 'access', 'session', 'jwt'].includes(keyish)) {
    return 'a signing / encryption / access key';
  }
  if (words.some((w) => SERVER_PROVIDERS.has(w))) return 'a server-side API credential';
  if (has('token') && ['access', 'auth', 'bearer', 'bot', 'refresh', 'admin', 'write', 'personal', 'management', 'mgmt', 'deploy'].some((w) => has(w))) {
    return 'an access token';
  }
  return undefined;
}

const NOT_THE_SECRET_WORDS = new Set([
  'publishable', 'anon', 'public', 'site', 'placeholder', 'label', 'hint', 'name', 'header', 'headers', 'param',
  'field', 'type', 'url', 'endpoint', 'path', 'prefix', 'suffix', 'regex', 'pattern', 'length', 'count', 'limit',
  'max', 'min', 'expires', 'expiry', 'expiration', 'ttl', 'storage', 'cache', 'cookie', 'env', 'var', 'input',
  // Not `preview`: `PREVIEW_SECRET`, `previewAccessToken` are what unlocks a CMS's drafts; a masked `keyPreview`
  // ends in `preview`, which names no credential.
  'error', 'message', 'hash', 'hashed', 'encrypted', 'mask', 'masked', 'hint', 'format', 'schema',
  'valid', 'invalid', 'required', 'confirm', 'new', 'old', 'current', 'reset', 'forgot', 'show', 'visible',
  'policy', 'strength', 'rule', 'rules', 'id', 'ids', 'title', 'text', 'description', 'i18n', 'key' + 's',
]);

/** Whether a binding / property name holds a credential (apiKey, clientSecret, DB_PASSWORD, accessToken). */
export function secretBindingKind(name: string): 'password' | 'key' | undefined {
  const words = splitWords(name);
  if (words.length === 0) return undefined;
  if (words.some((w) => NOT_THE_SECRET_WORDS.has(w))) return undefined;
  // Shopify's Storefront API public token (`'X-Shopify-Storefront-Access-Token': '…'`) is made for browsers; the
  // private one (`Shopify-Storefront-Private-Token`) says `private`.
  if (words.includes('storefront') && !words.includes('private')) return undefined;
  const last = words[words.length - 1]!;
  const prev = words[words.length - 2];
  if (last === 'password' || last === 'passwd' || last === 'passphrase' || last === 'pwd') return 'password';
  if (last === 'secret' || last === 'apikey' || last === 'credentials') return 'key';
  if (last === 'token') {
    return words.length === 1 ||
      ['access', 'auth', 'bearer', 'bot', 'refresh', 'api', 'admin', 'secret', 'session', 'github', 'slack', 'discord', 'telegram', 'personal', 'jwt', 'service', 'write', 'private', 'rest', 'upstash'].includes(prev ?? '')
      ? 'key'
      : undefined;
  }
  if (last === 'key') {
    return ['api', 'secret', 'private', 'access', 'auth', 'service', 'signing', 'encryption', 'encrypt', 'master', 'admin', 'license', 'jwt', 'hmac', 'role', 'openai', 'stripe', 'anthropic', 'resend', 'sendgrid'].includes(prev ?? '')
      ? 'key'
      : undefined;
  }
  return undefined;
}

/** Calls that make an id from a CSPRNG: `crypto.randomUUID()`, `nanoid()`, uuid's `v4()`, `createId()` (cuid2), `ulid()`, `randomBytes()`. */
export const SECURE_ID_CALL = /^(?:randomUUID|nanoid|uuid|uuidv4|v4|createId|cuid|cuid2|ulid|getRandomValues|randomBytes)$/;

/** Shannon entropy of a string, in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const PLACEHOLDER_EXACT =
  /^(?:x+|\*+|\.+|-+|_+|0+|null|undefined|none|n\/a|todo|tbd|secret|password|token|changeme|placeholder|example|dummy|fake|sample|test|testing|demo|default|dev|development|local)$/i;
const PLACEHOLDER_PART =
  /your[-_ ]?(?:api|secret|key|token|pass|own|app|client|db|database|stripe|openai)|<[^>]*>|\{\{|\$\{|x{4,}|X{4,}|\*{3,}|\.{3}|example|placeholder|documentation|replace[-_ ]?(?:me|with|this)|insert[-_ ]|enter[-_ ]|change[-_ ]?(?:me|this|it)|override[-_ ]?(?:me|this|it)|dummy|[-_]here\b|sample|redacted|REDACTED/i;

/** A template slot naming an env var or a value, the whole string: `{HELICONE_API_KEY}`, `[API_KEY]`. */
const PLACEHOLDER_SLOT = /^(?:\{[A-Z][A-Z0-9_]*\}|\[[A-Z][A-Z0-9_]*\])$/;

/** Whether a string value is obviously a placeholder or documentation text rather than a credential. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  return PLACEHOLDER_EXACT.test(v) || PLACEHOLDER_SLOT.test(v) || PLACEHOLDER_PART.test(v);
}

/**
 * Whether a literal assigned to a secret-named binding looks like a real credential: no whitespace,
 * not a URL / path / env var name / header name / identifier-like key name, long enough and random
 * enough. Passwords get a lower bar than keys and tokens.
 */
export function looksLikeCredentialValue(value: string, kind: 'password' | 'key'): boolean {
  const v = value;
  if (v.trim().length !== v.length || /\s/.test(v)) return false;
  if (isPlaceholderValue(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.startsWith('/') || v.startsWith('./') || v.startsWith('#') || v.startsWith('@')) return false;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return false; // an env var name: 'OPENAI_API_KEY'
  if (/^(?:[\w@.-]+\/)+[\w@-]+(?:\.[\w-]+)*\.(?:[cm]?[jt]sx?|json|ya?ml|toml|md|html?|css|sql|sh|txt|pem|crt|key)$/.test(v)) return false; // a relative file path: 'scripts/migrate-auth-secret.ts'
  if (/^(?:x-[a-z0-9-]+|authorization|bearer|basic|cookie|set-cookie)$/i.test(v)) return false;
  if (/^--[A-Za-z][\w-]*$/.test(v)) return false; // a CSS custom property (a design token's name): '--typeset-font-body'
  // A key or enum name: 'access_token', 'auth.token'; also a sentinel wrapped in underscores, '__platform_kept_secret__'
  // (langwatch's stand-in for a stored secret the caller did not resend).
  if (/^_*[a-z]+(?:[-_.:][a-z]+)*_*$/.test(v)) return false;
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(v)) return false; // camelCase identifier: 'accessToken'
  // A dotted key path of identifiers, a storage slot's name: 'onboarding.clientSecret'.
  if (kind === 'key' && /^[a-z][a-zA-Z0-9]*(?:[-_.:][a-z][a-zA-Z0-9]*)+$/.test(v) && !/\d{3}/.test(v)) return false;
  // A config path of words, also with capitals: 'plugins.payment.stripe.keys.APIKey' (AFFiNE's env-to-config map).
  if (/^[a-z][a-zA-Z]*(?:\.[A-Za-z][a-zA-Z]*){2,}$/.test(v)) return false;
  // A Monaco (Monarch) tokenizer's token class with its state substitutions: 'string.$S2.delim', 'keyword.$1'.
  if (/^[a-z][a-zA-Z]*(?:\.(?:[a-z][a-zA-Z]*|\$(?:S?\d|#)))+$/.test(v) && v.includes('$')) return false;
  if (/^\d+$/.test(v) && v.length < 12) return false;
  // A Firebase error code, the key of an error-message map (`WRONG_PASSWORD: 'auth/wrong-password'`, LCfirebase's
  // auth-utils): the SDK's `error.code` for a failed sign-in, never a credential.
  if (/^(?:auth|storage|firestore|functions|messaging|database|app-check|installations)\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)) return false;
  if (/^(?:process\.env|import\.meta\.env)\b/.test(v)) return false;
  // Keys public by design, made to ship in browser code: a PostHog project key (`phc_`; a personal key is `phx_`),
  // a Stripe publishable key (`pk_live_` / `pk_test_`).
  if (/^(?:phc_|pk_(?:live|test)_)[A-Za-z0-9]{16,}$/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  if (kind === 'password') return v.length >= 8 && classes >= 2 && entropy(v) >= 2.5;
  return v.length >= 16 && classes >= 2 && entropy(v) >= 3.2;
}

export interface ProviderKeyMatch {
  provider: string;
  /** Test-mode keys (Stripe `sk_test_`): lower impact, reported with their own message. */
  test?: boolean;
}

const PROVIDER_KEYS: { re: RegExp; provider: string; test?: boolean }[] = [
  { re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/, provider: 'Anthropic API key' },
  { re: /\bsk-or-v1-[a-f0-9]{32,}/, provider: 'OpenRouter API key' },
  { re: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}/, provider: 'OpenAI API key' },
  { re: /\bsk-[A-Za-z0-9]{32,}/, provider: 'OpenAI-style API key (sk-...)' },
  { re: /\b(?:sk|rk)_live_[A-Za-z0-9]{20,}/, provider: 'Stripe live secret key' },
  { re: /\b(?:sk|rk)_test_[A-Za-z0-9]{20,}/, provider: 'Stripe test secret key', test: true },
  { re: /\bwhsec_[A-Za-z0-9+/=]{20,}/, provider: 'webhook signing secret (whsec_)' },
  // Plaid item access tokens: `access-sandbox-<uuid>` opens a sandbox item (banking's TEST_ACCESS_TOKEN), the others a real bank account.
  { re: /\baccess-sandbox-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/, provider: 'Plaid sandbox access token', test: true },
  { re: /\baccess-(?:development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/, provider: 'Plaid access token' },
  { re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b/, provider: 'GitHub token' },
  { re: /\bgithub_pat_[A-Za-z0-9_]{60,}/, provider: 'GitHub fine-grained token' },
  { re: /\bglpat-[A-Za-z0-9_-]{20}\b/, provider: 'GitLab token' },
  { re: /\bxox[abprs]-(?:\d+-)+[A-Za-z0-9-]{10,}/, provider: 'Slack token' },
  { re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, provider: 'AWS access key id' },
  { re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, provider: 'SendGrid API key' },
  { re: /\bre_[A-Za-z0-9]{8}_[A-Za-z0-9]{24,}/, provider: 'Resend API key' },
  { re: /\bhf_[A-Za-z]{34}\b/, provider: 'Hugging Face token' },
  { re: /\bgsk_[A-Za-z0-9]{48,}/, provider: 'Groq API key' },
  { re: /\br8_[A-Za-z0-9]{37}\b/, provider: 'Replicate API token' },
  { re: /\bxai-[A-Za-z0-9]{70,}/, provider: 'xAI API key' },
  { re: /\bnpm_[A-Za-z0-9]{36}\b/, provider: 'npm token' },
  { re: /\bpplx-[A-Za-z0-9]{40,}/, provider: 'Perplexity API key' },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, provider: 'Google API key' },
  { re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/, provider: 'private key' },
];

/** The provider key format a string contains, if any (placeholders like `sk-xxxx...` do not match). */
export function matchProviderKey(value: string): ProviderKeyMatch | undefined {
  if (value.length < 20) return undefined;
  for (const { re, provider, test } of PROVIDER_KEYS) {
    const m = re.exec(value);
    if (!m) continue;
    const token = m[0];
    if (provider === 'private key') {
      // A PEM header alone ('-----BEGIN PRIVATE KEY-----' as a marker to search for) is not a key.
      if (/-----BEGIN[^-]*-----[\s\\n]*[A-Za-z0-9+/=]{40,}/.test(value)) return { provider };
      continue;
    }
    const body = token.replace(/^(?:[a-z]+[-_])+/i, '');
    // `sk-xxxxxxxx...`, `sk_live_XXXXXXXX`, `sk-1234567890abcdef...`: documentation placeholders.
    if (/(.)\1{5,}/.test(body) || /x{4,}|X{4,}/.test(body) || isPlaceholderValue(token) || entropy(body) < 3) continue;
    if (/0123456789|123456|abcdef(?:gh)?ij|ABCDEFGH/.test(body)) continue;
    return test ? { provider, test } : { provider };
  }
  const jwt = /\beyJ[A-Za-z0-9_-]{10,}\.(eyJ[A-Za-z0-9_-]{10,})\.[A-Za-z0-9_-]{10,}/.exec(value);
  if (jwt?.[1]) {
    const payload = decodeBase64Url(jwt[1]);
    if (payload && /"role"\s*:\s*"service_role"/.test(payload)) return { provider: 'Supabase service-role key' };
  }
  return undefined;
}

/**
 * Whether a string is one of the Supabase CLI's default local keys: JWTs signed with a published secret
 * (`"iss": "supabase-demo"`), the same on every developer's machine and printed by `supabase start`. They open a local
 * stack only, no hosted project, so they are no secret to keep out of a repository.
 */
export function isSupabaseDemoKey(value: string): boolean {
  const jwt = /^eyJ[A-Za-z0-9_-]{10,}\.(eyJ[A-Za-z0-9_-]{10,})\.[A-Za-z0-9_-]{10,}$/.exec(value.trim());
  const payload = jwt?.[1] ? decodeBase64Url(jwt[1]) : undefined;
  return !!payload && /"iss"\s*:\s*"supabase-demo"/.test(payload);
}

function decodeBase64Url(s: string): string | undefined {
  try {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

/** `apiKey` / `OPENAI_API_KEY` / `client-secret` → `API_KEY` style env var name. */
export function toEnvName(name: string): string {
  const words = splitWords(name);
  return words.length > 0 ? words.join('_').toUpperCase() : 'SECRET';
}

/** Test setup, config and fixture files the shared test-file pattern misses (`unit-tests/setup.ts`, `vitest.setup.ts`, `config/test-config.ts`). */
export function isTestLikeFile(filename: string): boolean {
  // `testing/` on its own (gitdevdapp's `scripts/Archive/testing/auth/*.js`: scripts that create test accounts), not an
  // app feature such as `app/api/ab-testing/`.
  return /(?:^|\/)(?:\w+[-_.])?(?:tests?|specs?|__tests__|fixtures?|mocks?|integration)\/|(?:^|\/)testing\/|(?:^|\/)(?:vitest|jest|playwright|setup-tests?|test[-_.]?(?:setup|config))[\w.-]*\.[cm]?[jt]sx?$|\.setup\.[cm]?[jt]sx?$/.test(filename);
}

/** Dictionary passwords used as documentation examples: 'password123', 'admin123', 'Passw0rd!'. */
export function isExamplePassword(value: string): boolean {
  return /^(?:p[a@]ss(?:w[o0]rd)?|admin|user|test|demo|secret|example|qwerty|letmein|welcome|changeme|hello|foobar)[\W_]*\d*[\W_]*$/i.test(value);
}

/** A URL or a file database: `redis://localhost:6379`, `postgresql://host/db`, `file:./dev.db`. */
const URL_VALUE = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:file|sqlite):)\S+$/i;
/** Query / key-value parameters that carry a credential: `?authToken=`, `?password=`, `Password=...;`. */
const CREDENTIAL_PARAM = /(?:^|[?&;])\s*(?:password|passwd|pass|pwd|secret|token|auth_?token|access_?token|api_?key|access_?key|secret_?key|sslpassword|sig|signature)\s*=\s*[^&#;\s]/i;
/** Local hosts, with an optional port: `localhost`, `127.0.0.1:6379`, `0.0.0.0`, `[::1]`, `host.docker.internal`. */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)(?::\d{1,5})?\/?$/i;

/**
 * Whether a connection string or URL embeds a credential: a password in its user info
 * (`postgres://user:pass@host`, `redis://:pass@host`), a token-like user name (`https://<token>@host`),
 * or a credential parameter (`?authToken=...`, `Password=...;`).
 */
export function embedsCredential(value: string): boolean {
  const v = value.trim();
  if (CREDENTIAL_PARAM.test(v)) return true;
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@\s]*)@/i.exec(v)?.[1];
  if (userinfo === undefined) return false;
  const colon = userinfo.indexOf(':');
  if (colon >= 0) return userinfo.length > colon + 1;
  return looksLikeCredentialValue(decodeURIComponentSafe(userinfo), 'key');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Whether a literal fallback of a secret env var (`process.env.X ?? '<value>'`) holds no credential, so
 * defaulting it leaks nothing: a URL without credentials (`redis://localhost:6379`, `file:./dev.db`), a
 * local host name. For a connection-string variable (`DATABASE_URL`, `REDIS_URL`), whose secret
 * is the password inside the string, any value without an embedded credential (`'6379'`,
 * `'development'`). A signing secret or API key is its own value: any other fallback (`'dev-secret'`,
 * `'development'`) is the secret.
 */
export function isNonCredentialFallback(value: string, envReason: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (LOCAL_HOST.test(v)) return true;
  if (URL_VALUE.test(v)) return !embedsCredential(v);
  // A connection string's secret is its password: a port, a host or a word is not one (`REDIS_URL ?? '6379'`), nor
  // a phrase of words without digits (`DATABASE_URL || 'mandatory-env-not-set'`, auto_rfp's marker for a missing variable).
  if (/connection/.test(envReason)) return !embedsCredential(v) && (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(v) || /^[A-Za-z]+(?:[-_][A-Za-z]+)+$/.test(v));
  return false;
}

/** `{ apiKey: <expr> }` passed to a call or constructor (`createOpenAI({ apiKey })`, `new Anthropic({ apiKey })`): a key the client sends. */
function isClientKeyOption(expr: TSESTree.Node): boolean {
  const prop = expr.parent;
  if (prop?.type !== 'Property' || prop.value !== expr) return false;
  const name = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : '';
  if (!/^(?:apiKey|api_key|authToken|auth_token|accessToken|access_token|bearerToken)$/.test(name)) return false;
  const obj = prop.parent;
  const call = obj?.parent;
  return obj?.type === 'ObjectExpression' && (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(obj);
}

/** `STRIPE_SECRET_KEY`, `STRIPE_API_KEY`, `STRIPE_SECRET`: the key a Stripe client sends; not a webhook's signing secret (`STRIPE_WEBHOOK_SECRET`, `STRIPE_SIGNING_SECRET`, `STRIPE_WH_SECRET`). */
function isStripeApiKeyName(env: string): boolean {
  const words = splitWords(env);
  return words.includes('stripe') && !words.some((w) => /^(?:webhooks?|endpoint|signing|signature|wh|whsec|hook)$/.test(w)) && (words.includes('key') || words[words.length - 1] === 'secret');
}

/** The first argument of `new Stripe(...)`: the secret key the Stripe client sends with every request. */
function isStripeClientKey(expr: TSESTree.Node): boolean {
  const call = expr.parent;
  return call?.type === 'NewExpression' && call.arguments[0] === expr && call.callee.type === 'Identifier' && call.callee.name === 'Stripe';
}

/**
 * Whether `fallback` (`process.env.<env> || '<value>'`) defaults a secret to a hard-coded value that no-hardcoded-secret
 * reports (`defaultSecret`): shared with no-unvalidated-env, which reports the other literal fallbacks of credentials
 * (placeholders, local URLs), so that each fallback gets one finding, from one rule.
 */
export function isHardcodedSecretFallback(fallback: TSESTree.Node, env: string, value: string): boolean {
  const reason = secretEnvReason(env);
  if (!reason || value.trim().length === 0) return false;
  // `process.env.REDIS_URL ?? 'redis://localhost:6379'`: a fallback without a credential leaks nothing.
  if (isNonCredentialFallback(value, reason)) return false;
  // `JSON.parse(process.env.FIREBASE_SERVICE_ACCOUNT_KEY || '{}')`: an empty JSON object or array holds no credential
  // (`cert({})` throws when the app starts without the variable): nothing to forge or leak.
  if (/^\s*(?:\{\s*\}|\[\s*\])\s*$/.test(value)) return false;
  // `process.env.TOGETHER_API_KEY ?? 'undefined'`: a placeholder for a key the app sends to a provider
  // (no digits, or too short to be a key) forges nothing; the provider answers 401 (notesGPT).
  // `createOpenAI({ apiKey: process.env.LITELLM_MASTER_KEY || 'not-needed' })`: whatever the variable's name, a
  // key passed to a client's constructor is sent, not checked (vercel/examples' LiteLLM gateway).
  // `new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_nothing')`: Stripe's secret key is the API key the client sends.
  // `STRIPE_SECRET_KEY` is that API key wherever it goes (`const secretKey = process.env.STRIPE_SECRET_KEY || '...'; new Stripe(secretKey)`);
  // not `STRIPE_WEBHOOK_SECRET`, which verifies what Stripe sends.
  const outbound = reason === 'a server-side API credential' || isClientKeyOption(fallback) || isStripeClientKey(fallback) || isStripeApiKeyName(env);
  // A placeholder: no digits, too short to be a key, or one character repeated ('00000000-0000-0000-0000-000000000000'),
  // or a stand-in (`'sk_test_dummykey1234567890'`, zoonk's build-time Stripe client).
  if (outbound && (/^[A-Za-z_.\- <>]*$/.test(value) || value.length < 12 || /^([A-Za-z0-9])(?:\1|[-_.])*$/.test(value) || isStandInValue(value))) return false;
  // `process.env.WORKER_ALLOW_SERVICE_ROLE_DEV ?? '1'`: a switch named for what it allows, defaulted on or off, is a
  // flag, not the credential it mentions (literary-ai-partner's audit scripts).
  if (/^(?:[01]|true|false|yes|no|on|off)$/i.test(value.trim()) && splitWords(env).some((w) => /^(?:allow|enable|disable|skip|use|force)$/.test(w))) return false;
  return true;
}

/** Words that make a value a stand-in nobody deploys: `'mock-key'`, `'sk_test_dummy'`, `'placeholder-for-build'`, `'fake'`, `'changeme'`. */
const STAND_IN_WORDS = new Set(['mock', 'mocked', 'dummy', 'placeholder', 'fake', 'stub', 'changeme', 'replaceme']);
/** The words of a test key made of nothing else: `'test-key'`, `'test_api_key'`, `'sk_test_'`. */
const TEST_KEY_WORDS = new Set(['test', 'sk', 'pk', 'rk', 'api', 'apikey', 'key', 'token', 'secret', 'access', 'auth']);
const KEY_WORDS = new Set(['key', 'apikey', 'token', 'secret', 'password', 'pass', 'passwd', 'pwd', 'credentials', 'creds']);

/**
 * Whether a fallback is visibly not a real value: a stand-in word (`'mock-key'`, `'dummy-key-for-build'`, `'sk_test_dummy'`,
 * `'placeholder_key'`, `'fake'`, `'change-me'`), a template to fill in (`'your-api-key'`, `'your_openai_api_key_here'`,
 * `'fc-YOUR_API_KEY'`), a run of x (`'xxx'`, `'sk-xxxx'`), or a test key made of nothing but key words (`'test-key'`,
 * `'test_api_key'`). Not real defaults (`'gpt-4o-mini'`, `'us-east-1'`), not words a setting may really hold
 * (`'default'` is ClickHouse's user, `'test'` PayPal's sandbox client id) and not the deliberate "no key" of a
 * keyless local gateway (`'not-needed'`, `'sk-anything'`).
 */
export function isStandInValue(value: string): boolean {
  if (/[:@/]/.test(value)) return false; // a URL, an address or a path: another shape
  const words = splitWords(value);
  if (words.length === 0) return false;
  if (words.some((w) => STAND_IN_WORDS.has(w) || /^x{3,}$/.test(w))) return true;
  // One word of a stand-in and a key word run together: `'sk_test_dummykey1234567890'`, `'fakekey'`, `'mocktoken'`.
  if (words.some((w) => [...STAND_IN_WORDS].some((s) => w.startsWith(s) && KEY_WORDS.has(w.slice(s.length).replace(/\d+$/, ''))))) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'your') return true;
    if ((words[i] === 'change' || words[i] === 'replace') && (words[i + 1] === 'me' || words[i + 1] === 'this' || words[i + 1] === 'it')) return true;
  }
  if (words.length >= 2 && words.includes('test') && words.every((w) => TEST_KEY_WORDS.has(w))) return true;
  // `'api_key_here'`: a key word, then "here".
  return words.length >= 2 && words[words.length - 1] === 'here' && words.some((w) => KEY_WORDS.has(w));
}

/**
 * Whether a URL's host is a stand-in or a template to fill in, no server anybody runs: `https://your-resource.openai.azure.com`
 * (openlit's Azure endpoint), `https://placeholder.supabase.co`, `https://api.example.com` (a reserved domain),
 * `https://<resource>.openai.azure.com`, `https://xxx.supabase.co`. Not a real service whose one-word name holds such a word
 * (`jsonplaceholder.typicode.com`), not a local host (`http://localhost:3000`), not a public API (`https://api.openai.com/v1`).
 */
export function isPlaceholderUrl(value: string): boolean {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/i.exec(value.trim())?.[1];
  if (!host) return false;
  return host.split('.').some((label) => {
    if (label.toLowerCase() === 'example' || /^(?:<.*>|\{.*\}|\[.*\])$/.test(label)) return true;
    const words = splitWords(label);
    return words.some((w) => STAND_IN_WORDS.has(w) || /^x{3,}$/.test(w)) || (words[0] === 'your' && words.length > 1);
  });
}

/**
 * Whether an env var name says it holds a key, token, secret or password (`OPENAI_API_KEY`, `SUPABASE_SERVICE_KEY`, `STRIPE_KEY`,
 * `DB_PASSWORD`), not a setting about one (`REDIS_KEY_PREFIX`, `ACCESS_TOKEN_EXPIRES_IN`).
 */
export function namesKeyOrSecret(name: string): boolean {
  const words = splitWords(name);
  return KEY_WORDS.has(words[words.length - 1] ?? '') || secretEnvReason(name) !== undefined;
}
