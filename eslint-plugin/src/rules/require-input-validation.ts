import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  addImports,
  createRule,
  findVariable,
  getCalleeName,
  getDottedName,
  getFileKind,
  getHandlers,
  getImportSource,
  getImportedName,
  getPropertyName,
  getRootIdentifier,
  getConstInit,
  getProcessEnvName,
  getStaticString,
  getValueSources,
  isIdentifier,
  some,
  unwrap,
  walk,
  localTypeDeclarations,
  isEarlyExit,
  exitsInProduction,
  getEnclosingFunction,
  resolveLocalFunction,
  returnedValues,
  isNullOrUndefined,
  splitWords,
} from '../utils';
import { getDbCall, isModelConstruction } from '../utils/db-calls';
import { isValidatorCall } from '../utils/validation-vocab';
import { getPublicPrefix } from '../utils/secret-vocab';

type Node = TSESTree.Node;
type Options = [{ validators?: string[]; validatorPatterns?: string[]; sdkModules?: string[]; ignoreWebhooks?: boolean }];
type MessageIds = 'unvalidated' | 'callerPrice' | 'addSchema';

/** Keys of a cart or order record that hold what the buyer pays: `price`, `unitPrice`, `unit_amount`, `total`, `priceAtPurchase`. */
const PRICE_KEY = /^(?:(?:unit|item|sale|final)_?price|price(?:_?(?:at_?purchase|paid|each|per_?unit|cents|in_?cents))?|unit_?amount|amount|(?:sub_?)?total|total_?(?:price|amount)|grand_?total)$/i;
/** Words of a model or table that holds what a buyer orders (`cartItem`, `order_items`, `Basket`): a price there is what they pay. */
const ORDER_WORDS = new Set(['cart', 'carts', 'order', 'orders', 'basket', 'baskets', 'checkout', 'checkouts']);
/** Keys of a cart or order write that name what is bought: the price is then a product's, not an amount the user chose (a tip, a donation). */
const PRODUCT_REF_KEY = /^(?:products?|product_?ids?|variants?|variant_?ids?|sku|items|line_?items|order_?items|cart_?items)$/i;
/** Calls whose result is the number they are handed (`Math.round(item.price * 100)`, `Number(price)`), or one read from an array of them (`items.reduce(...)`). */
const NUMBER_PASS_FUNCTIONS = /^(?:Number|parseFloat|parseInt|Math\.(?:round|floor|ceil|max|min|abs|trunc))$/;
const NUMBER_PASS_METHODS = new Set(['reduce', 'map', 'flatMap', 'filter', 'find', 'at', 'toFixed', 'valueOf']);

/** SDK modules whose calls receive request data (payments, email, AI, storage, auth admin). */
const SDK_MODULES = /^(?:stripe|openai|@anthropic-ai\/sdk|resend|@sendgrid\/mail|twilio|replicate|@google\/generative-ai|@google\/genai|groq-sdk|@mistralai\/mistralai|cohere-ai|@pinecone-database\/pinecone|@aws-sdk\/.*|@vercel\/blob|@vercel\/kv|@upstash\/redis|@upstash\/qstash|@clerk\/nextjs\/server|@clerk\/backend|firebase-admin(?:\/.*)?|@polar-sh\/sdk|@lemonsqueezy\/lemonsqueezy\.js|nodemailer|postmark|mailgun\.js|@notionhq\/client|@octokit\/rest|algoliasearch|@elastic\/elasticsearch|cloudinary|@mux\/mux-node|uploadthing(?:\/.*)?|@slack\/web-api|@googleapis\/.*|googleapis)$/;
const AI_MODULES = /^(?:ai|@ai-sdk\/.*|langchain|@langchain\/.*|llamaindex)$/;
/** The app's own module for its Stripe client: `@/lib/stripe`, `../../lib/stripe`, `~/server/stripe.server`. */
const APP_STRIPE_MODULE = /^(?:\.{1,2}\/|[@~#]\/)(?:.*\/)?stripe(?:[.-]server)?$/i;
/** Stripe API resources, the first member after the client (`stripe.paymentIntents.create`). */
const STRIPE_RESOURCES = new Set([
  'checkout', 'paymentIntents', 'setupIntents', 'customers', 'subscriptions', 'subscriptionItems', 'prices', 'products',
  'invoices', 'invoiceItems', 'billingPortal', 'refunds', 'charges', 'paymentLinks', 'coupons', 'promotionCodes', 'accounts',
  'accountLinks', 'transfers', 'shippingRates', 'taxRates', 'paymentMethods', 'payouts',
]);
const SDK_CTORS = /^(?:Stripe|OpenAI|OpenAIApi|Anthropic|Resend|Replicate|GoogleGenerativeAI|GoogleGenAI|Groq|Mistral|CohereClient|Pinecone|Twilio|Polar|Mux|S3Client|Redis|Client|WebClient|Octokit)$/;
/** Values composed from others, whose local is not a field the client sends (`const prompt = `Based on: ${query}``). */
const COMPOSED_VALUE = new Set(['TemplateLiteral', 'LogicalExpression', 'BinaryExpression', 'ConditionalExpression', 'ArrayExpression', 'ObjectExpression']);
/** A chat's `messages` for a model call: roles the client may send, bounded text. */
const CHAT_MESSAGES_SCHEMA = "z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000) })).max(100)";
/**
 * The AI SDK's UI messages, as `useChat` sends them: v5 puts the text in `parts` and sends no `content`, v4 sends both,
 * and both add an `id` and metadata. The schema bounds what the client may send (roles, sizes) and keeps the other keys
 * (`.catchall`, in zod 3 and 4): a plain object schema would strip `parts` and reject every v5 request for its missing
 * `content`.
 */
const AI_SDK_MESSAGES_SCHEMA =
  "z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000).optional(), parts: z.array(z.record(z.string(), z.unknown())).max(100).optional() }).catchall(z.unknown())).max(100)";
/** The AI SDK's message conversions: the client's messages, reshaped for a model call (`convertToCoreMessages(messages)`). */
const AI_MESSAGE_CONVERSIONS = new Set(['convertToCoreMessages', 'convertToModelMessages']);
/** Modules of AI SDK providers, whose provider (`xai(modelId)`, `openai.chat(modelId)`) selects the model its argument names. */
const AI_PROVIDER_MODULES = /^(?:@ai-sdk\/(?!react$|rsc$|ui-utils$|provider$|provider-utils$|svelte$|vue$|solid$|angular$).+|@openrouter\/ai-sdk-provider|ollama-ai-provider(?:-v2)?)$/;
/** A provider's model-selecting methods (`openai.chat('gpt-4o')`, `google.languageModel(id)`). */
const AI_PROVIDER_MODEL_METHODS = /^(?:chat|languageModel|responses|completion|textEmbeddingModel|embedding|image|imageModel)$/;
const AI_FUNCTIONS = new Set(['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany', 'generateImage', 'streamUI']);
/** The AI SDK's per-provider options of a call: each provider reads only its own key, `providerOptions: { openai: {...} }`. */
const AI_PROVIDER_OPTIONS = new Set(['providerOptions', 'providerMetadata', 'experimental_providerMetadata']);
/** Provider ids of the AI SDK's providers (the keys they read in `providerOptions`); any other key is the app's own metadata. */
const AI_PROVIDER_IDS = /^(?:openai|openai-compatible|azure|anthropic|google|vertex|bedrock|mistral|groq|xai|deepseek|cohere|perplexity|fireworks|togetherai|deepinfra|cerebras|gateway|openrouter|ollama|replicate|fal|luma|huggingface|baseten|vercel|elevenlabs|lmnt|hume|deepgram|assemblyai|gladia|revai)$/;
const PASS_METHODS = new Set([
  'trim', 'toLowerCase', 'toUpperCase', 'slice', 'substring', 'split', 'join', 'replace', 'replaceAll', 'concat',
  'toString', 'get', 'getAll', 'map', 'filter', 'at', 'normalize', 'padStart', 'padEnd', 'flat', 'entries', 'values',
]);
const PASS_FUNCTIONS = new Set(['String', 'JSON.parse', 'JSON.stringify', 'Object.fromEntries', 'Array.from', 'Object.assign', 'structuredClone', 'Number', 'parseInt', 'parseFloat', 'Boolean']);

interface Source {
  node: Node;
  /** The request parameter. */
  req?: TSESTree.Identifier;
  kind: 'json' | 'body' | 'formData' | 'formParam' | 'text';
  fields: Set<string>;
  sink?: string;
}

/** What a declared-type schema could not check: the types it took on trust, and whether one is out of scope. */
interface Unchecked {
  names: string[];
  opaque: boolean;
}

/** What a handler's code shows about a body field (see `fieldUsage`). */
interface FieldUsage {
  optional: boolean;
  required: boolean;
  type?: 'string' | 'number' | 'boolean' | 'array' | 'object';
}

/** SCREAMING_CASE names of lists of what is turned away: an `includes` on them finds a refused value, and lets the rest through. */
const DENY_LIST_NAME = /(?:^|_)(?:BLOCK(?:ED|LIST)?|BLACKLIST(?:ED)?|DENY|DENIED|DENYLIST|BANNED|RESERVED|FORBIDDEN|DISALLOWED|EXCLUDED|INVALID|RESTRICTED)(?:_|$)/;

/** Methods only strings have (not `includes` / `slice` / `indexOf`, which arrays share). */
const STRING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'split', 'startsWith', 'endsWith', 'replace', 'replaceAll', 'substring', 'padStart', 'padEnd', 'match', 'normalize', 'localeCompare', 'charAt']);
/** Methods only arrays have. */
const ARRAY_METHODS = new Set(['map', 'filter', 'forEach', 'some', 'every', 'reduce', 'find', 'findIndex', 'flatMap', 'join', 'push', 'sort']);

