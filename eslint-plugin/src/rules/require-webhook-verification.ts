import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  createRule,
  getCalleeName,
  getDottedName,
  getEnclosingFunction,
  getFileKind,
  getHandlers,
  getImportSource,
  getRootIdentifier,
  getPropertyName,
  getStaticString,
  canCallHelper,
  helperFixes,
  unwrap,
  walk,
  type FunctionNode,
  findVariable,
  isEdgeRuntime,
  resolveLocalFunction,
  returnedValues,
  getConstInit,
  localCallSites,
  isFunction as isFunctionNode,
} from '../utils';
import { getDbCall } from '../utils/db-calls';
import { holdsSecretEnv, isDigestCall, traceValue } from '../utils/compare-vocab';
import { isUserGateWrapperName, SNS_MESSAGE, SNS_VERIFIER } from '../utils/auth-vocab';

type Node = TSESTree.Node;
type Options = [{ verifiers?: string[]; webhookPaths?: string[] }];
/** Handshake headers that carry the sender's signing secret to store: Asana's `X-Hook-Secret`. */
const HANDSHAKE_SECRET_HEADER = /^x-hook-secret$/i;

type MessageIds = 'unverified' | 'unverifiedSns' | 'secretFromRequest' | 'reserialized' | 'reserializedVerify' | 'unguardedTimingSafeEqual' | 'addVerification' | 'addVerificationAsync';

/**
 * Key derivation (node:crypto and promisified forms): Node's `scrypt` / `pbkdf2`, Web Crypto's `deriveBits`, and the
 * app's own `derivePasswordHash` / `hashPassword`; also its hash of a one-time code (`hashOTP(otp)`, `hashPin`),
 * compared with the hash it stored. Their output is a stored password hash's twin.
 */
const KDF_CALL = /^(?:scrypt|pbkdf2)(?:Sync|Async)?$|^(?:deriveBits|derive\w*(?:Hash|Key)|hash(?:Password|Otp|OTP|Pin|PIN|Passcode))$/;

/** A file format's magic bytes, named as its signature: `IMAGE_SIGNATURES`, `fileSignature`, `MAGIC_SIGNATURES`, `mimeSignatures`. */
const FILE_SIGNATURE = /(?:image|file|magic|mime|format|byte)s?_?signatures?$/i;
/** Calls that make a signature: `signTypedData`, `signMessage`, `jwt.sign`, `crypto.sign`; not `signIn` / `signUp` / `signOut`. */
const SIGN_CALL = /^sign(?!(?:In|Up|Out|in|up|out)(?:[A-Z_]|$))\w*$/;

/** Calls that verify a webhook: Stripe, svix, Octokit, standardwebhooks, QStash, Twilio, Polar, Replicate, Clerk... */
const VERIFY_CALLS = new Set([
  'constructEvent', 'constructEventAsync', 'verify', 'verifySignature', 'verifyWebhook', 'verifyWebhookSignature',
  'verifyRequest', 'verifyAndReceive', 'validateWebhook', 'validateEvent', 'validateSignature', 'validateRequest',
  'timingSafeEqual', 'jwtVerify', 'verifyIdToken', 'verifyKey', 'isValidSignature', 'checkSignature', 'unsign',
  'verifySignatureAppRouter', 'verifySignatureEdge', 'verifyHmac', 'verifySlackRequest', 'verifyRequestSignature',
]);
/**
 * A verifying helper by name: `verifySignature`, `validateWebhook`, `isValidToken`; also a check of the caller's API key
 * (`validateApiKey(authHeader, ownerId)`: workflow-builder-template's workflow webhook, a key looked up by its hash).
 * Also a check of Microsoft Graph's `clientState`, the secret a change notification carries back (`parseAndVerifyClientState`:
 * INNO's Outlook webhook; Graph signs nothing else).
 */
