import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { compilePatterns, createRule, findVariable, getCalleeName, getFileKind, getProcessEnvName, getPropertyName, unwrap } from '../utils';
import { getPublicPrefix, isTestLikeFile, secretEnvReason } from '../utils/secret-vocab';

type Options = [{ allowNames?: string[]; secretPatterns?: string[] }];
type MessageIds = 'publicSecret' | 'configEnvSecret' | 'renameServerOnly';

const PREFIX_TEXT = /NEXT_PUBLIC_|VITE_|EXPO_PUBLIC_|REACT_APP_|GATSBY_|NUXT_PUBLIC_|PUBLIC_|\benv\s*:/;
const NEXT_CONFIG = /(?:^|\/)next\.config\.[cm]?[jt]s$/;

export default createRule<Options, MessageIds>({
  name: 'no-public-secret-env',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secrets in client-exposed env vars (NEXT_PUBLIC_, VITE_, EXPO_PUBLIC_, REACT_APP_)',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      publicSecret:
        '`{{name}}` names {{reason}}, but the `{{prefix}}` prefix makes the bundler inline its value into the JavaScript sent to every browser. Rename it to `{{bare}}` (server only), rotate the exposed value, and call the provider from a route handler or server action.',
      configEnvSecret:
        '`{{name}}` names {{reason}}: every key of the `env` option of next.config is inlined into the client bundle. Read it with `process.env` in server code instead, and rotate the exposed value.',
      renameServerOnly: 'Rename to `{{bare}}` (server only; also rename it in .env files and your host settings).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Public env var names (with their prefix) that are public by design and never reported.',
          },
          secretPatterns: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra regular expressions (on the name without the prefix) that mark a name as a secret.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ allowNames: [], secretPatterns: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    if (!PREFIX_TEXT.test(sourceCode.text)) return {};
    const kind = getFileKind(context);
    if (kind.isTest || isTestLikeFile(kind.filename)) return {};
    const allow = new Set(options.allowNames ?? []);
    const extra = compilePatterns(options.secretPatterns, 'i');
    const isNextConfig = NEXT_CONFIG.test(kind.filename);

    function classify(name: string, importMeta: boolean): { prefix: string; bare: string; reason: string } | undefined {
      if (allow.has(name)) return undefined;
      const prefix = getPublicPrefix(name);
      // `PUBLIC_` is the Astro / SvelteKit prefix, read through import.meta.env only.
      if (!prefix || (prefix === 'PUBLIC_' && !importMeta)) return undefined;
      const bare = name.slice(prefix.length);
      const reason = secretEnvReason(bare, { extra });
      // `NEXT_PUBLIC_DEMO_PASSWORD`: the demo account's password, shown on the login page on purpose (linkwarden).
      if (reason === 'a password' && /(?:^|_)DEMO(?:_|$)/i.test(bare)) return undefined;
      return reason ? { prefix, bare, reason } : undefined;
    }

    function report(node: TSESTree.Node, name: string, found: { prefix: string; bare: string; reason: string }, rename?: TSESTree.Node) {
      const canRename = !kind.isClient && !kind.hasClientPath && rename !== undefined;
      context.report({
        node,
        messageId: 'publicSecret',
        data: { name, reason: found.reason, prefix: found.prefix, bare: found.bare },
        suggest: canRename
          ? [
              {
                messageId: 'renameServerOnly',
                data: { bare: found.bare },
                fix: (fixer: TSESLint.RuleFixer) =>
                  rename.type === 'Identifier'
                    ? fixer.replaceText(rename, found.bare)
                    : fixer.replaceText(rename, `'${found.bare}'`),
              },
            ]
          : [],
      });
    }

    /**
     * Whether the value is handed to Stripe.js as its key (`loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY)`), or as
     * a `publishableKey` option or prop, directly or through a `const` (medusa's storefront: `const stripeKey =
     * process.env.NEXT_PUBLIC_STRIPE_KEY || ...; loadStripe(stripeKey)`): a publishable key by its use, whatever its
     * name (Stripe.js refuses secret keys).
     */
    function isPublishableUse(read: TSESTree.Node, depth = 0): boolean {
      let cur: TSESTree.Node = read;
      let p = cur.parent;
      while (
        p &&
        (p.type === 'TSAsExpression' ||
          p.type === 'TSNonNullExpression' ||
          p.type === 'ChainExpression' ||
          p.type === 'LogicalExpression' ||
          (p.type === 'ConditionalExpression' && p.test !== cur))
      ) {
        cur = p;
        p = cur.parent;
      }
      if (!p) return false;
      if (p.type === 'CallExpression' && p.arguments[0] === cur && getCalleeName(p) === 'loadStripe') return true;
      if (p.type === 'Property' && p.value === cur && getPropertyName(p) === 'publishableKey') return true;
      if (p.type === 'JSXExpressionContainer' && p.parent?.type === 'JSXAttribute' && p.parent.name.type === 'JSXIdentifier' && p.parent.name.name === 'publishableKey') return true;
      if (depth === 0 && p.type === 'VariableDeclarator' && p.init === cur && p.id.type === 'Identifier' && (p.parent as TSESTree.VariableDeclaration).kind === 'const') {
        const variable = findVariable(sourceCode, p.id);
        return !!variable?.references.some((r) => !r.init && r.isRead() && isPublishableUse(r.identifier, 1));
      }
      return false;
    }

    /**
     * Whether the read is compared with `'true'` / `'false'` (`process.env.NEXT_PUBLIC_AUTH_PASSWORD === 'true'`: Makerkit's
     * switch for the password sign-in provider): a boolean flag, whatever its name; no password is the string "true".
     */
    function isFlagComparison(read: TSESTree.Node): boolean {
      let cur: TSESTree.Node = read;
      while (cur.parent && (cur.parent.type === 'TSNonNullExpression' || cur.parent.type === 'ChainExpression' || cur.parent.type === 'TSAsExpression')) cur = cur.parent;
      const p = cur.parent;
      if (p?.type !== 'BinaryExpression' || !/^[!=]==?$/.test(p.operator)) return false;
      const other = p.left === cur ? p.right : p.left;
      return other.type === 'Literal' && (other.value === 'true' || other.value === 'false');
    }

    return {
      'MemberExpression[property.name=/^(?:NEXT_PUBLIC|VITE|EXPO_PUBLIC|REACT_APP|GATSBY|NUXT_PUBLIC|PUBLIC)_/], MemberExpression[computed=true][property.type="Literal"]'(
        node: TSESTree.MemberExpression,
      ) {
        const obj = unwrap(node.object);
        // import.meta.env.VITE_X (the shared helper only resolves process.env chains).
        const importMeta = obj.type === 'MemberExpression' && obj.object.type === 'MetaProperty' && getPropertyName(obj) === 'env';
        const name = importMeta ? getPropertyName(node) : getProcessEnvName(node);
        if (!name) return;
        const found = classify(name, importMeta);
        if (found && !isPublishableUse(node) && !isFlagComparison(node)) report(node.property, name, found, node.property);
      },
      // const { NEXT_PUBLIC_OPENAI_API_KEY } = process.env
      'VariableDeclarator > ObjectPattern.id'(node: TSESTree.ObjectPattern) {
        const init = node.parent?.type === 'VariableDeclarator' ? node.parent.init : null;
        if (!init) return;
        const u = unwrap(init);
        if (u.type !== 'MemberExpression') return;
        const src = sourceCode.getText(u).replace(/\s/g, '');
        const importMeta = src === 'import.meta.env';
        if (src !== 'process.env' && !importMeta) return;
        for (const p of node.properties) {
          if (p.type !== 'Property') continue;
          const name = getPropertyName(p);
          if (!name) continue;
          const found = classify(name, importMeta);
          // Renaming a destructured key would change the local name too: no suggestion.
          if (found) report(p.key, name, found);
        }
      },
      // Keys of schemas and env maps: createEnv({ client: { NEXT_PUBLIC_OPENAI_API_KEY: z.string() } }),
      // z.object({ NEXT_PUBLIC_STRIPE_SECRET_KEY: ... }), and next.config `env: { OPENAI_API_KEY: ... }`.
      Property(node) {
        if (node.parent?.type !== 'ObjectExpression' || node.computed && node.key.type !== 'Literal') return;
        const name = getPropertyName(node);
        if (!name) return;
        const value = unwrap(node.value);
        if (isNextConfig && isNextConfigEnvEntry(node)) {
          const reason = allow.has(name) ? undefined : secretEnvReason(getPublicPrefix(name) ? name.slice(getPublicPrefix(name)!.length) : name, { extra });
          if (reason) context.report({ node: node.key, messageId: 'configEnvSecret', data: { name, reason } });
          return;
        }
        if (!getPublicPrefix(name)) return;
        // `NEXT_PUBLIC_X: process.env.NEXT_PUBLIC_X` (t3 runtimeEnv): the read is reported, not the key.
        if (value.type === 'MemberExpression' && getProcessEnvName(value) === name) return;
        if (!isSchemaValue(value)) return;
        // t3-env's `client: { NEXT_PUBLIC_X: z.string() }` beside `runtimeEnv: { NEXT_PUBLIC_X: process.env.NEXT_PUBLIC_X }`:
        // one report per variable, at the read (wdc-saas-starter-kit's env.ts had two for one name).
        if (new RegExp(`\\bprocess\\.env\\.${name}(?![\\w$])`).test(sourceCode.text)) return;
        const found = classify(name, false);
        if (found) report(node.key, name, found);
      },
    };
  },
});

