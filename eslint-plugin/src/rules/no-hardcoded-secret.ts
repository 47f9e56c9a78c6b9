import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { canCallHelper, chainOperands, compilePatterns, createRule, getFileKind, getProcessEnvName, getPropertyName, getStaticString, helperFixes, isSeedFile, unwrap } from '../utils';
import {
  isExamplePassword,
  isHardcodedSecretFallback,
  isPlaceholderValue,
  isTestLikeFile,
  looksLikeCredentialValue,
  matchProviderKey,
  isSupabaseDemoKey,
  secretBindingKind,
  secretEnvReason,
  toEnvName,
} from '../utils/secret-vocab';

type Options = [{ includeTests?: boolean; allowTestKeys?: boolean; ignoreNames?: string[]; ignoreValues?: string[] }];
type MessageIds = 'providerKey' | 'testKey' | 'namedSecret' | 'defaultSecret' | 'useEnv';

/** A cheap pre-filter: the file can only hold a provider key if it contains one of these prefixes. */
// A provider prefix at a word start followed by key characters (every format in secret-vocab has 8+ of
// them after its prefix), a PEM header or a JWT: the prefixes alone (`re_`, `sk-`) are common in code.
const PROVIDER_PREFILTER = /\b(?:sk-|sk_|rk_|whsec_|access-(?:sandbox|development|production)-|gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA|ASIA|SG\.|re_|hf_|gsk_|r8_|xai-|npm_|pplx-|AIza)[\w\-.+/=]{8}|PRIVATE KEY|\beyJ[\w-]{10}/;
const SECRET_NAME_TEXT = /secret|password|passwd|passphrase|pwd|token|key|credentials/i;

/** `an Anthropic API key`, `an npm token`, `a GitHub token`: the provider's key as the message names it. */
function withArticle(provider: string): string {
  return `${/^(?:[AEIOU]|xAI\b|npm\b)/.test(provider) ? 'an' : 'a'} ${provider}`;
}

/** The env var a provider key should come from. */
function envNameForProvider(provider: string): string {
  if (/Anthropic/.test(provider)) return 'ANTHROPIC_API_KEY';
  if (/OpenRouter/.test(provider)) return 'OPENROUTER_API_KEY';
  if (/OpenAI/.test(provider)) return 'OPENAI_API_KEY';
  if (/Stripe/.test(provider)) return 'STRIPE_SECRET_KEY';
  if (/webhook/.test(provider)) return 'WEBHOOK_SECRET';
  if (/GitHub/.test(provider)) return 'GITHUB_TOKEN';
  if (/Slack/.test(provider)) return 'SLACK_TOKEN';
  if (/AWS/.test(provider)) return 'AWS_ACCESS_KEY_ID';
  if (/SendGrid/.test(provider)) return 'SENDGRID_API_KEY';
  if (/Resend/.test(provider)) return 'RESEND_API_KEY';
  if (/Supabase/.test(provider)) return 'SUPABASE_SERVICE_ROLE_KEY';
  if (/Plaid/.test(provider)) return 'PLAID_ACCESS_TOKEN';
  if (/Google/.test(provider)) return 'GOOGLE_API_KEY';
  if (/private key/.test(provider)) return 'PRIVATE_KEY';
  return 'API_KEY';
}

/** A UUID: the format of a Web3Forms access key. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Web3Forms' submit endpoint, where a form's public access key is sent. */
const WEB3FORMS = /\bapi\.web3forms\.com\b/;