const VERIFY_NAME = /^(?:verify|validate|check|assert|is(?:Valid)?|authenticate|ensure)\w*(?:Signature|Webhook|Hmac|Request|Signed|Secret|Token|Origin|Sender|ApiKey|APIKey)|(?:Signature|Hmac)(?:Valid|Verified|Check)|^(?:verify|validate)(?:Webhook|Signature)|^(?:parseAnd)?(?:verify|validate)ClientState$/i;
/** The caller's identity read from the request object: `req.userId`, `req.user.id`, `const { userId } = req`. */
const REQUEST_IDENTITY = /\b(?:req|request)\s*\.\s*(?:userId|user|auth|session)\b(?!\s*\()|\{[^{}]*\b(?:userId|user|auth|session)\b[^{}]*\}\s*=\s*(?:req|request)\s*[;\n]/;
const BODY_METHODS = new Set(['json', 'text', 'formData', 'arrayBuffer', 'blob']);
const RAW_BODY_CALLS = new Set(['buffer', 'getRawBody', 'rawBody', 'readRawBody', 'text', 'json']);

export default createRule<Options, MessageIds>({
  name: 'require-webhook-verification',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require webhook routes to verify the payload signature over the raw request body',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unverified:
        'Webhook handler {{name}} acts on the payload without verifying its signature: anyone who finds the URL can forge events (fake payments, upgrades, deletions). Verify the provider signature over the raw body first (stripe.webhooks.constructEvent, svix Webhook.verify, or an HMAC compared with timingSafeEqual).',
      unverifiedSns:
        'SNS endpoint {{name}} acts on the message without verifying its signature: anyone who knows the topic ARN can post forged notifications (fake bounces and complaints) and make the route fetch a SubscribeURL of their choosing. Verify each message with sns-validator (MessageValidator: the signing certificate must come from amazonaws.com) before acting on it.',
      reserialized:
        'The HMAC is computed over JSON.stringify(...) of the parsed payload, not over the raw body the sender signed: whenever re-serialization changes the bytes (key order, spacing, unicode escapes, number formats), genuine webhooks fail verification. HMAC the exact `await req.text()`.',
      reserializedVerify:
        '{{call}}() verifies the signature over JSON.stringify(...) of the parsed body, not over the raw bytes the sender signed: re-serialization changes key order, spacing and escapes, so genuine webhooks fail verification (or pass by luck). Verify the exact raw body (`await req.text()`, or the raw buffer with the Pages body parser turned off).',
      secretFromRequest:
        "The webhook's signing secret is taken from the request's '{{header}}' header and stored: anyone who calls the URL can replace it with a secret of their own, then sign forged events that pass verification. Store a handshake secret only while this app is registering the webhook (or only when none is stored yet), never from any later request.",
      unguardedTimingSafeEqual:
        'crypto.timingSafeEqual throws a RangeError when the buffers differ in length: a malformed or truncated signature crashes the route with a 500 instead of a 401. Compare lengths first (return false when they differ).',
      addVerification: 'Read the raw body and verify its HMAC with verifyWebhookSignature() before acting on it (adds the helper or imports it).',
      addVerificationAsync:
        'Read the raw body and verify its HMAC with await verifyWebhookSignatureAsync() before acting on it (Web Crypto: this route runs on the Edge runtime, which has no node:crypto; adds the helper or imports it).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          verifiers: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function names that verify a webhook signature.',
          },
          webhookPaths: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions (on the file path) of routes that receive webhooks, besides paths containing "webhook".',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ verifiers: [], webhookPaths: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    const hasHmac = /createHmac|timingSafeEqual/.test(text);
    const extra = new Set(options.verifiers ?? []);
    const pathRes = (options.webhookPaths ?? []).flatMap((p) => {
      try {
        return [new RegExp(p, 'i')];
      } catch {
        return [];
      }
    });
    const isRoute = kind.isAppRoute || kind.isPagesApi;
    const isWebhookPath = /webhook/i.test(kind.filename) || pathRes.some((r) => r.test(kind.filename));
    /**
     * `signature` as the code names it: an identifier (`signatureHeader`, `verifySignature`, `headers.signature`)
     * or a header-name literal (`'stripe-signature'`, `` `x-${p}-signature` ``). Not prose: a comment or a
     * message (`"That e-signature PIN was not accepted."`) in a route about documents' e-signatures.
     */
    const namesSignature = (): boolean => {
      if (!/signature/i.test(text)) return false;
      // A module path (`import { createSigningMessage } from '@/lib/web3/signature-verification'`) names a file,
      // not a header the request carries.
      const moduleSources = new Set<number>();
      for (const s of sourceCode.ast.body) {
        if ((s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportAllDeclaration') && s.source) moduleSources.add(s.source.range[0]);
      }
      // An identifier counts where the file reads headers at all: `leaderSignature` in a body whose route never looks
      // at a header is a drawn e-signature (a form's field), not a sender's. Reading means `req.headers`, `headers()`,
      // `req.header(...)` or `const { headers } = req`: a response's `headers: { ... }` option reads nothing (an upload
      // signing route computes its own `signature` and answers with a content-type).
      const readsHeaders = /\.headers\b|\bheaders\s*\(|\bheader\s*\(|\{[^{}]*\bheaders\b[^{}]*\}\s*=/.test(text);
      return sourceCode.ast.tokens.some(
        (t) =>
          /signature/i.test(t.value) &&
          // A file format's magic bytes (`IMAGE_SIGNATURES`, `fileSignature`: ailaunch-space's upload route checking an
          // image's first bytes) sign nothing.
          ((t.type === 'Identifier' && readsHeaders && !FILE_SIGNATURE.test(t.value) && !signedHere(t.range[0])) ||
            ((t.type === 'String' || t.type === 'Template') && !/\s/.test(t.value) && !moduleSources.has(t.range[0]))),
      );
    };
    /**
     * The identifier at `index` is a signature this route makes, not one a sender sent: a variable whose every write is a
     * signing call or `null` (`proofSignature = await signTypedData(...)`: rwa-launchpad's KYC approval signs a proof and
     * returns it), or an object key holding one (`{ signature: proofSignature }`).
     */
    const signedHere = (index: number): boolean => {
      const n = sourceCode.getNodeByRangeIndex(index);
      if (n?.type !== 'Identifier') return false;
      const p = n.parent;
      const target = p?.type === 'Property' && p.key === n && !p.computed ? unwrap(p.value) : n;
      if (target.type !== 'Identifier') return false;
      const writes = findVariable(sourceCode, target)?.references.filter((r) => r.writeExpr) ?? [];
      let signed = false;
      for (const w of writes) {
        const v = unwrap(w.writeExpr as Node, { await: true });
        if (v.type === 'Literal' && v.value === null) continue;
        if (v.type !== 'CallExpression' || !SIGN_CALL.test(getCalleeName(v) ?? '')) return false;
        signed = true;
      }
      return signed;
    };
    const readsSignatureHeader = isRoute && (/svix-|x-hub-|x-shopify-hmac|x-slack-request/i.test(text) || namesSignature());
    // Routes that manage the app's webhook settings (signed-in users) are not webhook receivers.
    // Identity an auth middleware put on the request (`req.userId`, `const { userId } = req`: cal.com's API v1
    // webhook endpoints, behind an API-key middleware) counts too: no webhook sender is a signed-in user.
    // So does a handler given the caller's principal by an API wrapper (`handleApiRoute({ handler: async ({ principal }) => ...,
    // requiredScopes: ['webhooks:write'] })`: an organization's webhook endpoints managed through its API).
    // A getter of the caller's current organization or workspace counts too (`const context = await getCurrentOrg(supabase);
    // if (!context) return 401`: a feedback board's webhook settings).
    const userSession = (): boolean =>
      /\b(?:getServerSession|getSession|currentUser|getCurrentUser|requireAuth|requireUser|withAuth|withWorkspace|withSession|withTeam|getToken|getUser|auth|getCurrent(?:Org|Organization|Workspace|Team|Member|Membership|Profile)|currentProfile)\s*\(/.test(text) ||
      REQUEST_IDENTITY.test(text) ||
      /\(\s*\{[^{}()]*\bprincipal\b[^{}()]*\}\s*\)\s*=>/.test(text);
    const snsEndpoint = isRoute && SNS_MESSAGE.test(text);
    const checkRoutes = isRoute && (readsSignatureHeader || snsEndpoint || (isWebhookPath && !userSession()));
    // A provider's verify call given a re-serialized body, wherever it sits (cal.com's app-store handlers are
    // served through a catch-all route).
    // Not in a module that also signs JSON.stringify(...) (its own tokens: both sides serialize the same way).
    const reserializedVerifyText =
      /\b(?:constructEvent|constructEventAsync|constructWebhookEvent|unmarshal|verify)\s*\(/.test(text) &&
      text.includes('JSON.stringify') &&
      !/\bsign\w*\s*\(\s*JSON\.stringify/i.test(text);
    if (!checkRoutes && !hasHmac && !reserializedVerifyText) return {};

    /**
     * A key-derivation output: `scryptSync(...)` / `await scryptAsync(...)` / `pbkdf2Sync(...)`, directly or
     * through a binding, a `Buffer.from(x)` / `new Uint8Array(x)` copy, or the callback parameter of
     * `scrypt(pw, salt, len, (err, key) => ...)`.
     */
    function isKdfOutput(arg: TSESTree.Expression): boolean {
      let u: Node = unwrap(arg, { await: true });
      if ((u.type === 'NewExpression' || u.type === 'CallExpression') && /^(?:Uint8Array|from)$/.test(getCalleeName(u) ?? '') && u.arguments[0] && u.arguments[0].type !== 'SpreadElement') {
        u = unwrap(u.arguments[0], { await: true });
      }
      if (u.type === 'CallExpression') return KDF_CALL.test(getCalleeName(u) ?? '');
      if (u.type !== 'Identifier') return false;
      const def = findVariable(context.sourceCode, u)?.defs[0];
      if (def?.type === 'Variable') {
        const init = (def.node as TSESTree.VariableDeclarator).init;
        return !!init && init.type !== 'Identifier' && isKdfOutput(init);
      }
      if (def?.type === 'Parameter') {
        const fn = def.node;
        const call = fn.parent;
        return call?.type === 'CallExpression' && call.arguments.includes(fn as TSESTree.CallExpressionArgument) && KDF_CALL.test(getCalleeName(call) ?? '');
      }
      return false;
    }

    const isVerifyName = (name: string | undefined): boolean =>
      !!name && (VERIFY_CALLS.has(name) || extra.has(name) || VERIFY_NAME.test(name));

    /** `new WebhookReceiver(...)` of livekit-server-sdk, directly or through a const. */
    function isLiveKitReceiver(node: Node): boolean {
      let u: Node = unwrap(node);
      if (u.type === 'Identifier') u = unwrap(getConstInit(sourceCode, u) ?? u);
      return u.type === 'NewExpression' && u.callee.type === 'Identifier' && getImportSource(sourceCode, u.callee) === 'livekit-server-sdk';
    }

    /** Whether the file verifies: a verify call, an HMAC / secret comparison, a verifying wrapper. */
    function fileVerifies(): boolean {
      let found = false;
      walk(sourceCode.ast, (n) => {
        if (found) return false;
        if (n.type === 'CallExpression' || n.type === 'NewExpression') {
          const name = getCalleeName(n);
          if (isVerifyName(name)) found = true;
          const dotted = getDottedName(n.callee);
          if (dotted && extra.has(dotted)) found = true;
          // Paddle's SDK: `paddle.webhooks.unmarshal(rawBody, secret, signature)` verifies before it parses; so does the
          // Stainless SDKs' `webhooks.unwrap(body, headers, secret?)` (Mux's `mux.webhooks.unwrap(body, headers)`: baremint's
          // Mux webhook, the secret set on the client; OpenAI's `client.webhooks.unwrap`), which throws on a bad signature.
          const callee = unwrap(n.callee);
          if ((name === 'unmarshal' || name === 'unwrap') && callee.type === 'MemberExpression' && callee.object.type === 'MemberExpression' && getPropertyName(callee.object) === 'webhooks') found = true;
          // LiveKit's SDK: `receiver.receive(body, authHeader)` on a `new WebhookReceiver(key, secret)` checks the
          // Authorization JWT and the body's sha256 in it (not with `skipAuth`, a third argument `true`).
          if (name === 'receive' && n.type === 'CallExpression' && callee.type === 'MemberExpression' && isLiveKitReceiver(callee.object) && !(n.arguments[2]?.type === 'Literal' && n.arguments[2].value === true)) found = true;
        } else if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator)) {
          const sides = [n.left, n.right];
          // The digest itself, or a local bound to it: `const localSig = createHmac(...).digest('hex'); if (sentSig !== localSig)`
          // (traceValue tests the node itself first).
          if (sides.some((s) => holdsSecretEnv(sourceCode, s) || traceValue(sourceCode, s, isDigestCall, 3, { chains: false }))) found = true;
          // signature === expected / token !== secret
          if (sides.every((s) => /signature|secret|hmac|digest|token|hash/i.test(sourceCode.getText(s))) && sides.every((s) => unwrap(s).type !== 'Literal')) found = true;
        }
        return !found;
      });
      return found;
    }

    /** Body reads inside a function: `await req.json()`, `req.body`, `buffer(req)`. */
    function bodyReads(fn: FunctionNode, reqName: string | undefined): TSESTree.Node[] {
      const out: TSESTree.Node[] = [];
      walk(fn.body, (n) => {
        if (n.type === 'CallExpression') {
          const callee = unwrap(n.callee);
          const name = getCalleeName(n);
          if (callee.type === 'MemberExpression' && name && BODY_METHODS.has(name)) {
            const obj = unwrap(callee.object);
            if (obj.type === 'Identifier' && (obj.name === reqName || /^(?:req|request)$/.test(obj.name))) out.push(n);
            else if (obj.type === 'CallExpression' && getCalleeName(obj) === 'clone') out.push(n);
          } else if (callee.type === 'Identifier' && name && RAW_BODY_CALLS.has(name) && n.arguments.length > 0) {
            out.push(n);
          }
        } else if (n.type === 'MemberExpression' && getPropertyName(n) === 'body') {
          const obj = unwrap(n.object);
          if (obj.type === 'Identifier' && (obj.name === reqName || /^(?:req|request)$/.test(obj.name))) out.push(n);
        }
        return true;
      });
      return out;
    }

    /**
     * Body reads in the file's own helpers the handler hands its request to: `const data = await getWebhookData(request)`
     * with `async function getWebhookData(request) { return await request.json(); }` (call-summary-agent's Gong webhook).
     */
    function helperBodyReads(fn: FunctionNode, reqName: string): TSESTree.Node[] {
      const out: TSESTree.Node[] = [];
      walk(fn.body, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier') return true;
        const i = n.arguments.findIndex((a) => a.type !== 'SpreadElement' && unwrap(a).type === 'Identifier' && (unwrap(a) as TSESTree.Identifier).name === reqName);
        if (i < 0) return true;
        const helper = resolveLocalFunction(sourceCode, n.callee, { constOnly: true });
        const param = helper?.params[i];
        if (helper && helper !== fn && param?.type === 'Identifier') out.push(...bodyReads(helper, param.name));
        return true;
      });
      return out;
    }

    /** The signature header name the file reads, if any. */
    function signatureHeaderName(): string | undefined {
      let name: string | undefined;
      walk(sourceCode.ast, (n) => {
        if (name) return false;
        const s = n.type === 'Literal' ? getStaticString(n) : undefined;
        if (s && /^[a-z0-9-]*signature[a-z0-9-]*$/i.test(s)) name = s;
        return true;
      });
      return name;
    }

    /** The route's dynamic segment named for a secret (`api/webhooks/leads/[token]/route.ts`): a per-source capability URL. */
    const urlSecret = /\[(\w*(?:token|secret))\]/i.exec(kind.filename)?.[1];

    /**
     * The handler hands the URL's secret segment to a call (`.where(eq(leadSources.webhookToken, token))`, `findUnique({
     * where: { token } })`) and answers 401 / 403 / 404: the sender is authenticated by the secret URL issued to it (a
     * generic inbound webhook for WordPress or Zapier, which cannot sign; iqleads' lead intake). Logging it is no lookup.
     */
    function looksUpUrlSecret(fn: FunctionNode): boolean {
      if (!urlSecret) return false;
      let looked = false;
      let denies = false;
      const deny = (v: Node | undefined): boolean => v?.type === 'Literal' && (v.value === 401 || v.value === 403 || v.value === 404);
      walk(fn.body, (n) => {
        if (n.type === 'CallExpression') {
          const name = getCalleeName(n) ?? '';
          if (name === 'status' && deny(n.arguments[0])) denies = true;
          if (!/^(?:log|info|warn|error|debug|trace)$/.test(name)) {
            for (const a of n.arguments) {
              walk(a, (m) => {
                // `token`, `{ token }`, `params.token`; not a column of the same name (`leadSources.token`) nor a key.
                const par = m.parent;
                if (
                  m.type === 'Identifier' &&
                  m.name === urlSecret &&
                  !(par?.type === 'Property' && par.key === m && !par.shorthand) &&
                  (par?.type !== 'MemberExpression' || (par.property === m && /^params$/.test(sourceCode.getText(unwrap(par.object, { await: true })))))
                ) {
                  looked = true;
                }
                return !looked;
              });
            }
          }
        } else if (n.type === 'Property' && getPropertyName(n) === 'status' && deny(n.value)) denies = true;
        return true;
      });
      return looked && denies;
    }

    const reports: { node: Node; name: string; fn: FunctionNode; reqName?: string; reads: TSESTree.Node[]; viaHelper?: boolean }[] = [];
    /** HMACs over `JSON.stringify(...)`, and whether the function they are in verifies. */
    const stringifiedHmacs: { node: Node; verifying: boolean }[] = [];

    /** A value made by a key-sorting call (`sortObject(p)`, `this.sortKeys(p)`, `canonicalize(p)`), directly or through a const. */
    function isSortedCopy(node: Node | undefined): boolean {
      if (!node || node.type === 'SpreadElement') return false;
      let u = unwrap(node);
      if (u.type === 'Identifier') {
        const init = getConstInit(sourceCode, u);
        if (init) u = unwrap(init);
      }
      return u.type === 'CallExpression' && /^(?:sort\w*|\w*Sorted\w*|canonical\w*)$/i.test(getCalleeName(u) ?? '');
    }

    /** A const holding an instance an imported class or factory made: `new StripePaymentGateway()`, `await createBilling()`. */
    function isImportedInstance(id: TSESTree.Identifier): boolean {
      const init = getConstInit(sourceCode, id);
      if (!init) return false;
      const u = unwrap(init, { await: true });
      return (u.type === 'NewExpression' || u.type === 'CallExpression') && u.callee.type === 'Identifier' && getImportSource(sourceCode, u.callee) !== undefined;
    }

    /** A const made by a method of an imported object: `container.resolve<T>('name')`, `registry.get('x')`. */
    function resolvedFromImport(id: TSESTree.Identifier): boolean {
      const init = getConstInit(sourceCode, id);
      if (!init) return false;
      const u = unwrap(init, { await: true });
      if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression') return false;
      const owner = getRootIdentifier(u.callee);
      return !!owner && getImportSource(sourceCode, owner) !== undefined;
    }

    /** An argument that is the signature header's value: named for it, or a const read from a header named for it (`const sig = req.headers.get('stripe-signature')`). */
    function isSignatureValue(arg: TSESTree.CallExpressionArgument): boolean {
      if (arg.type === 'SpreadElement') return false;
      const u = unwrap(arg);
      if (u.type !== 'Identifier') return false;
      if (/signature/i.test(u.name)) return true;
      const init = getConstInit(sourceCode, u);
      return !!init && /headers?\b[\s\S]*signature/i.test(sourceCode.getText(init));
    }

    /** `x.digest()` with no encoding: a Buffer of the hash's fixed length. */
    function isRawDigest(node: Node): boolean {
      return node.type === 'CallExpression' && getCalleeName(node) === 'digest' && node.arguments.length === 0;
    }

    /**
     * A call to one of the file's own functions whose every return is a raw digest
     * (`const digest = (v: string) => createHash('sha256').update(v).digest()`, Cap's webhook check):
     * its results have one fixed length, so timingSafeEqual cannot throw on them.
     */
    function returnsRawDigest(call: TSESTree.CallExpression): boolean {
      if (call.callee.type !== 'Identifier') return false;
      const fn = resolveLocalFunction(sourceCode, call.callee, { constOnly: true });
      if (!fn) return false;
      const returns = returnedValues(fn);
      return returns.length > 0 && returns.every((r) => r != null && isRawDigest(unwrap(r)));
    }

    /**
     * The value of a handshake header that carries the sender's signing secret (Asana's `X-Hook-Secret`), written by a
     * database write (`db.updateTable('project').set({ webhook_secret: secret })`, homie's Asana webhook route) in a
     * branch that does not first check that no secret is stored yet (`if (secret && !project.webhook_secret)`): whoever
     * calls the route next replaces the key every later signature is checked with.
     */
    function checkStoredHandshakeSecret(node: TSESTree.CallExpression): void {
      const header = getStaticString(node.arguments[0]);
      if (header === undefined || !HANDSHAKE_SECRET_HEADER.test(header)) return;
      if (node.callee.type !== 'MemberExpression' || !/headers/i.test(sourceCode.getText(node.callee.object))) return;
      let holder: Node = node;
      while (holder.parent && (holder.parent.type === 'AwaitExpression' || holder.parent.type === 'TSAsExpression' || holder.parent.type === 'TSNonNullExpression' || (holder.parent.type === 'LogicalExpression' && holder.parent.left === holder))) holder = holder.parent;
      const decl = holder.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== holder || decl.id.type !== 'Identifier') return;
      const local = decl.id.name;
      const refs = findVariable(sourceCode, decl.id)?.references ?? [];
      for (const ref of refs) {
        if (ref.init) continue;
        // A write call whose arguments hold the value: `.set({ secret })`, `update({ data: { secret } })`.
        let cur: Node = ref.identifier as Node;
        let write: TSESTree.CallExpression | undefined;
        for (let p = cur.parent; p && !write; cur = p, p = p.parent) {
          if (p.type === 'CallExpression' && p.arguments.includes(cur as TSESTree.CallExpressionArgument)) {
            if (getDbCall(p, context)?.write) write = p;
            else break;
          } else if (p.type !== 'Property' && p.type !== 'ObjectExpression') break;
        }
        if (!write) continue;
        // First-come: a branch on the stored secret's absence (`!project.asana_webhook_secret`) around the write.
        let firstCome = false;
        for (let p: Node | undefined = write.parent; p && !isFunctionNode(p) && !firstCome; p = p.parent) {
          if (p.type === 'IfStatement') {
            walk(p.test, (n) => {
              if (firstCome) return false;
              if (n.type === 'UnaryExpression' && n.operator === '!') {
                const name = getDottedName(unwrap(n.argument)) ?? '';
                if (/secret/i.test(name) && name !== local) firstCome = true;
              }
              return !firstCome;
            });
          }
        }
        if (firstCome) continue;
        context.report({ node, messageId: 'secretFromRequest', data: { header } });
        return;
      }
    }

    const handshakeText = /hook-secret/i.test(text) && (isWebhookPath || /webhook/i.test(text));

    return {
      ...(handshakeText
        ? {
            'CallExpression[callee.property.name="get"]'(node: TSESTree.CallExpression) {
              try {
                checkStoredHandshakeSecret(node);
              } catch {
                /* never throw */
              }
            },
          }
        : {}),
      'CallExpression[callee.property.name="update"]'(node: TSESTree.CallExpression) {
        if (!hasHmac) return;
        const arg = node.arguments[0];
        if (!arg || arg.type === 'SpreadElement') return;
        let a = unwrap(arg);
        // `const body = JSON.stringify(obj); headers['X-Signature'] = hmac.update(body)…; fetch(url, { body })`:
        // the function signs the exact text it sends (a cron route calling an internal endpoint), it verifies nothing.
        if (a.type === 'Identifier') {
          const sent = a.name;
          const fnScope = getEnclosingFunction(node);
          let sends = false;
          if (fnScope) {
            walk(fnScope, (n) => {
              if (sends) return false;
              if (n.type === 'Property' && getPropertyName(n) === 'body' && n.value.type === 'Identifier' && n.value.name === sent) sends = true;
              return !sends;
            });
          }
          if (sends) return;
        }
        // `const payload = `${timestamp}.${JSON.stringify(body)}`; hmac.update(payload)`: the stringified body
        // inside the signed text (cal.com's Daily webhook), directly or through a const.
        if (a.type === 'Identifier') {
          const init = getConstInit(sourceCode, a);
          if (init) a = unwrap(init);
        }
        if (a.type === 'TemplateLiteral') {
          const inner = a.expressions.map((e) => unwrap(e)).find((e) => e.type === 'CallExpression' && getDottedName(e.callee) === 'JSON.stringify');
          if (inner) a = inner;
        }
        if (a.type !== 'CallExpression' || getDottedName(a.callee) !== 'JSON.stringify') return;
        // A key-sorted copy (`JSON.stringify(sortObject(payload))`): the canonical form a provider signs when it
        // specifies one (NOWPayments IPN), not a re-serialization that happens to match.
        if (isSortedCopy(a.arguments[0])) return;
        // The receiver is an HMAC: createHmac(...).update(...) or a variable bound to one.
        const recv = unwrap((node.callee as TSESTree.MemberExpression).object);
        const recvText = sourceCode.getText(recv);
        if (!/createHmac|hmac/i.test(recvText)) return;
        // Only when verifying (not when signing an outgoing payload): the function compares or is named for it.
        const fn = getEnclosingFunction(node);
        const scope = fn ?? sourceCode.ast;
        const fnName = fn && fn.type !== 'ArrowFunctionExpression' && fn.id ? fn.id.name : fn?.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id.name : '';
        let verifying = /verify|validate|check|isValid/i.test(fnName);
        const compares = (n: Node): boolean =>
          (n.type === 'CallExpression' && getCalleeName(n) === 'timingSafeEqual') ||
          (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) && /signature|hmac|digest|expected/i.test(sourceCode.getText(n)));
        if (!verifying) {
          walk(scope, (n) => {
            if (verifying) return false;
            if (compares(n)) verifying = true;
            return true;
          });
        }
        // A helper that only computes the digest (`computeSignature(secret, body, ts)`) verifies when its
        // result is compared in this file: in the comparison itself, or through the const it is bound to.
        if (!verifying && fn && fnName) {
          walk(sourceCode.ast, (n) => {
            if (verifying) return false;
            if (!compares(n)) return true;
            const operands = n.type === 'BinaryExpression' ? [n.left, n.right] : (n as TSESTree.CallExpression).arguments;
            for (const op of operands) {
              let u: Node = unwrap(op as Node, { await: true });
              if (u.type === 'Identifier') u = unwrap(getConstInit(sourceCode, u) ?? u, { await: true });
              if (u.type === 'CallExpression' && u.callee.type === 'Identifier' && u.callee.name === fnName && resolveLocalFunction(sourceCode, u.callee, { constOnly: true }) === fn) verifying = true;
            }
            return !verifying;
          });
        }
        stringifiedHmacs.push({ node: a, verifying });
      },
      // `stripe.webhooks.constructEvent(JSON.stringify(req.body), sig, secret)`, `Webhooks.constructWebhookEvent(payload, ...)`
      // with `const payload = JSON.stringify(req.body)` (cal.com's Vital webhook), svix's `wh.verify(JSON.stringify(body), headers)`.
      'CallExpression[callee.property.name=/^(?:constructEvent|constructEventAsync|constructWebhookEvent|unmarshal|verify)$/]'(node: TSESTree.CallExpression) {
        if (!reserializedVerifyText) return;
        const arg = node.arguments[0];
        if (!arg || arg.type === 'SpreadElement') return;
        let a = unwrap(arg);
        if (a.type === 'Identifier') a = unwrap(getConstInit(sourceCode, a) ?? a);
        if (a.type !== 'CallExpression' || getDottedName(a.callee) !== 'JSON.stringify') return;
        context.report({ node: a, messageId: 'reserializedVerify', data: { call: getCalleeName(node) ?? 'verify' } });
      },
      'CallExpression[callee.name="timingSafeEqual"], CallExpression[callee.property.name="timingSafeEqual"]'(node: TSESTree.CallExpression) {
        const fn = getEnclosingFunction(node);
        if (!fn) return;
        // The file's own function of that name (a constant-time loop over two strings) is not crypto's, which throws;
        // a crypto call inside it is checked where it is made.
        if (node.callee.type === 'Identifier' && resolveLocalFunction(sourceCode, node.callee)) return;
        // Guarded by a try/catch around the call, or around every call of the same-file helper that makes it
        // (open-saas's `parseRequestBody(request)` inside the webhook's try, whose catch answers 400).
        const inTry = (n: Node, stop: Node | undefined): boolean => {
          for (let p: Node | undefined = n.parent; p && p !== stop; p = p.parent) {
            if (p.type === 'TryStatement' && p.block.range[0] <= n.range[0] && n.range[1] <= p.block.range[1]) return true;
          }
          return false;
        };
        if (inTry(node, fn)) return;
        const calls = localCallSites(sourceCode, fn);
        if (calls && calls.length > 0 && calls.every((c) => inTry(c, getEnclosingFunction(c)))) return;
        // Fixed-length inputs: both are raw digests (`.digest()` without encoding) of a hash / HMAC.
        const fixed = (x: TSESTree.CallExpressionArgument | undefined): boolean => {
          if (!x || x.type === 'SpreadElement') return false;
          const u = unwrap(x);
          let target: Node = u;
          if (u.type === 'Identifier') {
            const def = context.sourceCode.getScope(u).references.find((r) => r.identifier === u)?.resolved?.defs[0];
            const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : undefined;
            if (init) target = unwrap(init, { await: true });
          }
          return isRawDigest(target) || (target.type === 'CallExpression' && returnsRawDigest(target));
        };
        if (fixed(node.arguments[0]) && fixed(node.arguments[1])) return;
        // A password check: one side is a key-derivation output (scrypt / pbkdf2), compared with the hash
        // the app stored. Both lengths are the app's own, no request carries a signature here.
        if (node.arguments.some((a) => a.type !== 'SpreadElement' && isKdfOutput(a))) return;
        // A length comparison anywhere in the function.
        let guarded = false;
        walk(fn.body, (n) => {
          if (guarded) return false;
          if (n.type === 'BinaryExpression' && /^(?:[!=]==?|[<>]=?)$/.test(n.operator)) {
            const t = sourceCode.getText(n);
            if (/\.(?:length|byteLength)\b/.test(t)) guarded = true;
          }
          return true;
        });
        if (guarded) return;
        context.report({ node: node.callee, messageId: 'unguardedTimingSafeEqual', suggest: [] });
      },
      'Program:exit'() {
        // A module that also signs with JSON.stringify issues its own tokens (createSignedToken /
        // verifySignedToken): both sides serialize the same way, there is no sender's raw body.
        if (!stringifiedHmacs.some((h) => !h.verifying)) {
          for (const h of stringifiedHmacs) context.report({ node: h.node, messageId: 'reserialized', suggest: [] });
        }
        if (!checkRoutes) return;
        const handlers = getHandlers(sourceCode, kind).filter((h) => h.fn && !h.delegated);
        if (handlers.length === 0) return;
        // Handlers wrapped by a verifying wrapper (verifySignatureAppRouter(handler), withWebhook(...)), or by one that
        // lets only signed-in users or roles in (`adminClientRoute(...)`: a route managing the app's webhook settings).
        const candidates = handlers.filter((h) => !h.wrappers.some((w) => /verify|signature|webhook|qstash|cron|auth/i.test(w) || isUserGateWrapperName(w)));
        for (const h of candidates) {
          const fn = h.fn!;
          const p0 = fn.params[0];
          const reqName = p0?.type === 'Identifier' ? p0.name : undefined;
          let reads = bodyReads(fn, reqName);
          // Read by a helper of this file: reported, with no suggestion (the guard's `rawBody` would not reach the helper).
          const viaHelper = reads.length === 0 && !!reqName;
          if (viaHelper) reads = helperBodyReads(fn, reqName!);
          if (reads.length === 0) continue;
          if (looksUpUrlSecret(fn)) continue;
          reports.push({ node: h.reportNode, name: h.name, fn, reqName, reads, viaHelper });
        }
        if (reports.length === 0) return;
        if (fileVerifies()) return;
        // A signature header handed to an imported helper: verified where we cannot see.
        let delegated = false;
        walk(sourceCode.ast, (n) => {
          if (delegated) return false;
          if (n.type === 'CallExpression') {
            // `verify(...)`, `billing.handleWebhook(...)`, also through a getter: `getBillingService().handleWebhook({ rawBody, signatureHeader })`.
            const root = getRootIdentifier(n.callee);
            if (root && getImportSource(sourceCode, root) !== undefined) {
              const argsText = n.arguments.map((a) => sourceCode.getText(a)).join(',');
              if (/signature|svix|hmac|rawBody|raw_body|headers/i.test(argsText) && !/console|NextResponse|Response/.test(root.name)) delegated = true;
            } else if (root && isImportedInstance(root) && /webhook|verif|validat|construct|unmarshal/i.test(getCalleeName(n) ?? '') && n.arguments.some(isSignatureValue)) {
              // `const gateway = new StripePaymentGateway(); await gateway.gateway.handleGatewayWebhook(Buffer.from(body), sig)`
              // with `const sig = req.headers.get('stripe-signature')` (aiva.io's Stripe webhook): the imported class verifies.
              delegated = true;
            } else if (root && resolvedFromImport(root) && /signature|svix|hmac|rawBody|raw_body|headers/i.test(n.arguments.map((a) => sourceCode.getText(a)).join(','))) {
              // `const controller = container.resolve<IWebhookController>('webhookController')` handed `{ headers, payload }`
              // (rowboat's Composio webhook): an object an imported container or factory makes, handed the signature's
              // headers, verifies where we cannot see, like an imported helper.
              delegated = true;
            }
          }
          return true;
        });
        if (delegated) return;
        if (snsEndpoint) {
          // SNS signs with a certificate: an HMAC guard would be the wrong fix, so no suggestion.
          if (SNS_VERIFIER.test(text)) return;
          for (const r of reports) context.report({ node: r.node, messageId: 'unverifiedSns', data: { name: r.name }, suggest: [] });
          return;
        }
        const header = signatureHeaderName() ?? 'x-webhook-signature';
        // An Edge route has no node:crypto: the guard awaits the Web Crypto helper (the guard already awaits `req.text()`).
        const edge = isEdgeRuntime(kind, sourceCode.ast);
        for (const r of reports) {
          const canFix =
            !r.viaHelper &&
            kind.isAppRoute &&
            !!r.reqName &&
            r.fn.body.type === 'BlockStatement' &&
            !sourceCode.text.includes('rawBody') &&
            // The guard reads the body as text and the fix feeds later `json()` / `text()` reads from it; a body read as
            // `formData()`, `arrayBuffer()` or `blob()` could not be read again (the stream is used up), and rebuilding
            // it from text would corrupt a multipart upload: reported, with no suggestion.
            r.reads.every((read) => read.type !== 'CallExpression' || /^(?:json|text)$/.test(getCalleeName(read) ?? '')) &&
            // A `verifyWebhookSignature` the file declares itself is not the snippet's: the guard would call it.
            canCallHelper(sourceCode, r.fn, edge ? 'verifyWebhookSignatureAsync' : 'verifyWebhookSignature');
          context.report({
            node: r.node,
            messageId: 'unverified',
            data: { name: r.name },
            suggest: canFix
              ? [
                  {
                    messageId: edge ? 'addVerificationAsync' : 'addVerification',
                    fix: (fixer: TSESLint.RuleFixer) => {
                      const body = r.fn.body as TSESTree.BlockStatement;
                      const req = r.reqName!;
                      const first = body.body[0];
                      const indent = first ? ' '.repeat(first.loc.start.column) : '  ';
                      const guard =
                        `const rawBody = await ${req}.text();\n` +
                        (edge
                          ? `${indent}if (!(await verifyWebhookSignatureAsync(rawBody, ${req}.headers.get('${header}'), process.env.WEBHOOK_SECRET))) {\n`
                          : `${indent}if (!verifyWebhookSignature(rawBody, ${req}.headers.get('${header}'), process.env.WEBHOOK_SECRET)) {\n`) +
                        `${indent}  return new Response('Invalid signature', { status: 401 });\n` +
                        `${indent}}\n${indent}`;
                      const fixes: TSESLint.RuleFix[] = [
                        first ? fixer.insertTextBefore(first, guard) : fixer.insertTextAfterRange([body.range[0] + 1, body.range[0] + 1], `\n${indent}${guard}`),
                      ];
                      for (const read of r.reads) {
                        if (read.type !== 'CallExpression') continue;
                        const m = getCalleeName(read);
                        // `req.json().catch(() => null)` chains on the promise: keep one (a parse error still rejects it).
                        const chained = read.parent?.type === 'MemberExpression' && read.parent.object === read;
                        const target = read.parent?.type === 'AwaitExpression' ? read.parent : read;
                        if (m === 'json') fixes.push(fixer.replaceText(target, chained ? 'Promise.resolve().then(() => JSON.parse(rawBody))' : 'JSON.parse(rawBody)'));
                        else if (m === 'text') fixes.push(fixer.replaceText(target, chained ? 'Promise.resolve(rawBody)' : 'rawBody'));
                      }
                      fixes.push(
                        ...(edge
                          ? helperFixes(context, fixer, 'require-webhook-verification.edge', ['verifyWebhookSignatureAsync'])
                          : helperFixes(context, fixer, 'require-webhook-verification', ['verifyWebhookSignature'])),
                      );
                      return fixes;
                    },
                  },
                ]
              : [],
          });
        }
      },
    };
  },
});