/** A property of the `env` object of the exported next.config: `{ env: { KEY: value } }`. */
function isNextConfigEnvEntry(node: TSESTree.Property): boolean {
  const obj = node.parent;
  const envProp = obj?.parent;
  if (envProp?.type !== 'Property' || getPropertyName(envProp) !== 'env') return false;
  // The `env` object sits in the config object itself, not deeper (webpack DefinePlugin options etc. are not this).
  const config = envProp.parent;
  if (config?.type !== 'ObjectExpression') return false;
  const holder = config.parent;
  return (
    holder?.type === 'VariableDeclarator' ||
    holder?.type === 'ExportDefaultDeclaration' ||
    holder?.type === 'AssignmentExpression' ||
    holder?.type === 'CallExpression' ||
    holder?.type === 'ReturnStatement' ||
    holder?.type === 'ArrowFunctionExpression' ||
    holder?.type === 'TSSatisfiesExpression' ||
    holder?.type === 'TSAsExpression'
  );
}

/** A schema declaration value: `z.string()`, `z.string().min(1)`, `v.string()`, `str()`, `string()`. */
function isSchemaValue(value: TSESTree.Node): boolean {
  let cur: TSESTree.Node = value;
  for (let i = 0; i < 8 && cur.type === 'CallExpression'; i++) {
    const callee = unwrap(cur.callee);
    if (callee.type === 'MemberExpression') {
      const obj = unwrap(callee.object);
      if (obj.type === 'Identifier') return /^(?:z|zod|v|valibot|t|y|yup|Joi|joi|s|type)$/.test(obj.name);
      cur = obj;
    } else if (callee.type === 'Identifier') {
      return /^(?:str|string|url|email|num|bool|json|port|host)$/.test(callee.name);
    } else return false;
  }
  return false;
}