/** A test script in a tooling folder: `scripts/test-password-change.ts`, `scripts/auth/test_login.mjs`. */
const TEST_SCRIPT = /(?:^|\/)(?:scripts?|bin|tools)\/(?:[\w.-]+\/)*test[-_][\w.-]*\.[cm]?[jt]sx?$/;

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hard-coded API keys, tokens, passwords and private keys in source',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      providerKey:
        'This string is {{provider}}: everyone with access to the repository, its history, the build output or (in client code) the browser bundle can use it. Revoke it, then read it from a server env var.',
      testKey:
        'This string is {{provider}}: test-mode keys still read and write your test account and leak its data. Move it to an env var (and rotate it).',
      namedSecret:
        '`{{name}}` is set to a hard-coded {{what}}: it ships in the repository and every build. Read it from a server env var and rotate the current value.',
      defaultSecret:
        '`{{reads}}` falls back to a hard-coded value: when {{missing}} in production the app runs on a secret anyone can read in the source ({{risk}}). Require the variable instead of defaulting it.',
      useEnv: "Read it with requireSecret('{{env}}') (throws when the env var is missing); add {{env}} to .env.example.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          includeTests: { type: 'boolean', description: 'Also check test, fixture and mock files (skipped by default).' },
          allowTestKeys: { type: 'boolean', description: 'Do not report provider test-mode keys (Stripe `sk_test_`).' },
          ignoreNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Binding / property names whose literal values are never reported.',
          },
          ignoreValues: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for literal values that are known to be public or fake.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ includeTests: false, allowTestKeys: false, ignoreNames: [], ignoreValues: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    // Seeds: `seed.ts`, a `seeds/` folder, and a seed module of another name (`scripts/seed-test-rounds.mjs` signing
    // in a local stack's test user; not a request entry point).
    if ((kind.isTest || isTestLikeFile(kind.filename) || /(?:^|\/)seeds?(?:\.[cm]?[jt]s|\/)/.test(kind.filename) || isSeedFile(kind)) && !options.includeTests) return {};
    if (/(?:^|\/)(?:__generated__|generated)\/|\.(?:example|sample)\.[cm]?[jt]sx?$|\.d\.ts$/.test(kind.filename)) return {};
    const checkProviders = PROVIDER_PREFILTER.test(text);
    const checkNames = SECRET_NAME_TEXT.test(text);
    if (!checkProviders && !checkNames) return {};
    const ignoreNames = new Set(options.ignoreNames ?? []);
    const ignoreValues = compilePatterns(options.ignoreValues);
    const serverish = !kind.isClient && (kind.isServer || kind.hasServerPath || kind.isEntryPoint);
    const reported = new Set<TSESTree.Node>();

    function ignoredValue(value: string): boolean {
      return ignoreValues.some((re) => re.test(value)) || isSupabaseDemoKey(value);
    }

    function suggest(replace: TSESTree.Range, env: string, jsxAttribute = false): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      // A client bundle cannot read server env vars: the call has to move, no mechanical fix.
      if (kind.isClient || kind.hasClientPath) return [];
      // A `requireSecret` the file declares itself is not the snippet's: the rewrite would reach it.
      const at = sourceCode.getNodeByRangeIndex(replace[0]);
      if (at && !canCallHelper(sourceCode, at, 'requireSecret')) return [];
      // A JSX attribute's string value (`<Checkout secret="sk_live_..." />`) takes the call in braces.
      const call = jsxAttribute ? `{requireSecret('${env}')}` : `requireSecret('${env}')`;
      // `'...' as const`: a const assertion cannot apply to a call (TS1355), so the call replaces the whole assertion.
      const asConst = at?.parent;
      const range: TSESTree.Range =
        at && at.range[0] === replace[0] && at.range[1] === replace[1] && asConst?.type === 'TSAsExpression' && asConst.expression === at && sourceCode.getText(asConst.typeAnnotation) === 'const'
          ? asConst.range
          : replace;
      return [
        {
          messageId: 'useEnv',
          data: { env },
          fix: (fixer) => [fixer.replaceTextRange(range, call), ...helperFixes(context, fixer, 'no-hardcoded-secret', ['requireSecret'])],
        },
      ];
    }

    /**
     * The same text is the object's display label (`{ token: 'Applebot-Extended', label: 'Applebot-Extended' }`,
     * a robots.txt user-agent token listed for a settings page): text the app shows, not a credential.
     */
    function shownAsLabel(node: TSESTree.Node, value: string): boolean {
      const obj = node.parent?.type === 'Property' && node.parent.value === node ? node.parent.parent : undefined;
      if (obj?.type !== 'ObjectExpression') return false;
      return obj.properties.some(
        (p) => p.type === 'Property' && p.value !== node && /^(?:label|name|title|displayName|display_name)$/.test(getPropertyName(p) ?? '') && getStaticString(p.value) === value,
      );
    }

    /**
     * A demo account's password made of its email's local part (`{ email: 'guest@app.com', password: 'guest123' }`,
     * or `{ 'guest@app.com': { password: 'guest123' } }`): anyone who reads the email knows it, so it protects
     * nothing and is no secret to move to env; such tables list the sign-ins a demo shows on its login page.
     */
    function accountNamedPassword(node: TSESTree.Node, value: string): boolean {
      const obj = node.parent?.type === 'Property' && node.parent.value === node ? node.parent.parent : undefined;
      if (obj?.type !== 'ObjectExpression') return false;
      const emails: string[] = [];
      for (const p of obj.properties) if (p.type === 'Property' && p.value !== node) emails.push(getStaticString(p.value) ?? '');
      const holder = obj.parent;
      if (holder?.type === 'Property' && holder.value === obj) emails.push(getStaticString(holder.key) ?? '');
      return emails.some((e) => {
        const m = /^([a-z][a-z._-]{2,})@[\w-]+(?:\.[\w-]+)+$/i.exec(e);
        // The name's separators may go (`browser-test@app.ai` with `BrowserTest123!`, langwatch's browser check account).
        return !!m && new RegExp(`^${m[1]!.replace(/[._-]/g, '[._-]?')}[\\W_]*\\d{0,6}[\\W_]*$`, 'i').test(value);
      });
    }

    /**
     * The password of an account on a reserved test domain (`.test`, `.example`, `.invalid`, `.localhost`, RFC 2606 /
     * 6761): `const email = 'probe@app.test'` next to `const password = '...'` in the same block, or `{ email, password }`
     * in one object. No such mailbox exists: the account lives only on a local or test stack (a golf app's
     * `scripts/g4-grant-sweep-probe.ts` signing in its probe user). Not `.local`, which intranets use.
     */
    function testDomainAccountPassword(node: TSESTree.Node): boolean {
      const TEST_EMAIL = /@[\w-]+(?:\.[\w-]+)*\.(?:test|example|invalid|localhost)$/i;
      const text = (n: TSESTree.Node | null | undefined): string => {
        if (!n) return '';
        const u = unwrap(n);
        if (u.type === 'TemplateLiteral') return u.quasis.map((q) => q.value.cooked ?? '').join('');
        return getStaticString(u) ?? '';
      };
      const holder = node.parent;
      if (holder?.type === 'Property' && holder.parent.type === 'ObjectExpression') {
        return holder.parent.properties.some((p) => p !== holder && p.type === 'Property' && TEST_EMAIL.test(text(p.value)));
      }
      if (holder?.type !== 'VariableDeclarator' || holder.parent.type !== 'VariableDeclaration') return false;
      const block = holder.parent.parent;
      const statements = block && (block.type === 'BlockStatement' || block.type === 'Program') ? block.body : [];
      return statements.some(
        (st) => st.type === 'VariableDeclaration' && st.declarations.some((d) => d !== holder && TEST_EMAIL.test(text(d.init))),
      );
    }

    /** Firebase web config (`{ apiKey: 'AIza...', authDomain, projectId }`): public by design. */
    function inFirebaseConfig(node: TSESTree.Node): boolean {
      const obj = node.parent?.type === 'Property' ? node.parent.parent : undefined;
      if (obj?.type !== 'ObjectExpression') return false;
      return obj.properties.some((p) => p.type === 'Property' && /^(?:authDomain|projectId|messagingSenderId|appId|storageBucket)$/.test(getPropertyName(p) ?? ''));
    }

    /**
     * A search-only key of a hosted search UI (`algolia: { appId, apiKey, indexName }` in a Docusaurus
     * config, DocSearch): public by design, it can only query the index. Admin keys are not configured so.
     */
    function inSearchUiConfig(node: TSESTree.Node): boolean {
      const obj = node.parent?.type === 'Property' ? node.parent.parent : undefined;
      if (obj?.type !== 'ObjectExpression') return false;
      if (obj.properties.some((p) => p.type === 'Property' && /^(?:indexName|index_name)$/.test(getPropertyName(p) ?? ''))) return true;
      const holder = obj.parent;
      return holder?.type === 'Property' && /^(?:algolia|docsearch|docSearch)$/.test(getPropertyName(holder) ?? '');
    }

    /** The binding / property name a literal is assigned to, when there is one. */
    function boundName(node: TSESTree.Node): string | undefined {
      let cur: TSESTree.Node = node;
      while (cur.parent && (cur.parent.type === 'TSAsExpression' || cur.parent.type === 'TSSatisfiesExpression')) cur = cur.parent;
      const p = cur.parent;
      if (!p) return undefined;
      if (p.type === 'VariableDeclarator' && p.init === cur && p.id.type === 'Identifier') return p.id.name;
      if (p.type === 'Property' && p.value === cur && !p.computed) return getPropertyName(p);
      if (p.type === 'Property' && p.value === cur && p.computed) return getStaticString(p.key);
      if (p.type === 'PropertyDefinition' && p.value === cur) return getPropertyName(p);
      if (p.type === 'AssignmentExpression' && p.right === cur) {
        const left = p.left;
        if (left.type === 'Identifier') return left.name;
        if (left.type === 'MemberExpression') return getPropertyName(left);
      }
      if (p.type === 'AssignmentPattern' && p.right === cur && p.left.type === 'Identifier') return p.left.name;
      return undefined;
    }

    /** The env names read by every operand of `left` (`process.env.A || process.env.B`), or undefined if one is not an env read. */
    function envChain(left: TSESTree.Expression, operator: '||' | '??'): string[] | undefined {
      const names: string[] = [];
      for (const operand of chainOperands(left, operator)) {
        const name = getProcessEnvName(operand);
        if (!name) return undefined;
        names.push(name);
      }
      return names;
    }

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
      if (reported.has(node) || ignoredValue(value)) return;
      // 1. Provider key formats, wherever they appear.
      if (checkProviders && value.length >= 20) {
        const match = matchProviderKey(value);
        if (match && !(match.test && options.allowTestKeys)) {
          if (match.provider === 'Google API key' && (!serverish || inFirebaseConfig(node))) {
            // Google browser keys (Maps, Firebase) are public by design and restricted by referrer.
            return;
          } else {
            reported.add(node);
            context.report({
              node,
              messageId: match.test ? 'testKey' : 'providerKey',
              data: { provider: withArticle(match.provider) },
              suggest: suggest(node.range, envNameForProvider(match.provider), node.parent?.type === 'JSXAttribute'),
            });
            return;
          }
        }
      }
      if (!checkNames) return;
      // 2. A literal fallback for a secret env var: process.env.JWT_SECRET || 'dev-secret'.
      const parent = node.parent;
      if (parent?.type === 'LogicalExpression' && parent.right === node && (parent.operator === '||' || parent.operator === '??')) {
        // The env read just before the literal: `process.env.X || 'dev'`, or the last link of a chain,
        // `process.env.A || process.env.B || 'dev'` (then only `process.env.B || 'dev'` is replaced).
        const chained = parent.left.type === 'LogicalExpression' && (parent.left.operator === '||' || parent.left.operator === '??');
        const last = chained ? (parent.left as TSESTree.LogicalExpression).right : parent.left;
        const env = getProcessEnvName(unwrap(last));
        // A secret's literal default, unless it leaks nothing (a URL without a credential, a placeholder for a key the
        // client sends, a flag's default): the rule shares the test with no-unvalidated-env, which reports those others.
        const reason = env && isHardcodedSecretFallback(parent, env, value) ? secretEnvReason(env) : undefined;
        if (env && reason) {
          reported.add(node);
          // A chain names every env read in it: the default is used only when all of them are unset.
          const chain = chained ? envChain(parent.left, parent.operator) : undefined;
          // What a known default gives away: a password signs anyone in, a database URL or a provider key opens what it
          // connects to, a signing secret forges sessions and tokens.
          const risk = /connection|Redis|service-role|API credential|access token|personal access/.test(reason)
            ? 'anyone can use what it opens'
            : /password/.test(reason)
              ? 'anyone can sign in with it'
              : 'forged sessions, signed tokens';
          // A test script's own signing key (`const SECRET = process.env.INTERNAL_SYNC_SECRET || 'dev_secret'` in
          // `scripts/test-internal-sync.js`, openrouter-chatbot): it signs the requests the script sends to a dev server,
          // the app never runs on it. Bound to a local only; a default written into the env a server starts with is still reported.
          if (risk === 'forged sessions, signed tokens' && TEST_SCRIPT.test(kind.filename) && parent.parent?.type === 'VariableDeclarator') return;
          const data = chain && chain.length > 1
            ? { env, reads: chain.map((n) => `process.env.${n}`).join(` ${parent.operator} `), missing: `${['both', 'all three', 'all four'][chain.length - 2] ?? `all ${chain.length}`} are unset`, risk }
            : { env, reads: `process.env.${env}`, missing: 'the variable is missing', risk };
          context.report({ node, messageId: 'defaultSecret', data, suggest: suggest([chained ? last.range[0] : parent.range[0], parent.range[1]], env) });
          return;
        }
      }
      // 3. A credential-looking literal bound to a secret-named binding or option.
      if (value.length < 8) return;
      const name = boundName(node);
      if (!name || ignoreNames.has(name) || !/secret|pass|pwd|token|key|credential/i.test(name)) return;
      const what = secretBindingKind(name);
      if (!what || !looksLikeCredentialValue(value, what)) return;
      // `password: 'Passwort'` (i18n) and other plain words are not credentials.
      if (/^[\p{L}]+$/u.test(value)) return;
      if (isPlaceholderValue(value) || isExamplePassword(value)) return;
      if (/^(?:apiKey|searchKey|searchApiKey|searchOnlyApiKey)$/.test(name) && inSearchUiConfig(node)) return;
      // Web3Forms' form key (`access_key: '4f0fc468-…'` posted to `api.web3forms.com/submit`): public by design, it only
      // routes form submissions to the owner's inbox (stack-auth's feedback dialog).
      if (/^access_?key$/i.test(name) && UUID.test(value) && WEB3FORMS.test(text)) return;
      if (shownAsLabel(node, value)) return;
      // A UI SDK's license key outside server code (`LICENSE_KEY` passed to `<Tldraw licenseKey>`, FullCalendar's
      // `schedulerLicenseKey`, MUI X / AG Grid keys): the SDK checks it in the browser, so it ships in the bundle by design
      // (signed, bound to the buyer's domains). In server code, or New Relic's agent key (`newrelic.js`), still reported.
      if (/licen[sc]e_?key$/i.test(name) && !serverish && !/relic/i.test(name) && !/newrelic/i.test(kind.filename)) return;
      // A password in a test script (`scripts/test-password-change.ts`, run by hand against a dev stack): the password of
      // the throwaway account it creates or resets. Provider keys and other secrets in such scripts are still reported.
      if (what === 'password' && TEST_SCRIPT.test(kind.filename)) return;
      if (what === 'password' && (accountNamedPassword(node, value) || testDomainAccountPassword(node))) return;
      reported.add(node);
      context.report({
        node,
        messageId: 'namedSecret',
        data: { name, what: what === 'password' ? 'password' : 'credential' },
        suggest: suggest(node.range, toEnvName(name), node.parent?.type === 'JSXAttribute'),
      });
    }

    return {
      // Strings of 8+ characters (every check but the env fallback needs that many), and the shorter
      // right-hand sides of `||` / `??` (the fallback check): esquery filters before ESLint dispatches,
      // which spares a call per short string (most literals of a file).
      'Literal[value.length>=8], LogicalExpression > Literal.right[value.length<8]'(node: TSESTree.Literal) {
        if (typeof node.value !== 'string') return;
        // Import / export sources and directives are not values.
        const p = node.parent;
        if (p?.type === 'ImportDeclaration' || p?.type === 'ExportAllDeclaration' || p?.type === 'ExportNamedDeclaration' || p?.type === 'ImportExpression') return;
        if (p?.type === 'ExpressionStatement') return;
        if (p?.type === 'Property' && p.key === node) return;
        checkString(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent?.type === 'TaggedTemplateExpression') return;
        if (node.expressions.length === 0) {
          const value = node.quasis[0]?.value.cooked;
          if (typeof value === 'string') checkString(node, value);
          return;
        }
        // `Bearer sk-...${x}`: provider keys inside interpolated templates.
        if (!checkProviders) return;
        for (const q of node.quasis) {
          const cooked = q.value.cooked;
          if (typeof cooked === 'string' && cooked.length >= 20) {
            const match = matchProviderKey(cooked);
            if (match && match.provider !== 'Google API key' && !(match.test && options.allowTestKeys) && !reported.has(node)) {
              reported.add(node);
              context.report({
                node: q,
                messageId: match.test ? 'testKey' : 'providerKey',
                data: { provider: withArticle(match.provider) },
              });
            }
          }
        }
      },
    };
  },
});