export default createRule<Options, MessageIds>({
  name: 'require-input-validation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require schema validation of request bodies before their fields reach a database, an SDK or a prompt',
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      unvalidated:
        'Request body value{{plural}} {{fields}} reach{{verb}} {{sink}} without schema validation: a client can send any type or shape (objects where strings are expected, extra keys, huge strings). Parse the body with a schema (zod safeParse) and return 400 on failure.',
      callerPrice:
        'The `{{field}}` written to {{sink}} comes from an argument of the server action {{action}}: anyone can call an action with any arguments, so a buyer can set their own price. Look the price up on the server (from the product the item names) instead of taking it from the caller.',
      addSchema: 'Validate the body with a zod schema and safeParse, returning 400 on failure.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          validators: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function or method names (`validateBody`, `schemas.user.check`) that validate a value.',
          },
          validatorPatterns: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions matched against the dotted callee name of validating calls.',
          },
          sdkModules: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra module names whose clients count as SDKs (calls on them are sinks).',
          },
          ignoreWebhooks: {
            type: 'boolean',
            description: 'Skip webhook routes, whose payload is authenticated by a signature (default true).',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ validators: [], validatorPatterns: [], sdkModules: [], ignoreWebhooks: true }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    if (!(kind.isAppRoute || kind.isPagesApi || kind.isServerActionFile || text.includes('use server'))) return {};
    /** A server action file that may write a price its caller passes into a cart or an order (see checkCallerPrices). */
    const priceActions = (kind.isServerActionFile || text.includes('use server')) && /price|amount|total/i.test(text) && /cart|order|basket|checkout|purchase|invoice/i.test(text);
    if (!/\.json\(|\.body\b|formData|\.text\(/.test(text) && !priceActions) return {};
    /** The file builds on the AI SDK (`ai`, `@ai-sdk/*`): a client's `messages` are its UI messages. */
    const usesAiSdk = [...kind.imports].some((spec) => spec === 'ai' || spec.startsWith('ai/') || spec.startsWith('@ai-sdk/'));
    if (options.ignoreWebhooks !== false && (/webhook/i.test(kind.filename) || /constructEvent|svix|verifyWebhook|verifySignature|timingSafeEqual/.test(text))) return {};
    const extraNames = new Set(options.validators ?? []);
    const extraPatterns = (options.validatorPatterns ?? []).flatMap((p) => {
      try {
        return [new RegExp(p)];
      } catch {
        return [];
      }
    });
    const extraSdk = new Set(options.sdkModules ?? []);

    const sources: Source[] = [];
    const sourceByNode = new Map<Node, Source>();
    const validated = new Set<TSESLint.Scope.Variable>();
    /** Members a typeof test checks, by their root variable: `typeof body.prompt` → body: [['prompt']]. */
    const validatedPaths = new Map<TSESLint.Scope.Variable, string[][]>();
    const validatorCalls: TSESTree.CallExpression[] = [];
    const candidateSinks: TSESTree.CallExpression[] = [];
    const newSinks: TSESTree.NewExpression[] = [];
    const calls: TSESTree.CallExpression[] = [];
    const news: TSESTree.NewExpression[] = [];

    function isRequestParam(id: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode, id);
      const def = variable?.defs[0];
      if (!def || def.type !== 'Parameter') return false;
      if (/^(?:req|request|_req|_request|r)$/.test(id.name)) return true;
      const ann = def.name.type === 'Identifier' ? def.name.typeAnnotation?.typeAnnotation : undefined;
      return ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && /^(?:Request|NextRequest|NextApiRequest)$/.test(ann.typeName.name);
    }

    function addSource(node: Node, k: Source['kind'], req?: TSESTree.Identifier): void {
      if (sourceByNode.has(node)) return;
      const s: Source = { node, kind: k, req, fields: new Set() };
      sources.push(s);
      sourceByNode.set(node, s);
    }

    /** `String(x)`, also through string methods (`String(x).trim()`): a value that is a string whatever `x` was. */
    function isStringCoercion(node: Node): boolean {
      let cur = unwrap(node);
      for (let i = 0; i < 6 && cur.type === 'CallExpression'; i++) {
        const callee = unwrap(cur.callee);
        if (callee.type === 'Identifier' && callee.name === 'String') return true;
        if (callee.type !== 'MemberExpression' || !STRING_METHODS.has(getPropertyName(callee) ?? '')) return false;
        cur = unwrap(callee.object);
      }
      return false;
    }

    /** The source a value comes from, when it is unvalidated request data. */
    function taintOf(node: Node | null | undefined, depth: number, seen: Set<Node>): Source | undefined {
      if (!node || depth > 8) return undefined;
      const n = unwrap(node, { await: true });
      if (seen.has(n)) return undefined;
      seen.add(n);
      const direct = sourceByNode.get(n);
      if (direct) return direct;
      switch (n.type) {
        case 'Identifier': {
          const variable = findVariable(sourceCode, n);
          if (!variable || validated.has(variable)) return undefined;
          const def = variable.defs[0];
          if (!def) return undefined;
          if (def.type === 'Parameter') return sourceByNode.get(def.name) ?? elementOf(def.node, def.name, depth, seen);
          if (def.type !== 'Variable') return undefined;
          const decl = def.node as TSESTree.VariableDeclarator;
          // `const { prompt } = body` after `typeof body.prompt !== 'string'`: the field the test checked.
          if (validatedPaths.size > 0 && decl.id.type === 'ObjectPattern' && decl.init && isCheckedDestructured(decl.id, def.name, decl.init)) return undefined;
          // `for (const item of list)`: each element of a body array (next13-lms-platform's chapter reorder,
          // `db.chapter.update({ where: { id: item.id }, data: { position: item.position } })`).
          const loop = decl.init ? undefined : decl.parent?.parent;
          if (loop?.type === 'ForOfStatement' && loop.left === decl.parent) return taintOf(loop.right, depth + 1, seen);
          const found = taintOf(decl.init, depth + 1, seen);
          if (found) return found;
          for (const ref of variable.references) {
            if (!ref.isWrite() || ref.init) continue;
            const p = ref.identifier.parent;
            if (p?.type === 'AssignmentExpression' && p.left === ref.identifier) {
              const t = taintOf(p.right, depth + 1, seen);
              if (t) return t;
            }
          }
          for (const right of memberWrites(decl, variable)) {
            const t = taintOf(right, depth + 1, seen);
            if (t) return t;
          }
          return undefined;
        }
        case 'MemberExpression': {
          const prop = getPropertyName(n);
          if (prop === 'length' || prop === 'size') return undefined;
          if (validatedPaths.size > 0 && isCheckedMember(n)) return undefined;
          return taintOf(n.object, depth, seen);
        }
        case 'CallExpression': {
          const callee = unwrap(n.callee);
          const name = getCalleeName(n);
          const dotted = getDottedName(callee);
          // `convertToCoreMessages(messages)`, `xai(model)`: the AI SDK hands the value on to the model unchanged.
          const aiValue = aiPassedValue(n);
          if (aiValue) return taintOf(aiValue, depth, seen);
          if (dotted && PASS_FUNCTIONS.has(dotted)) {
            for (const a of n.arguments) {
              const t = taintOf(a.type === 'SpreadElement' ? a.argument : a, depth, seen);
              if (t) return t;
            }
            return undefined;
          }
          // `String(body.prompt || '').slice(0, MAX_PROMPT_LENGTH)` (openlit's prompt route): coerced to a string and cut to
          // a maximum length, a bounded string whatever was sent. A bound taken from the request is not one.
          if (
            callee.type === 'MemberExpression' &&
            (name === 'slice' || name === 'substring') &&
            n.arguments.length === 2 &&
            n.arguments[1]!.type !== 'SpreadElement' &&
            !taintOf(n.arguments[1], depth + 1, new Set()) &&
            isStringCoercion(callee.object)
          ) {
            return undefined;
          }
          // `formData.getAll('files').filter((item): item is File => item instanceof File)`: only the elements that pass a
          // run-time type check are kept (giselle's document upload).
          if (callee.type === 'MemberExpression' && name === 'filter' && isTypeCheckCallback(n.arguments[0])) return undefined;
          if (callee.type === 'MemberExpression' && name && PASS_METHODS.has(name)) return taintOf(callee.object, depth, seen);
          return undefined;
        }
        case 'ObjectExpression':
          for (const p of n.properties) {
            const t = taintOf(p.type === 'SpreadElement' ? p.argument : p.value, depth, seen);
            if (t) return t;
          }
          return undefined;
        case 'ArrayExpression':
          for (const e of n.elements) {
            if (!e) continue;
            const t = taintOf(e.type === 'SpreadElement' ? e.argument : e, depth, seen);
            if (t) return t;
          }
          return undefined;
        case 'TemplateLiteral':
          for (const e of n.expressions) {
            const t = taintOf(e, depth, seen);
            if (t) return t;
          }
          return undefined;
        case 'ConditionalExpression': {
          // `typeof req.body.email === 'string' ? req.body.email.trim() : ''`: the branch the typeof check
          // narrows reads a checked value (linkwarden's verification-email routes).
          const narrowed = typeofNarrowedBranch(n);
          return (narrowed === n.consequent ? undefined : taintOf(n.consequent, depth, seen)) ?? (narrowed === n.alternate ? undefined : taintOf(n.alternate, depth, seen));
        }
        case 'LogicalExpression':
          return taintOf(n.left, depth, seen) ?? taintOf(n.right, depth, seen);
        case 'BinaryExpression':
          if (n.operator !== '+') return undefined;
          return taintOf(n.left, depth, seen) ?? taintOf(n.right, depth, seen);
        case 'SpreadElement':
          return taintOf(n.argument, depth, seen);
        default:
          return undefined;
      }
    }

    /**
     * The values written into the members of an object the handler builds: `const updates = {}; updates.$set = rest`
     * (mi-turno's user update route) → [rest]. Only for an object literal of its own; `updates.$set.x = v` counts too.
     */
    function memberWrites(decl: TSESTree.VariableDeclarator, variable: TSESLint.Scope.Variable): Node[] {
      if (decl.id.type !== 'Identifier' || !decl.init || unwrap(decl.init).type !== 'ObjectExpression') return [];
      const out: Node[] = [];
      for (const ref of variable.references) {
        let m: Node = ref.identifier;
        while (m.parent?.type === 'MemberExpression' && m.parent.object === m) m = m.parent;
        const a = m.parent;
        if (m !== ref.identifier && a?.type === 'AssignmentExpression' && a.left === m && a.operator === '=') out.push(a.right);
      }
      return out;
    }

    /**
     * Marks what a check validates: the field it reads when it reads one (`ALLOWED.includes(body.model)`,
     * `Schema.parse(body.x)`: that field and its reads, not the rest of `body`), else the whole variable.
     */
    function markValidated(expr: Node): void {
      const root = getRootIdentifier(expr);
      const v = root ? findVariable(sourceCode, root) : undefined;
      if (!v) return;
      const member = memberPath(expr);
      if (!member || member.path.length === 0) {
        validated.add(v);
        return;
      }
      const paths = validatedPaths.get(v);
      if (paths) paths.push(member.path);
      else validatedPaths.set(v, [member.path]);
    }

    /** `body.a.b` → body, ['a', 'b']: a chain of named members on an identifier (`body[key]` and calls have no path). */
    function memberPath(node: Node): { root: TSESTree.Identifier; path: string[] } | undefined {
      const path: string[] = [];
      let cur = unwrap(node);
      for (let i = 0; i < 8 && cur.type === 'MemberExpression'; i++) {
        const prop = getPropertyName(cur);
        if (prop === undefined) return undefined;
        path.unshift(prop);
        cur = unwrap(cur.object);
      }
      return cur.type === 'Identifier' ? { root: cur, path } : undefined;
    }

    /** Whether a typeof test checked this path of the variable, or a member it is read from (`body.prompt.trim` after `typeof body.prompt`). */
    function isCheckedPath(root: TSESTree.Identifier, path: readonly string[]): boolean {
      const v = findVariable(sourceCode, root);
      const checked = v ? validatedPaths.get(v) : undefined;
      return !!checked?.some((c) => c.length <= path.length && c.every((k, i) => path[i] === k));
    }

    function isCheckedMember(n: TSESTree.MemberExpression): boolean {
      const m = memberPath(n);
      return !!m && isCheckedPath(m.root, m.path);
    }

    /** `const { prompt } = body` (or `= req.body`, `= body as T`) where a typeof test checked `body.prompt`. */
    function isCheckedDestructured(pattern: TSESTree.ObjectPattern, name: Node, init: Node): boolean {
      const prop = pattern.properties.find((p): p is TSESTree.Property => p.type === 'Property' && (p.value === name || (p.value.type === 'AssignmentPattern' && p.value.left === name)));
      const key = prop && !prop.computed ? getPropertyName(prop) : undefined;
      const m = key === undefined ? undefined : memberPath(init);
      return !!m && key !== undefined && isCheckedPath(m.root, [...m.path, key]);
    }

    /**
     * The value an AI SDK call hands on to the model unchanged: the messages of `convertToCoreMessages(messages)` /
     * `convertToModelMessages(messages)` (imported from `ai`), the model id of a provider call (`xai(model)`,
     * `openai.chat(body.model)`, or a provider this file creates, `const openrouter = createOpenRouter(...)`).
     * A registry or `customProvider` is not one: it throws on an id it was not configured with.
     */
    function aiPassedValue(call: Node): Node | undefined {
      if (call.type !== 'CallExpression') return undefined;
      const first = call.arguments[0];
      if (!first || first.type === 'SpreadElement') return undefined;
      const callee = unwrap(call.callee);
      if (callee.type === 'Identifier') {
        const src = getImportSource(sourceCode, callee);
        if (src === 'ai') return AI_MESSAGE_CONVERSIONS.has(getImportedName(sourceCode, callee) ?? '') ? first : undefined;
        return isAiProvider(callee) ? first : undefined;
      }
      if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && AI_PROVIDER_MODEL_METHODS.test(getPropertyName(callee) ?? '')) {
        return isAiProvider(callee.object) ? first : undefined;
      }
      return undefined;
    }

    /** A provider of an AI SDK provider module: imported (`import { xai } from '@ai-sdk/xai'`) or created in this file (`createOpenAI({...})`). */
    function isAiProvider(id: TSESTree.Identifier): boolean {
      const src = getImportSource(sourceCode, id);
      if (src !== undefined) return AI_PROVIDER_MODULES.test(src) && !/^create[A-Z]/.test(getImportedName(sourceCode, id) ?? id.name);
      const init = getConstInit(sourceCode, id);
      const u = init ? unwrap(init) : undefined;
      if (u?.type !== 'CallExpression' || u.callee.type !== 'Identifier') return false;
      const ctorSrc = getImportSource(sourceCode, u.callee);
      return ctorSrc !== undefined && AI_PROVIDER_MODULES.test(ctorSrc) && /^create[A-Z]/.test(getImportedName(sourceCode, u.callee) ?? u.callee.name);
    }

    /** A callback that checks its element's type at run time: `(item) => item instanceof File`, `(t) => typeof t === 'string'`. */
    function isTypeCheckCallback(fn: Node | undefined): boolean {
      if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return false;
      const param = fn.params[0];
      if (param?.type !== 'Identifier') return false;
      const body = fn.body.type === 'BlockStatement' && fn.body.body.length === 1 && fn.body.body[0]!.type === 'ReturnStatement' ? fn.body.body[0]!.argument : fn.body;
      if (!body) return false;
      const test = unwrap(body);
      const checks = (t: Node): boolean => {
        const u = unwrap(t);
        if (u.type === 'LogicalExpression' && u.operator === '&&') return checks(u.left) || checks(u.right);
        if (u.type !== 'BinaryExpression') return false;
        if (u.operator === 'instanceof') return u.left.type === 'Identifier' && u.left.name === param.name;
        const side = u.left.type === 'UnaryExpression' && u.left.operator === 'typeof' ? u.left : u.right.type === 'UnaryExpression' && u.right.operator === 'typeof' ? u.right : undefined;
        return /^===?$/.test(u.operator) && side?.argument.type === 'Identifier' && side.argument.name === param.name;
      };
      return checks(test);
    }

    /**
     * The first parameter of an array method's callback (`list.map((item) => ...)`, `.forEach`, `.flatMap`, `.filter`,
     * `.some`, `.every`, `.find`): an element of the array the method is called on.
     */
    function elementOf(fn: Node, param: Node, depth: number, seen: Set<Node>): Source | undefined {
      if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return undefined;
      const first = fn.params[0];
      // The element itself or a name destructured from it (`({ id, position }) => ...`).
      if (!first || param.range[0] < first.range[0] || param.range[1] > first.range[1]) return undefined;
      const call = fn.parent;
      if (call?.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return undefined;
      if (!/^(?:map|forEach|flatMap|filter|some|every|find)$/.test(getPropertyName(call.callee) ?? '')) return undefined;
      return taintOf(call.callee.object, depth + 1, seen);
    }

    /**
     * The branch of `test ? a : b` whose value the test's `typeof X === 'string'` (or `!==`) check narrows,
     * when that branch reads X itself (`X`, `X.trim()`): a primitive of the checked type, not raw input.
     */
    function typeofNarrowedBranch(n: TSESTree.ConditionalExpression): Node | undefined {
      const test = unwrap(n.test);
      if (test.type !== 'BinaryExpression' || !/^[!=]==?$/.test(test.operator)) return undefined;
      const [t, lit] = test.left.type === 'UnaryExpression' ? [test.left, test.right] : [test.right, test.left];
      if (t.type !== 'UnaryExpression' || t.operator !== 'typeof' || lit.type !== 'Literal') return undefined;
      if (typeof lit.value !== 'string' || !/^(?:string|number|boolean)$/.test(lit.value)) return undefined;
      const branch = test.operator.startsWith('!') ? n.alternate : n.consequent;
      const checked = sourceCode.getText(t.argument);
      const text = sourceCode.getText(branch);
      return text === checked || (text.startsWith(checked) && /^[.?[]/.test(text.slice(checked.length))) ? branch : undefined;
    }

    /**
     * The body fields a tainted local stands for: its own name when it is destructured from the body (or is the body),
     * else the fields its value is built from (`const prompt = `Based on: "${query}"`` → query, `const effective =
     * systemPrompt || DEFAULT` → systemPrompt, `const content = [{ type: 'text', text: last.content }]` → content), so the
     * message names what the client sends.
     */
    function fieldNamesOf(id: TSESTree.Identifier, depth: number): string[] {
      const variable = findVariable(sourceCode, id);
      const def = variable?.defs[0];
      if (depth > 4 || def?.type !== 'Variable') return [id.name];
      const decl = def.node as TSESTree.VariableDeclarator;
      const init = decl.id.type === 'Identifier' && decl.init ? unwrap(decl.init) : undefined;
      // Only a value composed from fields; a direct read (`formData.get('title')`, `body.title`) is named by its local.
      // `const m = convertToCoreMessages(messages)` (lawyergpt's chat route) is named by the messages it converts.
      // Also through array methods on it: `convertToCoreMessages(messages).filter(...)` (sixtyoneeightychat's chat route).
      let converted = init;
      for (let i = 0; i < 4 && converted?.type === 'CallExpression' && converted.callee.type === 'MemberExpression' && PASS_METHODS.has(getPropertyName(converted.callee) ?? ''); i++) converted = unwrap(converted.callee.object);
      const parts: Node[] = init && COMPOSED_VALUE.has(init.type) ? [init] : converted && aiPassedValue(converted) ? [converted] : [];
      // A `let` built up later (`systemPrompt += `...${id}``, seo-saas' chat route): the fields come from its
      // assignments too, so the message names what the client sends, not the local.
      // `updates.$set = restoDatos`: named by what is written into it.
      if (variable && parts.length > 0 && parts[0] === init) parts.push(...memberWrites(decl, variable));
      if (decl.id.type === 'Identifier' && (decl.parent as TSESTree.VariableDeclaration).kind === 'let') {
        for (const ref of variable?.references ?? []) {
          const a = ref.identifier.parent;
          if (!ref.init && ref.isWrite() && a?.type === 'AssignmentExpression' && a.left === ref.identifier && COMPOSED_VALUE.has(unwrap(a.right).type)) parts.push(a.right);
        }
      }
      if (parts.length === 0) return [id.name];
      // `let title = body.title; title += ...`: the direct read is still named by its local.
      const names: string[] = init && parts[0] !== init && parts[0] !== converted && taintOf(init, 0, new Set()) ? [id.name] : [];
      const self = (decl.id as TSESTree.Identifier).name;
      for (const part of parts) walk(part, (n) => {
        if (names.length >= 4) return false;
        // `prompt = prompt + more`: the local's own earlier value is named by its other parts.
        if (n.type === 'Identifier' && n.name === self) return false;
        if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') return false;
        // `deepResearch ? allTools : searchTools`: the test only picks a branch.
        if (n.parent?.type === 'ConditionalExpression' && n.parent.test === n) return false;
        if (n.parent?.type === 'Property' && n.parent.key === n && !n.parent.shorthand) return false;
        if (n.type !== 'Identifier' && n.type !== 'MemberExpression' && n.type !== 'CallExpression') return true;
        if (n.type === 'Identifier' && n.parent?.type === 'MemberExpression' && n.parent.property === n) return false;
        if (n.type === 'MemberExpression' && validatedPaths.size > 0 && isCheckedMember(n)) return false;
        if (!taintOf(n, 0, new Set())) return n.type !== 'CallExpression';
        // `JSON.stringify(existingWorkflow, null, 2)` inside the prompt: the fields are its arguments, not `JSON`.
        if (n.type === 'CallExpression' && (PASS_FUNCTIONS.has(getDottedName(unwrap(n.callee)) ?? '') || aiPassedValue(n))) return true;
        const found = n.type === 'Identifier' ? fieldNamesOf(n, depth + 1) : [valueName(n)];
        for (const f of found) if (f !== undefined && !names.includes(f)) names.push(f);
        return false;
      });
      return names.length > 0 ? names : [id.name];
    }

    /** The request-data identifiers and members inside a sink argument, with their sources. */
    function taintedParts(arg: Node, found: (name: string, source: Source) => void): void {
      walk(arg, (c) => {
        // `experimental_activeTools: deepResearch ? allTools : searchTools`: the test only picks a branch, its value is
        // never passed on (open-deep-research's chat route).
        if (c.parent?.type === 'ConditionalExpression' && c.parent.test === c) return false;
        if (c.type === 'Identifier' || c.type === 'MemberExpression') {
          // Object keys are not values.
          if (c.parent?.type === 'Property' && c.parent.key === c && !c.parent.shorthand) return false;
          if (c.parent?.type === 'MemberExpression' && c.parent.property === c) return false;
          // A typeof-checked field (`body.prompt`): its object is not handed on either.
          if (c.type === 'MemberExpression' && validatedPaths.size > 0 && isCheckedMember(c)) return false;
          const src = taintOf(c, 0, new Set());
          if (src) {
            const names = c.type === 'Identifier' ? fieldNamesOf(c, 0) : [getPropertyName(c) ?? sourceCode.getText(c)];
            for (const name of names) found(name, src);
            return false;
          }
          return c.type === 'MemberExpression';
        }
        if (c.type === 'CallExpression') {
          // A validator or any other call wraps the value: the call result is not the raw field, except pass-throughs.
          const src = taintOf(c, 0, new Set());
          if (src) {
            const dotted = getDottedName(unwrap(c.callee));
            const aiValue = aiPassedValue(c);
            if (aiValue) {
              // `messages: convertToCoreMessages(messages)`, `model: xai(model)`: named by the field handed on.
              taintedParts(aiValue, found);
            } else if (dotted && PASS_FUNCTIONS.has(dotted)) {
              // `JSON.stringify({ message })`, `String(title)`: the fields are inside the arguments.
              let inner = false;
              for (const a of c.arguments) {
                taintedParts(a, (name, s) => {
                  inner = true;
                  found(name, s);
                });
              }
              if (!inner) found('body', src);
            } else {
              found(valueName(c) ?? 'body', src);
            }
          }
          return false;
        }
        if (c.type === 'ArrowFunctionExpression' || c.type === 'FunctionExpression') return false;
        return true;
      });
    }

    /** The field a pass-through value names: `title.trim()` → title, `body.email.toLowerCase()` → email, `formData.get('msg')` → msg. */
    function valueName(node: Node, depth = 0): string | undefined {
      const n = unwrap(node, { await: true });
      if (n.type === 'Identifier') return n.name;
      if (n.type === 'MemberExpression') return getPropertyName(n) ?? sourceCode.getText(n);
      if (n.type === 'CallExpression' && depth < 8) {
        const callee = unwrap(n.callee);
        if (callee.type !== 'MemberExpression') return undefined;
        const method = getPropertyName(callee);
        const arg = n.arguments[0];
        if ((method === 'get' || method === 'getAll') && arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
        return valueName(callee.object, depth + 1);
      }
      return undefined;
    }

    /** `headers: { Authorization: \`Bearer ${apiKey}\` }` where `apiKey` comes from the request body. */
    function forwardsCallerCredential(options: TSESTree.ObjectExpression): boolean {
      const headers = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'headers');
      const h = headers ? unwrap(headers.value) : undefined;
      if (h?.type !== 'ObjectExpression') return false;
      for (const p of h.properties) {
        if (p.type !== 'Property' || !/^(?:authorization|x-api-key|api-key|apikey|x-auth-token)$/i.test(getPropertyName(p) ?? '')) continue;
        let fromRequest = false;
        walk(p.value, (n) => {
          if (fromRequest) return false;
          if (n.type === 'Identifier' && !(n.parent?.type === 'MemberExpression' && n.parent.property === n)) {
            for (const src of getValueSources(sourceCode, n)) {
              const u = unwrap(src, { await: true });
              const obj = u.type === 'CallExpression' && u.callee.type === 'MemberExpression' ? unwrap(u.callee.object) : u.type === 'MemberExpression' ? unwrap(u.object) : undefined;
              if (obj?.type === 'Identifier' && isRequestParam(obj)) fromRequest = true;
            }
          }
          return !fromRequest;
        });
        if (fromRequest) return true;
      }
      return false;
    }

    /**
     * `new URL('/geo/api/batch-scrape', request.url)`: a path on the origin the caller's own request came to, which the
     * browser can call itself (firegeo's brand-monitor routes forward the body there after a session check).
     */
    function isSameOriginUrl(o: Node): boolean {
      if (o.type !== 'NewExpression' || !isIdentifier(o.callee, 'URL') || o.arguments.length !== 2) return false;
      const path = getStaticString(o.arguments[0] as Node);
      const base = unwrap(o.arguments[1] as Node);
      return path !== undefined && path.startsWith('/') && !path.startsWith('//') && isRequestUrl(base);
    }

    /** `req.url`, `request.url`: the URL of the handler's own request parameter. */
    function isRequestUrl(node: Node): boolean {
      const u = unwrap(node);
      if (u.type !== 'MemberExpression' || getPropertyName(u) !== 'url') return false;
      const obj = unwrap(u.object);
      return obj.type === 'Identifier' && isRequestParam(obj);
    }

    /** The expressions a URL's origin may come from: the head of a template or `+` chain, through local bindings. */
    function originSources(url: Node, depth = 0): Node[] {
      const u = unwrap(url);
      if (depth > 4) return [u];
      let head: Node | undefined = u;
      if (u.type === 'TemplateLiteral') head = u.expressions.length > 0 && u.quasis[0]!.value.cooked === '' ? u.expressions[0] : u;
      else if (u.type === 'BinaryExpression' && u.operator === '+') {
        let left: Node = u;
        while (left.type === 'BinaryExpression' && left.operator === '+') left = unwrap(left.left);
        head = left;
      }
      if (head === u && u.type !== 'Identifier') return [u];
      return getValueSources(sourceCode, head!, { keepTemplates: true }).flatMap((s) =>
        s.type === 'TemplateLiteral' || (s.type === 'BinaryExpression' && s.operator === '+') ? originSources(s, depth + 1) : [s],
      );
    }

    /**
     * This app's own origin, read from the request: `new URL(req.url).origin`, `req.nextUrl.origin`, or a same-file
     * helper that returns one for the request it is handed (`originFrom(req)`): a route of this app the browser can call.
     */
    function isOwnOrigin(node: Node, depth = 0): boolean {
      const u = unwrap(node);
      if (u.type === 'MemberExpression' && getPropertyName(u) === 'origin') {
        const obj = unwrap(u.object);
        const reqOf = (n: Node): boolean => {
          const r = unwrap(n);
          return r.type === 'Identifier' && isRequestParam(r);
        };
        if (obj.type === 'NewExpression' && getCalleeName(obj) === 'URL' && obj.arguments.length === 1) return isRequestUrl(obj.arguments[0]!);
        return obj.type === 'MemberExpression' && getPropertyName(obj) === 'nextUrl' && reqOf(obj.object);
      }
      if (depth === 0 && u.type === 'CallExpression' && u.callee.type === 'Identifier' && u.arguments.some((a) => a.type === 'Identifier' && isRequestParam(a))) {
        const fn = resolveLocalFunction(sourceCode, u.callee);
        const values = fn ? returnedValues(fn) : [];
        return values.length > 0 && values.every((v) => !!v && isOwnOrigin(v, depth + 1));
      }
      return false;
    }

    /** `req.headers.get('cookie') ?? ''`, `request.headers.get('user-agent') || ''`: a header the caller sent, handed on (with a literal default). */
    function isRequestHeaderRead(node: Node): boolean {
      let u = unwrap(node);
      if (u.type === 'LogicalExpression' && u.operator !== '&&' && getStaticString(u.right) !== undefined) u = unwrap(u.left);
      if (u.type !== 'CallExpression' || getCalleeName(u) !== 'get' || u.callee.type !== 'MemberExpression') return false;
      const h = unwrap(u.callee.object);
      if (h.type !== 'MemberExpression' || getPropertyName(h) !== 'headers') return false;
      const r = unwrap(h.object);
      return r.type === 'Identifier' && isRequestParam(r);
    }

    /**
     * `fetch(\`${process.env.NEXT_PUBLIC_API_URL}/api/chat\`, { body: JSON.stringify(body) })` with no server
     * credential: a pass-through to a backend whose address the app ships to browsers. The proxy adds no
     * authority (the browser can send the same request to the backend itself), so the backend's own
     * validation is the one that holds. A server env value anywhere in the URL or the options (an API key
     * header, `?key=`), or headers built elsewhere, still makes the body a sink.
     */
    function isPublicBackendProxy(url: Node | undefined, options: TSESTree.ObjectExpression): boolean {
      if (!url || url.type === 'SpreadElement') return false;
      const origins = originSources(url);
      let publicEnv = false;
      let sameOrigin = false;
      for (const o of origins) {
        const env = getProcessEnvName(o);
        if (env && getPublicPrefix(env)) publicEnv = true;
        else if (isSameOriginUrl(o) || isOwnOrigin(o)) sameOrigin = true;
        else if (getStaticString(o) === undefined) return false;
      }
      if (!publicEnv && !sameOrigin) return false;
      const serverEnv = (root: Node): boolean =>
        some(root, (n) => {
          if (n.type !== 'MemberExpression' && n.type !== 'Identifier') return false;
          const sources = n.type === 'Identifier' && !(n.parent?.type === 'MemberExpression' && n.parent.property === n) ? getValueSources(sourceCode, n) : [n];
          return sources.some((s) => {
            const name = getProcessEnvName(s);
            return name !== undefined && !getPublicPrefix(name);
          });
        });
      if (serverEnv(url)) return false;
      for (const p of options.properties) {
        if (p.type !== 'Property') return false;
        const key = getPropertyName(p);
        if (key === 'body') continue;
        if (key === 'headers') {
          const h = unwrap(p.value);
          if (h.type !== 'ObjectExpression' || h.properties.some((hp) => hp.type !== 'Property' || (getStaticString(hp.value) === undefined && !isRequestHeaderRead(hp.value)))) return false;
          continue;
        }
        if (serverEnv(p.value)) return false;
      }
      return true;
    }

    /**
     * What an AI SDK call hands on: its arguments, but of its provider options (`experimental_providerMetadata`,
     * `providerOptions`) only the entries under a provider's id. An entry under another key (`files: { selection }`,
     * the internal-knowledge-base template's file filter) no provider reads: the app's own language-model middleware
     * takes it from `params.providerMetadata`, in another file, like a field handed to an imported helper.
     */
    function aiCallArgs(call: TSESTree.CallExpression): Node[] {
      const first = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      if (first?.type !== 'ObjectExpression') return call.arguments;
      const args: Node[] = [...call.arguments.slice(1)];
      for (const p of first.properties) {
        const v = p.type === 'Property' ? unwrap(p.value) : undefined;
        if (p.type !== 'Property' || v?.type !== 'ObjectExpression' || !AI_PROVIDER_OPTIONS.has(getPropertyName(p) ?? '')) {
          args.push(p);
          continue;
        }
        for (const e of v.properties) if (e.type !== 'Property' || AI_PROVIDER_IDS.test(getPropertyName(e) ?? '')) args.push(e);
      }
      return args;
    }

    function sinkOf(call: TSESTree.CallExpression): { label: string; args: Node[] } | undefined {
      const db = getDbCall(call, context);
      if (db) return { label: `the database (${db.kind} ${db.method})`, args: call.arguments };
      const callee = unwrap(call.callee);
      const name = getCalleeName(call);
      if (callee.type === 'Identifier') {
        const src = getImportSource(sourceCode, callee);
        if (src !== undefined && AI_MODULES.test(src) && name && AI_FUNCTIONS.has(name)) return { label: `the AI call ${name}()`, args: aiCallArgs(call) };
        if (name === 'fetch') {
          const opts = call.arguments[1];
          const o = opts ? unwrap(opts) : undefined;
          if (o?.type === 'ObjectExpression') {
            const body = o.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'body');
            // A proxy that authenticates with the caller's own API key (from the request body) acts with
            // the caller's authority: the upstream API validates and answers the caller.
            if (body && !forwardsCallerCredential(o) && !isPublicBackendProxy(call.arguments[0], o)) return { label: 'a fetch() request body', args: [body.value] };
          }
        }
        return undefined;
      }
      if (callee.type !== 'MemberExpression') return undefined;
      const root = getRootIdentifier(callee);
      if (!root) return undefined;
      const src = getImportSource(sourceCode, root);
      const dotted = getDottedName(callee) ?? name ?? 'call';
      if (src === 'axios' && name && /^(?:post|put|patch)$/.test(name)) return { label: `axios.${name}()`, args: call.arguments.slice(1) };
      if (src !== undefined && (SDK_MODULES.test(src) || extraSdk.has(src))) return { label: `the SDK call ${dotted}()`, args: call.arguments };
      // Clients built in this file: const stripe = new Stripe(...); const openai = new OpenAI()
      const def = findVariable(sourceCode, root)?.defs[0];
      if (def?.type === 'Variable') {
        const init = (def.node as TSESTree.VariableDeclarator).init;
        const u = init ? unwrap(init) : undefined;
        if (u?.type === 'NewExpression' && u.callee.type === 'Identifier' && SDK_CTORS.test(u.callee.name)) {
          const ctorSrc = getImportSource(sourceCode, u.callee);
          if (ctorSrc === undefined || SDK_MODULES.test(ctorSrc) || extraSdk.has(ctorSrc)) return { label: `the SDK call ${dotted}()`, args: call.arguments };
        }
      }
      // The app's Stripe client from its own module (`import { stripe } from '@/lib/stripe'`), on a Stripe resource
      // (`stripe.checkout.sessions.create(...)`): the SDK built elsewhere (techiekart's checkout_sessions route).
      if (src !== undefined && APP_STRIPE_MODULE.test(src) && /^stripe(?:Client)?$/i.test(root.name) && callee.object !== root) {
        const resource = dotted.split('.')[1] ?? '';
        if (STRIPE_RESOURCES.has(resource)) return { label: `the SDK call ${dotted}()`, args: call.arguments };
      }
      // Supabase auth: supabase.auth.signUp({ email, password }), auth.admin.createUser(...)
      // (sign-in / OTP / reset calls only look credentials up: the provider validates them.)
      if (/\.auth\.(?:admin\.)?\w+$/.test(dotted) && /supabase|client|admin/i.test(root.name) && !/\.(?:signIn\w*|signOut|verifyOtp|resetPasswordForEmail|exchangeCodeForSession|getUser|getSession|refreshSession|resend)$/.test(dotted)) {
        return { label: `${dotted}()`, args: call.arguments };
      }
      return undefined;
    }

    /** The variable a test rejects unless it equals one of some literals: `x !== 'a' && x !== 'b'` (every operand on the same name). */
    function literalExclusionName(test: TSESTree.Node): TSESTree.Identifier | undefined {
      const u = unwrap(test);
      if (u.type === 'LogicalExpression') {
        if (u.operator !== '&&') return undefined;
        const l = literalExclusionName(u.left);
        const r = literalExclusionName(u.right);
        return l && r && l.name === r.name ? l : undefined;
      }
      if (u.type !== 'BinaryExpression' || (u.operator !== '!==' && u.operator !== '!=')) return undefined;
      const [id, lit] = u.left.type === 'Identifier' ? [u.left, u.right] : [u.right, u.left];
      if (id.type !== 'Identifier' || lit.type !== 'Literal' || lit.value === null || typeof lit.value === 'object') return undefined;
      return id;
    }

    /**
     * A constant list of literals: `['a', 'b']`, `new Set(['a', 'b'])`, or a `const` bound to one (`as const` too). Also
     * an imported SCREAMING_CASE constant of the app's own code (`ALLOWED_FOLDER_ICONS` from `@/lib/constants/folder-constants`:
     * papermark's folder routes), unless named for what it refuses (`BLOCKED_DOMAINS`, `RESERVED_SLUGS`).
     */
    function isLiteralList(node: TSESTree.Node): boolean {
      let u: TSESTree.Node = unwrap(node);
      if (u.type === 'Identifier') {
        const src = getImportSource(sourceCode, u);
        if (src !== undefined) return /^(?:\.{1,2}\/|[@~#]\/)/.test(src) && /^[A-Z][A-Z0-9_]*$/.test(u.name) && !DENY_LIST_NAME.test(u.name);
        const init = getConstInit(sourceCode, u);
        if (!init) return false;
        u = unwrap(init);
      }
      if (u.type === 'NewExpression' && getCalleeName(u) === 'Set' && u.arguments.length === 1 && u.arguments[0]!.type !== 'SpreadElement') u = unwrap(u.arguments[0]!);
      if (u.type === 'ArrayExpression') return u.elements.length > 0 && u.elements.every((e) => e?.type === 'Literal');
      return isMappedConstantList(u);
    }

    /**
     * `LEAD_STATUSES.map((s) => s.value)` (chimera-leads' `new Set(LEAD_STATUSES.map(...))` of an `as const` list of
     * `{ value, label }` options): one field of each entry of a constant list, an imported SCREAMING_CASE constant of the
     * app's own code or a module `const` array of object literals whose fields are literals.
     */
    function isMappedConstantList(u: TSESTree.Node): boolean {
      if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression' || getPropertyName(u.callee) !== 'map') return false;
      const fn = u.arguments[0];
      if (u.arguments.length !== 1 || !fn || fn.type !== 'ArrowFunctionExpression' || fn.body.type === 'BlockStatement') return false;
      const param = fn.params[0];
      const body = unwrap(fn.body);
      if (fn.params.length !== 1 || param?.type !== 'Identifier') return false;
      if (!(body.type === 'MemberExpression' && !body.computed && body.object.type === 'Identifier' && body.object.name === param.name)) return false;
      const list = unwrap(u.callee.object);
      if (list.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, list);
      if (src !== undefined) return /^(?:\.{1,2}\/|[@~#]\/)/.test(src) && /^[A-Z][A-Z0-9_]*$/.test(list.name);
      const init = getConstInit(sourceCode, list);
      const arr = init ? unwrap(init) : undefined;
      return (
        arr?.type === 'ArrayExpression' &&
        arr.elements.length > 0 &&
        arr.elements.every(
          (e) => e?.type === 'ObjectExpression' && e.properties.every((p) => p.type === 'Property' && unwrap(p.value).type === 'Literal'),
        )
      );
    }

    return {
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        const name = getCalleeName(node);
        const obj = unwrap((node.callee as TSESTree.MemberExpression).object);
        if ((name === 'json' || name === 'formData' || name === 'text') && node.arguments.length === 0 && obj.type === 'Identifier' && isRequestParam(obj)) {
          addSource(node, name === 'json' ? 'json' : name === 'text' ? 'text' : 'formData', obj);
        }
      },
      'MemberExpression[property.name="body"]'(node: TSESTree.MemberExpression) {
        // An App Router handler's `request.body` is the Web Request's ReadableStream, not parsed fields:
        // handing it on (`fetch(upstream, { body: request.body, duplex: 'half' })`) proxies bytes; the
        // fields are only read through `.json()` / `.formData()`, which are sources of their own.
        if (kind.isAppRoute && !kind.isPagesApi) return;
        const obj = unwrap(node.object);
        // Handed whole to a call, `Shift.create(req.body)` (mi-turno's booking route), it is the same value as through a
        // local, `const data = req.body; Shift.create(data)`: the call's classification decides (a validator, a sink).
        if (obj.type === 'Identifier' && isRequestParam(obj) && !(node.parent?.type === 'CallExpression' && node.parent.callee === node)) addSource(node, 'body', obj);
      },
      // Calls and constructions are classified at Program:exit, and only in files with a request input.
      CallExpression(node: TSESTree.CallExpression) {
        calls.push(node);
        // `TOOLS.includes(tool)`, `ALLOWED.has(plan)` against a constant list of literals: an allowlist
        // check validates the value as fully as an enum schema.
        const arg = node.arguments[0];
        if (node.callee.type === 'MemberExpression' && arg && arg.type !== 'SpreadElement' && /^(?:includes|has)$/.test(getPropertyName(node.callee) ?? '') && isLiteralList(node.callee.object)) {
          markValidated(arg);
        }
      },
      NewExpression(node: TSESTree.NewExpression) {
        news.push(node);
      },
      // `if (status !== 'open' && status !== 'resolved') return 400`: past the exit the value is one of the
      // literals, as validated as by an enum schema.
      'IfStatement[test.type=/^(?:BinaryExpression|LogicalExpression)$/]'(node: TSESTree.IfStatement) {
        const name = literalExclusionName(node.test);
        if (!name || !isEarlyExit(node.consequent)) return;
        const v = findVariable(sourceCode, name);
        if (v) validated.add(v);
      },
      UnaryExpression(node: TSESTree.UnaryExpression) {
        // typeof x === 'string' checks count as validating x.
        if (node.operator !== 'typeof') return;
        const root = getRootIdentifier(node.argument);
        const v = root ? findVariable(sourceCode, root) : undefined;
        if (!v) return;
        // `typeof body.ticketDetails !== 'string'` checks that one field, not the rest of `body` (dub's support chat
        // route checked two optional fields and handed the unchecked `messages` to the model).
        // In a conditional's test it checks the branch it narrows (`typeofNarrowedBranch`), not every read of the field.
        const member = memberPath(node.argument);
        if (member && member.path.length > 0) {
          const test = testOf(node);
          if (!(test.parent?.type === 'ConditionalExpression' && test.parent.test === test)) markValidated(node.argument);
        } else validated.add(v);
        // `tags.every((t) => typeof t === 'string')`: checks every element of `tags`.
        const def = v.defs[0];
        const fn = def?.type === 'Parameter' ? def.node : undefined;
        const call = fn?.parent;
        if (
          (fn?.type === 'ArrowFunctionExpression' || fn?.type === 'FunctionExpression') &&
          call?.type === 'CallExpression' &&
          call.arguments[0] === fn &&
          call.callee.type === 'MemberExpression' &&
          getPropertyName(call.callee) === 'every'
        ) {
          const arrayRoot = getRootIdentifier(call.callee.object);
          const array = arrayRoot ? findVariable(sourceCode, arrayRoot) : undefined;
          if (array) validated.add(array);
        }
        // `for (const m of messages) { if (typeof m.content !== 'string') return 400; }`: the loop form of
        // `.every()`, when the check rejects the request (an early exit), checks every element of `messages`.
        const decl = def?.type === 'Variable' ? def.parent : undefined;
        const loop = decl?.parent;
        if (loop?.type === 'ForOfStatement' && loop.left === decl && rejectingTest(node)) {
          const arrayRoot = getRootIdentifier(loop.right);
          const array = arrayRoot ? findVariable(sourceCode, arrayRoot) : undefined;
          if (array) validated.add(array);
        }
      },
      'Program:exit'() {
        if (priceActions) checkCallerPrices();
        // Server actions: FormData parameters.
        for (const h of getHandlers(sourceCode, kind)) {
          if (h.kind !== 'server-action' || !h.fn) continue;
          for (const p of h.fn.params) {
            if (p.type !== 'Identifier') continue;
            const ann = p.typeAnnotation?.typeAnnotation;
            const isFd = ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && ann.typeName.name === 'FormData';
            if (isFd || /^formData$/.test(p.name)) addSource(p, 'formParam');
          }
        }
        if (sources.length === 0) return;
        for (const call of calls) {
          if (isValidatorCall(call, context, extraNames, extraPatterns)) validatorCalls.push(call);
          else candidateSinks.push(call);
        }
        for (const n of news) if (isModelConstruction(n, context)) newSinks.push(n);
        for (const call of validatorCalls) {
          for (const a of call.arguments) {
            // `Schema.parse(body.model)`: that field, not the rest of `body` (like a typeof test of it).
            if (a.type !== 'SpreadElement' && memberPath(a)?.path.length) {
              markValidated(a);
              continue;
            }
            walk(a, (c) => {
              if (c.type === 'Identifier') {
                const v = findVariable(sourceCode, c);
                if (v) validated.add(v);
              }
              return true;
            });
          }
        }
        for (const call of candidateSinks) {
          const sink = sinkOf(call);
          if (!sink) continue;
          for (const a of sink.args) {
            taintedParts(a, (name, src) => {
              src.fields.add(name);
              src.sink ??= sink.label;
            });
          }
        }
        for (const n of newSinks) {
          for (const a of n.arguments) {
            taintedParts(a, (name, src) => {
              src.fields.add(name);
              src.sink ??= `the database (new ${sourceCode.getText(n.callee)}())`;
            });
          }
        }
        for (const s of sources) {
          if (!s.sink || s.fields.size === 0) continue;
          // A dev-only handler (`if (process.env.NODE_ENV === 'production') return 403` first) takes no request in production.
          if (inDevOnlyFunction(s.node)) continue;
          const fields = [...s.fields];
          const shown = fields.slice(0, 4).map((f) => `\`${f}\``).join(', ') + (fields.length > 4 ? ` and ${fields.length - 4} more` : '');
          const fix = suggestionFor(s);
          context.report({
            node: s.node,
            messageId: 'unvalidated',
            data: { fields: shown, sink: s.sink, plural: fields.length > 1 ? 's' : '', verb: fields.length > 1 ? '' : 'es' },
            suggest: fix ? [{ messageId: 'addSchema', fix }] : [],
          });
        }
      },
    };

    /**
     * A server action that writes a price its caller passes into a cart or an order: techiekart's `addProductToCart(cartItem,
     * qty)` creates `prisma.cartItem.create({ data: { productId: cartItem.id, price: cartItem.price, ... } })`, and its checkout
     * charges that price. An action's arguments come from the client like a request body, so the buyer names the price. Only
     * a price-named key (`price`, `unitPrice`, `unit_amount`, `total`) of a write to a model named for a cart or an order
     * (`cartItem`, `order_items`, `Order`) that names what is bought (`productId`, `products`, `items`), whose value is an action parameter's (through members, arithmetic, `Math.round`,
     * `items.reduce(...)`, a `.map` callback's element); not a price the action looked up (`product.price`), not an admin's
     * action (an `admin` folder or name), and not a catalogue write (`prisma.product.create({ data: { price } })`).
     */
    function checkCallerPrices(): void {
      if (/(?:^|[\\/])admin(?:[\\/]|$)/i.test(kind.filename)) return;
      for (const h of getHandlers(sourceCode, kind)) {
        const fn = h.fn;
        if (h.kind !== 'server-action' || !fn || fn.params.length === 0 || /admin/i.test(h.name)) continue;
        walk(fn.body, (n) => {
          if (n.type !== 'CallExpression') return true;
          const db = getDbCall(n, context);
          if (!db?.write || /^delete/i.test(db.method)) return true;
          const calleeText = sourceCode.getText(n.callee);
          if (!calleeText.split(/[^A-Za-z0-9_]+/).some((w) => splitWords(w).some((x) => ORDER_WORDS.has(x)))) return true;
          if (!n.arguments.some((a) => some(a, (c) => c.type === 'Property' && !c.computed && PRODUCT_REF_KEY.test(getPropertyName(c) ?? '')))) return true;
          for (const a of n.arguments) {
            walk(a, (c) => {
              if (c.type !== 'Property' || c.computed || !PRICE_KEY.test(getPropertyName(c) ?? '')) return true;
              const param = callerParam(c.value, fn, 0);
              if (param) {
                context.report({
                  node: c.value,
                  messageId: 'callerPrice',
                  data: { field: getPropertyName(c) ?? 'price', sink: `the database (${db.kind} ${db.method})`, action: h.name },
                });
              }
              return false;
            });
          }
          return true;
        });
      }
    }

    /** The action parameter a value is computed from, when it is (see checkCallerPrices). */
    function callerParam(node: Node, fn: Node, depth: number): string | undefined {
      if (depth > 4) return undefined;
      const n = unwrap(node, { await: true });
      switch (n.type) {
        case 'Identifier': {
          const variable = findVariable(sourceCode, n);
          const def = variable?.defs[0];
          if (!def) return undefined;
          if (def.type === 'Parameter') {
            if (def.node === fn) {
              const ann = def.name.type === 'Identifier' ? def.name.typeAnnotation?.typeAnnotation : undefined;
              const formData = ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && ann.typeName.name === 'FormData';
              return formData || /^formData$/.test(n.name) ? undefined : n.name;
            }
            // An element of an array method's callback: `items.map((item) => ({ price: item.price }))`.
            const call = def.node.parent;
            if (call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.arguments[0] === def.node && NUMBER_PASS_METHODS.has(getPropertyName(call.callee) ?? '')) {
              return callerParam(call.callee.object, fn, depth + 1);
            }
            return undefined;
          }
          if (def.type !== 'Variable') return undefined;
          const decl = def.node as TSESTree.VariableDeclarator;
          if ((decl.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return undefined;
          const loop = decl.init ? undefined : decl.parent?.parent;
          if (loop?.type === 'ForOfStatement') return callerParam(loop.right, fn, depth + 1);
          return decl.init ? callerParam(decl.init, fn, depth + 1) : undefined;
        }
        case 'MemberExpression':
          return getPropertyName(n) === 'length' ? undefined : callerParam(n.object, fn, depth);
        case 'BinaryExpression':
          return /^[-+*/]$/.test(n.operator) ? (callerParam(n.left, fn, depth) ?? callerParam(n.right, fn, depth)) : undefined;
        case 'LogicalExpression':
          return callerParam(n.left, fn, depth) ?? callerParam(n.right, fn, depth);
        case 'ConditionalExpression':
          return callerParam(n.consequent, fn, depth) ?? callerParam(n.alternate, fn, depth);
        case 'CallExpression': {
          const callee = unwrap(n.callee);
          const dotted = getDottedName(callee);
          if (dotted && NUMBER_PASS_FUNCTIONS.test(dotted)) {
            const first = n.arguments[0];
            return first && first.type !== 'SpreadElement' ? callerParam(first, fn, depth) : undefined;
          }
          if (callee.type === 'MemberExpression' && NUMBER_PASS_METHODS.has(getPropertyName(callee) ?? '')) return callerParam(callee.object, fn, depth);
          return undefined;
        }
        default:
          return undefined;
      }
    }

    /** The whole condition a test is part of (through comparisons, `&&` / `||` and `!`). */
    function testOf(node: Node): Node {
      let cur: Node = node;
      while (cur.parent && (cur.parent.type === 'BinaryExpression' || cur.parent.type === 'LogicalExpression' || (cur.parent.type === 'UnaryExpression' && cur.parent.operator === '!'))) cur = cur.parent;
      return cur;
    }

    /** The `typeof` sits in the test of an `if` whose branch returns or throws (`if (typeof x !== 'string') return 400`). */
    function rejectingTest(node: Node): boolean {
      const cur = testOf(node);
      const stmt = cur.parent;
      return stmt?.type === 'IfStatement' && stmt.test === cur && isEarlyExit(stmt.consequent);
    }

    function inDevOnlyFunction(node: Node): boolean {
      for (let fn = getEnclosingFunction(node); fn; fn = getEnclosingFunction(fn)) if (exitsInProduction(fn)) return true;
      return false;
    }

    /**
     * What the handler's own code says about a field, from its reads: a fallback (`page || '/'`,
     * `tags ?? []`) or optional chaining (`title?.trim()`) makes it optional; string, array or property
     * reads give its type; `if (!content?.trim()) return ...` makes it required.
     */
    function fieldUsage(reads: Node[]): FieldUsage {
      const usage: FieldUsage = { optional: false, required: false };
      for (const read of reads) {
        let e: Node = read;
        for (let i = 0; i < 4 && e.parent && (e.parent.type === 'TSNonNullExpression' || e.parent.type === 'TSAsExpression'); i++) e = e.parent;
        const p = e.parent;
        if (!p) continue;
        if (p.type === 'LogicalExpression' && p.left === e && (p.operator === '||' || p.operator === '??')) {
          usage.optional = true;
          const f = unwrap(p.right);
          if (f.type === 'Literal' && typeof f.value === 'string') usage.type ??= 'string';
          else if (f.type === 'Literal' && typeof f.value === 'number') usage.type ??= 'number';
          else if (f.type === 'Literal' && typeof f.value === 'boolean') usage.type ??= 'boolean';
          else if (f.type === 'ArrayExpression') usage.type ??= 'array';
          else if (f.type === 'ObjectExpression') usage.type ??= 'object';
        } else if (p.type === 'MemberExpression' && p.object === e) {
          if (p.optional) usage.optional = true;
          const prop = getPropertyName(p);
          if (!prop) continue;
          const called = p.parent?.type === 'CallExpression' && p.parent.callee === p;
          if (called && STRING_METHODS.has(prop)) usage.type ??= 'string';
          else if (called && ARRAY_METHODS.has(prop)) usage.type ??= 'array';
          else if (!called && prop !== 'length') usage.type ??= 'object';
        } else if (p.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator) && isNullOrUndefined(p.left === e ? p.right : p.left)) {
          // `body.ticket !== undefined && ...`: the code expects the field to be missing at times.
          usage.optional = true;
        } else if (p.type === 'UnaryExpression' && p.operator === 'typeof') {
          const cmp = p.parent;
          const other = cmp?.type === 'BinaryExpression' ? (cmp.left === p ? cmp.right : cmp.left) : undefined;
          if (other?.type === 'Literal' && typeof other.value === 'string' && /^(?:string|number|boolean)$/.test(other.value)) usage.type = other.value as FieldUsage['type'];
        } else if (p.type === 'CallExpression' && getDottedName(p.callee) === 'Array.isArray') {
          usage.type = 'array';
        } else if (p.type === 'ForOfStatement' && p.right === e) {
          // `for (const item of list)`: iterated, so an array (a string would iterate its characters).
          usage.type ??= 'array';
        }
        if (guardsPresence(e)) usage.required = true;
      }
      return usage;
    }

    /** `if (!x) return ...` / `if (!x?.trim()) throw ...`: the handler refuses the request without the field. */
    function guardsPresence(read: Node): boolean {
      let cur: Node = read;
      for (let i = 0; i < 6 && cur.parent; i++) {
        const p: Node = cur.parent;
        if (p.type === 'UnaryExpression' && p.operator === '!') {
          let test: Node = p;
          while (test.parent?.type === 'LogicalExpression' && test.parent.operator === '||') test = test.parent;
          const stmt = test.parent;
          if (stmt?.type !== 'IfStatement' || stmt.test !== test) return false;
          const body = stmt.consequent.type === 'BlockStatement' ? stmt.consequent.body[stmt.consequent.body.length - 1] : stmt.consequent;
          return body?.type === 'ReturnStatement' || body?.type === 'ThrowStatement';
        }
        if (p.type === 'MemberExpression' || p.type === 'ChainExpression' || (p.type === 'CallExpression' && p.callee === cur)) {
          cur = p;
          continue;
        }
        return false;
      }
      return false;
    }

    function zodFor(name: string, def: Node | undefined, usage: FieldUsage = { optional: false, required: false }): string {
      const d = def ? unwrap(def) : undefined;
      const withDefault = (t: string): string => (d ? `${t}.default(${sourceCode.getText(d)})` : t);
      // What the code shows wins over what the name suggests.
      if (!d && usage.type) {
        // `x || fallback`, `x ?? fallback`, `x?.y` all accept null as well as a missing field.
        const opt = usage.optional && !usage.required ? '.nullish()' : '';
        if (usage.type === 'string') {
          if (opt) return `z.string().max(10_000)${opt}`;
          return /email/i.test(name) ? 'z.string().email()' : 'z.string().min(1).max(10_000)';
        }
        if (usage.type === 'number') return `z.number()${opt}`;
        if (usage.type === 'boolean') return `z.boolean()${opt}`;
        if (usage.type === 'array') return `z.array(z.unknown()).max(100)${opt}`;
        return `z.record(z.string(), z.unknown())${opt}`;
      }
      if (!d && usage.optional && !usage.required) return `${zodFor(name, undefined).replace(/\.min\(1\)/, '')}.nullish()`;
      if (d?.type === 'Literal') {
        if (typeof d.value === 'number') return withDefault('z.number()');
        if (typeof d.value === 'boolean') return withDefault('z.boolean()');
        if (typeof d.value === 'string') return withDefault('z.string().max(10_000)');
      }
      if (d?.type === 'ArrayExpression') return withDefault('z.array(z.unknown()).max(100)');
      if (d?.type === 'ObjectExpression') return withDefault('z.record(z.string(), z.unknown())');
      if (/^messages$/i.test(name)) return usesAiSdk ? AI_SDK_MESSAGES_SCHEMA : CHAT_MESSAGES_SCHEMA;
      if (/^(?:is|has|can|should)[A-Z_]|^(?:is|has)active$|active$|enabled$/i.test(name)) return 'z.boolean()';
      if (/email/i.test(name)) return 'z.string().email()';
      if (/url$/i.test(name)) return 'z.string().url()';
      if (/ids$/i.test(name)) return 'z.array(z.string().min(1)).max(100)';
      // The last word of the name (`pageSize`, `item_count`, `age`), not a suffix of one (`message`, `image`).
      const lastWord = /(?:^|_|-)([a-z][a-z0-9]*)$|([A-Z][a-z0-9]*)$/.exec(name);
      const word = (lastWord?.[1] ?? lastWord?.[2] ?? '').toLowerCase();
      if ((/^(?:count|amount|quantity|price|limit|page|age|size|total|number|num)$/.test(word) || /credits/i.test(name)) && !/id$/i.test(name)) return 'z.number()';
      if (/password/i.test(name)) return 'z.string().min(8).max(128)';
      return 'z.string().min(1).max(10_000)';
    }

    /**
     * The declared TypeScript type of each field of a body binding: `const { a, b }: { a: string; b?: Model } =
     * await req.json()`, or `const body: Body = ...` with `Body` an interface / object type alias of this file.
     * The code's own types beat what names and reads suggest: a schema that contradicts them rejects every
     * request the code was written for (fragments: `model: LLMModel`, an object, got `z.string()`).
     */
    function declaredFields(id: Node): Map<string, { type: TSESTree.TypeNode; optional: boolean }> | undefined {
      const annotation = (id as TSESTree.Identifier | TSESTree.ObjectPattern).typeAnnotation?.typeAnnotation;
      const members = annotation ? objectMembers(annotation, 0) : undefined;
      if (!members) return undefined;
      const out = new Map<string, { type: TSESTree.TypeNode; optional: boolean }>();
      for (const m of members) {
        const key = propertyKey(m);
        if (key !== undefined && m.type === 'TSPropertySignature' && m.typeAnnotation) out.set(key, { type: m.typeAnnotation.typeAnnotation, optional: !!m.optional });
      }
      return out;
    }

    /** The name of a typed property signature (`a: T`, `'a-b'?: T`); undefined for computed keys, methods, index signatures. */
    function propertyKey(m: TSESTree.TypeElement): string | undefined {
      if (m.type !== 'TSPropertySignature' || m.computed || !m.typeAnnotation) return undefined;
      if (m.key.type === 'Identifier') return m.key.name;
      return m.key.type === 'Literal' && typeof m.key.value === 'string' ? m.key.value : undefined;
    }

    /** The members of an object type: a type literal, or an interface / type alias of this file it names. */
    function objectMembers(type: TSESTree.TypeNode, depth: number): TSESTree.TypeElement[] | undefined {
      if (type.type === 'TSTypeLiteral') return type.members;
      if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier' || type.typeArguments || depth > 3) return undefined;
      for (const d of localTypeDeclarations(sourceCode.ast, type.typeName.name)) {
        if (d.type === 'TSInterfaceDeclaration' && !d.extends?.length && !d.typeParameters) return d.body.body;
        if (d.type === 'TSTypeAliasDeclaration' && !d.typeParameters) return objectMembers(d.typeAnnotation, depth + 1);
      }
      return undefined;
    }

    /** A type name declared inside a function: out of scope where the schema goes (module level). */
    function isLocalType(name: string, from: Node): boolean {
      for (let n: Node | undefined = from.parent; n && n.type !== 'Program'; n = n.parent) {
        if (n.type !== 'BlockStatement') continue;
        for (const st of n.body) {
          if ((st.type === 'TSTypeAliasDeclaration' || st.type === 'TSInterfaceDeclaration' || st.type === 'TSEnumDeclaration' || st.type === 'ClassDeclaration') && st.id?.name === name) return true;
        }
      }
      return false;
    }

    /**
     * The zod schema of a declared type. A type this file does not spell out (`LLMModel` imported from
     * elsewhere) becomes `z.custom<LLMModel>()`: typed as the code expects, not checked, and named in
     * `unchecked.names` so the suggestion says so next to the field. A type declared inside the handler is
     * out of scope at module level: `z.any()`, and `unchecked.opaque` keeps the code's own annotation.
     */
    function zodForType(type: TSESTree.TypeNode, name: string, unchecked: Unchecked, from: Node, depth = 0): string {
      const custom = (): string => {
        const text = sourceCode.getText(type);
        const refs: string[] = [];
        walk(type, (n) => {
          if (n.type === 'TSTypeReference' && n.typeName.type === 'Identifier') refs.push(n.typeName.name);
        });
        if (refs.some((r) => isLocalType(r, from)) || text.length > 80) {
          // `z.any()`, not `z.unknown()`: the value still has to fit the code's own annotation.
          unchecked.opaque = true;
          unchecked.names.push(name);
          return 'z.any()';
        }
        unchecked.names.push(text);
        return `z.custom<${text}>()`;
      };
      if (depth > 4) return custom();
      switch (type.type) {
        case 'TSStringKeyword': {
          const byName = zodFor(name, undefined);
          return byName.startsWith('z.string()') ? byName : 'z.string().min(1).max(10_000)';
        }
        case 'TSNumberKeyword':
          return 'z.number()';
        case 'TSBooleanKeyword':
          return 'z.boolean()';
        case 'TSAnyKeyword':
        case 'TSUnknownKeyword':
          return 'z.unknown()';
        case 'TSLiteralType': {
          const lit = type.literal;
          if (lit.type === 'Literal' && (typeof lit.value === 'string' || typeof lit.value === 'number' || typeof lit.value === 'boolean')) return `z.literal(${sourceCode.getText(lit)})`;
          return custom();
        }
        case 'TSArrayType':
          return `z.array(${zodForType(type.elementType, name, unchecked, from, depth + 1)}).max(100)`;
        case 'TSUnionType': {
          const rest = type.types.filter((t) => t.type !== 'TSUndefinedKeyword' && t.type !== 'TSNullKeyword');
          const nullable = rest.length < type.types.length && type.types.some((t) => t.type === 'TSNullKeyword');
          const optional = type.types.some((t) => t.type === 'TSUndefinedKeyword');
          let inner: string;
          if (rest.length === 0) return 'z.null()';
          if (rest.every((t) => t.type === 'TSLiteralType' && t.literal.type === 'Literal' && typeof t.literal.value === 'string')) {
            inner = `z.enum([${rest.map((t) => sourceCode.getText(t)).join(', ')}])`;
          } else if (rest.length === 1) {
            inner = zodForType(rest[0]!, name, unchecked, from, depth + 1);
          } else {
            inner = `z.union([${rest.map((t) => zodForType(t, name, unchecked, from, depth + 1)).join(', ')}])`;
          }
          if (optional || nullable) inner = inner.replace(/^(z\.string\(\))\.min\(1\)/, '$1');
          return `${inner}${optional && nullable ? '.nullish()' : nullable ? '.nullable()' : optional ? '.optional()' : ''}`;
        }
        case 'TSTypeReference': {
          const ref = type.typeName.type === 'Identifier' ? type.typeName.name : undefined;
          const args = type.typeArguments?.params ?? [];
          if ((ref === 'Array' || ref === 'ReadonlyArray') && args.length === 1) return `z.array(${zodForType(args[0]!, name, unchecked, from, depth + 1)}).max(100)`;
          if (ref === 'Record' && args.length === 2 && args[0]!.type === 'TSStringKeyword') return `z.record(z.string(), ${zodForType(args[1]!, name, unchecked, from, depth + 1)})`;
          break;
        }
        default:
          break;
      }
      const members = objectMembers(type, 0);
      if (members && members.every((m) => propertyKey(m) !== undefined && m.type === 'TSPropertySignature' && m.typeAnnotation)) {
        const props = (members as TSESTree.TSPropertySignature[]).map((m) => {
          const key = propertyKey(m)!;
          const t = zodForType(m.typeAnnotation!.typeAnnotation, key, unchecked, from, depth + 1);
          const keyText = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
          return `${keyText}: ${m.optional && !/\.(?:optional|nullish)\(\)$/.test(t) ? `${t.replace(/^(z\.string\(\))\.min\(1\)/, '$1')}.optional()` : t}`;
        });
        return `z.object({ ${props.join(', ')} })`;
      }
      return custom();
    }

    function suggestionFor(s: Source): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      if (s.kind !== 'json' && s.kind !== 'body') return undefined;
      const expr = s.kind === 'json' && s.node.parent?.type === 'AwaitExpression' ? s.node.parent : s.node;
      const decl = expr.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== expr) return undefined;
      const declaration = decl.parent;
      if (declaration?.type !== 'VariableDeclaration' || declaration.declarations.length !== 1) return undefined;
      const block = declaration.parent;
      if (block?.type !== 'BlockStatement') return undefined;
      // The fields: a destructuring pattern, or the members read from `body`.
      const fields: { name: string; def?: Node; reads: Node[] }[] = [];
      if (decl.id.type === 'ObjectPattern') {
        for (const p of decl.id.properties) {
          if (p.type === 'RestElement') return undefined;
          const key = getPropertyName(p);
          if (!key || p.computed) return undefined;
          const local = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
          const reads = local.type === 'Identifier' ? (findVariable(sourceCode, local)?.references ?? []).filter((r) => r.isRead()).map((r) => r.identifier) : [];
          fields.push({ name: key, def: p.value.type === 'AssignmentPattern' ? p.value.right : undefined, reads });
        }
      } else if (decl.id.type === 'Identifier') {
        const v = findVariable(sourceCode, decl.id);
        const byKey = new Map<string, Node[]>();
        for (const r of v?.references ?? []) {
          // `const { messages } = body as Body` (dub's support chat route): the destructured keys are fields too, which a
          // schema without them would strip.
          let use: Node = r.identifier;
          while (use.parent && (use.parent.type === 'TSAsExpression' || use.parent.type === 'TSNonNullExpression' || use.parent.type === 'TSSatisfiesExpression')) use = use.parent;
          if (use.parent?.type === 'VariableDeclarator' && use.parent.init === use && use.parent.id.type === 'ObjectPattern') {
            for (const p of use.parent.id.properties) {
              if (p.type === 'RestElement' || p.computed) return undefined;
              const key = getPropertyName(p);
              if (!key) return undefined;
              const local = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
              const reads = local.type === 'Identifier' ? (findVariable(sourceCode, local)?.references ?? []).filter((lr) => lr.isRead()).map((lr) => lr.identifier) : [];
              const list = byKey.get(key);
              if (list) list.push(...reads);
              else {
                byKey.set(key, reads);
                fields.push({ name: key, def: p.value.type === 'AssignmentPattern' ? p.value.right : undefined, reads: byKey.get(key)! });
              }
            }
            continue;
          }
          const m = r.identifier.parent;
          if (m?.type === 'MemberExpression' && m.object === r.identifier) {
            const key = getPropertyName(m);
            if (!key) continue;
            const list = byKey.get(key);
            if (list) list.push(m);
            else {
              byKey.set(key, [m]);
              fields.push({ name: key, reads: byKey.get(key)! });
            }
          }
        }
      } else return undefined;
      if (fields.length === 0) return undefined;
      // Where the schema goes: before the top-level statement that holds the handler.
      let top: Node = declaration;
      while (top.parent && top.parent.type !== 'Program') top = top.parent;
      const schemaName = /\bBodySchema\b/.test(text) ? 'RequestBodySchema' : 'BodySchema';
      const parsedName = /\bparsed\b/.test(sourceCode.getText(block)) ? 'parsedBody' : 'parsed';
      // The declaration's own indentation (tabs stay tabs).
      const lead = sourceCode.lines[declaration.loc.start.line - 1]?.slice(0, declaration.loc.start.column) ?? '';
      const indent = /^\s*$/.test(lead) ? lead : ' '.repeat(declaration.loc.start.column);
      const inner = `${indent}${indent.includes('\t') ? '\t' : '  '}`;
      const valueText = sourceCode.getText(expr);
      const response =
        kind.isPagesApi && s.req
          ? `return res.status(400).json({ error: 'Invalid request body', issues: ${parsedName}.error.issues });`
          : `return ${/\bNextResponse\b/.test(text) ? 'NextResponse' : 'Response'}.json({ error: 'Invalid request body', issues: ${parsedName}.error.issues }, { status: 400 });`;
      const declared = declaredFields(decl.id);
      // Every field typed by the code's annotation: the schema now says the same, so the annotation goes
      // (zod makes a `string | undefined` field an optional key, which a `key: string | undefined`
      // annotation would reject at compile time).
      let typedBySchema = !!declared && fields.every((f) => declared.has(f.name));
      const fieldSchema = (f: { name: string; def?: Node; reads: Node[] }): string => {
        const d = declared?.get(f.name);
        if (!d) return `${zodFor(f.name, f.def, fieldUsage(f.reads))},`;
        const unchecked: Unchecked = { names: [], opaque: false };
        let t = zodForType(d.type, f.name, unchecked, decl);
        if (unchecked.opaque) typedBySchema = false;
        if (f.def) t = `${t.replace(/\.(?:optional|nullish)\(\)$/, '')}.default(${sourceCode.getText(f.def)})`;
        else if (d.optional && !/\.(?:optional|nullish)\(\)$/.test(t)) t = `${t.replace(/^(z\.string\(\))\.min\(1\)/, '$1')}.optional()`;
        const note = unchecked.names.length ? ` // typed, not validated: describe ${[...new Set(unchecked.names)].join(', ')} with z.object()` : '';
        return `${t},${note}`;
      };
      const schema = `const ${schemaName} = z.object({\n${fields.map((f) => `  ${/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : `'${f.name}'`}: ${fieldSchema(f)}`).join('\n')}\n});\n\n`;
      const annotation = decl.id.typeAnnotation;
      const bindingText =
        typedBySchema && annotation
          ? sourceCode.text.slice(decl.id.range[0], annotation.range[0]).trimEnd()
          : sourceCode.getText(decl.id).replace(/:\s*[\w<>[\]]+$/, '');
      const resName = kind.isPagesApi ? getHandlerResName(declaration) : undefined;
      if (kind.isPagesApi && !resName) return undefined;
      const finalResponse = resName ? response.replace(/^return res\./, `return ${resName}.`) : response;
      return (fixer) => {
        const fixes: TSESLint.RuleFix[] = [];
        const needsZ = !/\bimport\s*(?:\{[^}]*\bz\b[^}]*\}|\*\s+as\s+z)\s*from\s*['"]zod/.test(text);
        if (needsZ) {
          fixes.push(...addImports(sourceCode, fixer, ["import { z } from 'zod';"], context.filename));
        }
        fixes.push(fixer.insertTextBefore(top, schema));
        fixes.push(
          fixer.replaceText(
            declaration,
            `const ${parsedName} = ${schemaName}.safeParse(${valueText});\n` +
              `${indent}if (!${parsedName}.success) {\n${inner}${finalResponse}\n${indent}}\n` +
              `${indent}${declaration.kind} ${bindingText} = ${parsedName}.data;`,
          ),
        );
        return fixes;
      };
    }

    function getHandlerResName(from: Node): string | undefined {
      for (let p: Node | undefined = from.parent; p; p = p.parent) {
        if (p.type === 'FunctionDeclaration' || p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') {
          const second = p.params[1];
          return second?.type === 'Identifier' ? second.name : undefined;
        }
      }
      return undefined;
    }
  },
});
