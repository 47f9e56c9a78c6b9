import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  createRule,
  findProperty,
  findVariable,
  getBindingValues,
  getConstInit,
  resolveLocalFunction,
  getCalleeName,
  getEnclosingFunction,
  isWithin,
  getFileKind,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  getValueSources,
  canCallHelper,
  helperFixes,
  HTTP_METHODS,
  isFunction,
  matchesAnyGlob,
  unwrap,
  isDevTooling,
  isNonProductionTest,
  runsOnlyOutsideProduction,
} from '../utils';
import { isTestLikeFile } from '../utils/secret-vocab';

type Options = [{ publicPaths?: string[]; reportPublicReads?: boolean }];
type MessageIds =
  | 'wildcard'
  | 'wildcardWithCredentials'
  | 'reflectedOrigin'
  | 'reflectedOriginWithCredentials'
  | 'useAllowlist';

const ACAO = 'access-control-allow-origin';
const ACAC = 'access-control-allow-credentials';
const SETTERS = new Set(['set', 'append', 'setHeader', 'header', 'appendHeader']);
const NEXT_CONFIG = /(?:^|\/)next\.config\.[cm]?[jt]s$/;
/** next.config `source` patterns that only serve static, public files (scripts, fonts, generated docs). */
const STATIC_SOURCE =
  /\.(?:js|mjs|css|map|json|txt|xml|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|eot|wasm|mp4|webm|pdf)\)?$|^\/(?:_next|static|fonts?|images?|img|assets|generated|public|\.well-known|favicon)\b/;
/** next.config sources that cover API routes or every path. */
const API_OR_CATCH_ALL = /\/api\b|^\/(?:\(\.\*\)|:\w+\*|:\w+\(\.\*\)|\(\.\*\)\*?)?$/;
/** Names of header lists for public static assets: `trackerHeaders`, `fontHeaders`. */
const STATIC_LIST_NAME = /track|script|font|static|asset|public|beacon|embed|image|pixel/i;

const DEFAULT_PUBLIC_PATHS = [
  '**/{track,tracking,collect,beacon,pixel,og,oembed,.well-known,health,healthz,status,tracker,script,send,ping}/**',
  '**/{opengraph-image,twitter-image,icon,apple-icon,sitemap,robots,manifest}.*',
  // A JSON Web Key Set publishes public keys for anyone to verify tokens with.
  '**/{jwks,jwks.json}{,.*,/**}',
  // Endpoints the app declares public or embeddable (a lead form's widget posting from customers' sites).
  '**/{public,embed,embeds,widget,widgets}/**',
  // A module named for the widget or embed (`lib/widget-helpers.ts`, `embed-cors.ts`): the headers its routes answer with.
  '**/{embed,embeds,widget,widgets}[-_]*',
  // Supabase Edge Functions (and their `_shared/cors.ts`) answer on the project's own functions domain, where the
  // browser holds no cookie of the app and callers send a bearer token: Supabase's documented `corsHeaders` use `*`.
  '**/supabase/functions/**',
];

/**
 * Words of an Express-style mount path (`app.use('/api/widgets/:key', cors({ origin: '*' }))`) that say the
 * routes behind it are called from other sites by design: an embeddable widget or embed (its loader script,
 * its public config, its chat endpoint keyed by a widget key), a tracking beacon, a health check, a JWKS.
 */
const PUBLIC_MOUNT_WORD = /^(?:widgets?|embeds?|oembed)$/;
const PUBLIC_MOUNT_SEGMENT = /^(?:track|tracking|tracker|collect|beacon|pixel|\.well-known|health|healthz|ping|jwks(?:\.json)?)$/;
/** Express / Koa-router / Fastify-style methods that mount middleware on a path given first. */
const MOUNT_METHOD = /^(?:use|all|get|post|put|patch|delete|options|head)$/;

const AUTH_HINT =
  /\b(?:cookies\s*\(|getServerSession|getSession|getToken|auth\s*\(\s*\)|currentUser|getUser\s*\(|requireAuth|withAuth|authenticate|session|req\.cookies|request\.cookies|headers\.get\(\s*['"]cookie|jwt\.verify|jwtVerify)/;

/** Cookie or session use in a module: what an ambient credential would ride on. */
const COOKIE_HINT =
  /\b(?:cookies?\s*\(|getServerSession|getSession\s*\(|getToken\s*\(|auth\s*\(\s*\)|currentUser|requireAuth|withAuth|credentials\s*:\s*['"]include|req\.cookies|request\.cookies|headers\.get\(\s*['"]cookie)/i;

function isOriginRead(node: TSESTree.Node): boolean {
  const n = unwrap(node, { await: true });
  if (n.type === 'CallExpression') {
    // req.headers.get('origin'), headers().get('Origin'), (await headers()).get('origin')
    if (getCalleeName(n) !== 'get') return false;
    return getStaticString(n.arguments[0])?.toLowerCase() === 'origin';
  }
  if (n.type === 'MemberExpression') {
    // req.headers.origin, req.headers['origin']
    if (getPropertyName(n)?.toLowerCase() !== 'origin') return false;
    const obj = unwrap(n.object);
    return obj.type === 'MemberExpression' && getPropertyName(obj) === 'headers';
  }
  return false;
}

interface Site {
  /** The node to report. */
  node: TSESTree.Node;
  /** The header value expression. */
  value: TSESTree.Node;
  /** What to replace with the helper call, and how. */
  fix?: { replace: TSESTree.Node; with: 'spread' | 'apply'; target?: TSESTree.Node; node: boolean };
  /** Where sibling headers live (for Allow-Credentials). */
  container?: TSESTree.Node;
  /** The next.config `source` the entry applies to. */
  source?: string;
  /** The cors() package option form: `origin: true` reflects any origin. */
  corsPackage?: { options?: TSESTree.ObjectExpression; call?: TSESTree.CallExpression };
}

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-cors',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow wildcard and reflected-origin CORS on server responses',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      wildcard:
        '`Access-Control-Allow-Origin: *` lets any website call this endpoint from a visitor\'s browser and read the response. Allow only the origins that need it (an env-configured allowlist, with `Vary: Origin`).',
      wildcardWithCredentials:
        '`Access-Control-Allow-Origin: *` together with `Access-Control-Allow-Credentials: true` asks browsers to share authenticated responses with every website; browsers refuse the pair, and the usual "fix" (echoing the Origin) opens the API to any site. Use an origin allowlist.',
      reflectedOrigin:
        'The request\'s Origin header is echoed into `Access-Control-Allow-Origin` without an allowlist check: that is `*` in disguise, every website is allowed. Check the origin against an allowlist first.',
      reflectedOriginWithCredentials:
        'The request\'s Origin is echoed into `Access-Control-Allow-Origin` with `Access-Control-Allow-Credentials: true`: any website can make requests with the visitor\'s cookies and read the answers (account data, tokens). Check the origin against an allowlist first.',
      useAllowlist: 'Use the allowlist-based CORS helper ({{call}}).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          publicPaths: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Globs of files that are public by design (tracking beacons, OG images, embeds): a wildcard without credentials is not reported there.',
          },
          reportPublicReads: {
            type: 'boolean',
            description:
              'Also report a wildcard without credentials on route files that only export GET/HEAD/OPTIONS and show no cookie / session use (public read APIs). Off by default.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ publicPaths: DEFAULT_PUBLIC_PATHS, reportPublicReads: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest || isTestLikeFile(kind.filename)) return {};
    // Header names as written in code (any first-letter case, or all caps); a case-insensitive regex is 2x slower here.
    const hasAcao = /[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin|ACCESS-CONTROL-ALLOW-ORIGIN/.test(text);
    // Every name below contains `cors`: the plain search spares most files the regex, which stops at every quote.
    const hasCorsPkg = text.includes('cors') && /['"](?:cors|nextjs-cors|@fastify\/cors|hono\/cors)['"]/.test(text);
    if (!hasAcao && !hasCorsPkg) return {};
    // Dev servers (Storybook's Vite middleware) and tooling never answer production requests.
    if (/(?:^|\/)\.storybook\//.test(kind.filename) || isDevTooling(kind, sourceCode.ast, text)) return {};
    const isNextConfig = NEXT_CONFIG.test(kind.filename);
    const anyCredentials = /access-control-allow-credentials|credentials\s*:\s*true/i.test(text);
    const publicPath = matchesAnyGlob(kind.filename, options.publicPaths ?? DEFAULT_PUBLIC_PATHS);

    let publicRead: boolean | undefined;
    /** A route file that only serves reads and shows no cookie / session use: a public read API. */
    function isPublicReadRoute(): boolean {
      if (publicRead !== undefined) return publicRead;
      publicRead = false;
      if (AUTH_HINT.test(text)) return publicRead;
      if (kind.isPagesApi) return (publicRead = isReadOnlyPagesApi());
      if (!kind.isAppRoute) return publicRead;
      const methods: string[] = [];
      for (const stmt of sourceCode.ast.body) {
        if (stmt.type !== 'ExportNamedDeclaration') continue;
        const d = stmt.declaration;
        if (d?.type === 'FunctionDeclaration' && d.id) methods.push(d.id.name);
        else if (d?.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier') methods.push(v.id.name);
        for (const s of stmt.specifiers) if (s.exported.type === 'Identifier') methods.push(s.exported.name);
      }
      const handlers = methods.filter((m) => HTTP_METHODS.has(m));
      publicRead = handlers.length > 0 && handlers.every((m) => m === 'GET' || m === 'HEAD' || m === 'OPTIONS');
      return publicRead;
    }

    /**
     * A Pages API route that serves only reads: its default export leaves first on any other method
     * (`if (request.method !== 'GET') { response.status(405)...; return }`, recollect's media-type probe), or is a
     * next-connect chain that mounts only `get` / `head` / `options` handlers (`apiHandler().use(Cors()).get(...)`,
     * cusdis' public comment counter).
     */
    function isReadOnlyPagesApi(): boolean {
      const decl = sourceCode.ast.body.find((s): s is TSESTree.ExportDefaultDeclaration => s.type === 'ExportDefaultDeclaration')?.declaration;
      if (!decl) return false;
      let target: TSESTree.Node = unwrap(decl as TSESTree.Node);
      if (target.type === 'Identifier') target = unwrap(getConstInit(sourceCode, target) ?? resolveLocalFunction(sourceCode, target, { constOnly: true }) ?? target);
      if (target.type === 'CallExpression') {
        const names: string[] = [];
        for (let cur: TSESTree.Node = target; cur.type === 'CallExpression'; ) {
          const callee = unwrap(cur.callee);
          if (callee.type !== 'MemberExpression') break;
          const name = getPropertyName(callee);
          if (name) names.push(name);
          cur = unwrap(callee.object);
        }
        return names.some((n) => n === 'get' || n === 'head') && names.every((n) => !/^(?:post|put|patch|delete|del|all)$/i.test(n));
      }
      if (!isFunction(target) || target.body.type !== 'BlockStatement') return false;
      return target.body.body.slice(0, 3).some(
        (stmt) =>
          stmt.type === 'IfStatement' &&
          isNotGetTest(stmt.test) &&
          (stmt.consequent.type === 'ReturnStatement' ||
            (stmt.consequent.type === 'BlockStatement' && stmt.consequent.body.some((s) => s.type === 'ReturnStatement' || s.type === 'ThrowStatement'))),
      );
    }

    /** `req.method !== 'GET'` (or `!=`). */
    function isNotGetTest(test: TSESTree.Expression): boolean {
      const t = unwrap(test);
      if (t.type !== 'BinaryExpression' || (t.operator !== '!==' && t.operator !== '!=')) return false;
      const isMethod = (n: TSESTree.Node) => n.type === 'MemberExpression' && getPropertyName(n) === 'method';
      return (isMethod(unwrap(t.left)) && getStaticString(unwrap(t.right)) === 'GET') || (isMethod(unwrap(t.right)) && getStaticString(unwrap(t.left as TSESTree.Node)) === 'GET');
    }

    /**
     * A route file whose callers authenticate with a header they set themselves (`request.headers.get('Authorization')`,
     * `x-api-key`) and that shows no cookie or session use (workflow-builder-template's workflow trigger, called with its
     * owner's API key): a browser on another site sends no such header on its own, so `*` lends it nothing ambient.
     */
    function isHeaderCredentialRoute(): boolean {
      return kind.isAppRoute && !AUTH_HINT.test(text) && /\.get\(\s*['"](?:authorization|x-api-key)['"]\s*\)/i.test(text);
    }

    function headerValueIsTrue(v: TSESTree.Node | undefined | null): boolean {
      if (!v) return false;
      const u = unwrap(v);
      return (u.type === 'Literal' && u.value === true) || getStaticString(u)?.toLowerCase() === 'true';
    }

    /** Whether `a` and `b` sit in opposite branches of one `if` / ternary (never both run). */
    function inExclusiveBranches(a: TSESTree.Node, b: TSESTree.Node): boolean {
      for (let cur: TSESTree.Node | undefined = a; cur?.parent; cur = cur.parent) {
        const p: TSESTree.Node = cur.parent;
        if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.alternate && (cur === p.consequent || cur === p.alternate)) {
          const other = cur === p.consequent ? p.alternate : p.consequent;
          if (isWithin(b, other)) return true;
          if (isWithin(b, cur)) continue;
        }
      }
      return false;
    }

    /** Whether Allow-Credentials: true is set next to this site. */
    function hasCredentials(site: Site): boolean {
      if (!anyCredentials) return false;
      if (site.corsPackage) {
        const c = site.corsPackage.options && findProperty(site.corsPackage.options, 'credentials');
        return !!c && headerValueIsTrue(c.value);
      }
      const container = site.container;
      if (container?.type === 'ObjectExpression') {
        for (const p of container.properties) {
          if (p.type === 'Property' && getPropertyName(p)?.toLowerCase() === ACAC && headerValueIsTrue(p.value)) return true;
        }
      }
      if (container?.type === 'ArrayExpression') {
        for (const el of container.elements) {
          if (el?.type !== 'ObjectExpression') continue;
          const key = findProperty(el, 'key');
          if (key && getStaticString(key.value)?.toLowerCase() === ACAC && headerValueIsTrue(findProperty(el, 'value')?.value)) return true;
        }
      }
      // Setter calls in the same function: res.setHeader('Access-Control-Allow-Credentials', 'true').
      const scopeNode: TSESTree.Node = getEnclosingFunction(site.node) ?? sourceCode.ast;
      let found = false;
      const re = /access-control-allow-credentials/gi;
      for (let m = re.exec(text); m && !found; m = re.exec(text)) {
        if (m.index < scopeNode.range[0] || m.index > scopeNode.range[1]) continue;
        const lit = sourceCode.getNodeByRangeIndex(m.index);
        // `if (allowCredentials) { ...origin; credentials } else { '*' }`: the other branch never pairs with this site.
        if (lit && inExclusiveBranches(lit, site.node)) continue;
        const parent = lit?.parent;
        if (parent?.type === 'CallExpression' && parent.arguments[0] === lit && headerValueIsTrue(parent.arguments[1])) found = true;
        if (parent?.type === 'Property' && parent.key === lit && headerValueIsTrue(parent.value)) found = true;
        if (parent?.type === 'MemberExpression' && parent.property === lit && parent.parent?.type === 'AssignmentExpression' && headerValueIsTrue(parent.parent.right)) found = true;
      }
      return found;
    }

    /** Whether a reflected origin is checked against an allowlist before it is used. */
    function isAllowlisted(site: Site, sources: TSESTree.Node[]): boolean {
      const fn = getEnclosingFunction(site.node);
      // An enclosing `if` / ternary whose test looks at the origin: `if (origin && allowed.includes(origin))`.
      for (let cur: TSESTree.Node | undefined = site.node; cur && cur !== fn; cur = cur.parent) {
        const p: TSESTree.Node | undefined = cur.parent;
        if ((p?.type === 'IfStatement' || p?.type === 'ConditionalExpression') && p.test !== cur && /origin|allowed|allowlist|whitelist|trusted/i.test(sourceCode.getText(p.test))) {
          return true;
        }
        if (p?.type === 'LogicalExpression' && p.right === cur && p.operator === '&&' && /origin|allowed/i.test(sourceCode.getText(p.left))) return true;
      }
      // The origin variable is compared or looked up somewhere in the function: allowed.has(origin),
      // origin.endsWith('.example.com'), origin === APP_URL, isAllowedOrigin(origin).
      const ids = new Set<TSESLint.Scope.Variable>();
      const collect = (n: TSESTree.Node) => {
        let cur: TSESTree.Node | undefined = n;
        // Also through a fallback: `const origin = req.headers.get('origin') ?? ''` holds the header too.
        while (
          cur?.parent?.type === 'VariableDeclarator' ||
          cur?.parent?.type === 'AwaitExpression' ||
          cur?.parent?.type === 'TSAsExpression' ||
          cur?.parent?.type === 'TSNonNullExpression' ||
          (cur?.parent?.type === 'LogicalExpression' && cur.parent.operator !== '&&')
        ) {
          if (cur.parent.type === 'VariableDeclarator') {
            if (cur.parent.id.type === 'Identifier') {
              const v = findVariable(sourceCode, cur.parent.id);
              if (v) ids.add(v);
            }
            break;
          }
          cur = cur.parent;
        }
      };
      for (const s of sources) collect(s);
      for (const v of ids) {
        for (const ref of v.references) {
          if (ref.init) continue;
          const id = ref.identifier;
          const p = id.parent;
          if (!p) continue;
          if (p.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(p.operator)) {
            const other = p.left === id ? p.right : p.left;
            if (!(other.type === 'Literal' && other.value === null) && !(other.type === 'Identifier' && other.name === 'undefined')) return true;
          }
          if (p.type === 'CallExpression' && p.arguments.includes(id as TSESTree.CallExpressionArgument) && !SETTERS.has(getCalleeName(p) ?? '')) return true;
          if (p.type === 'MemberExpression' && p.object === id && /^(?:endsWith|startsWith|match|includes|test)$/.test(getPropertyName(p) ?? '')) return true;
          if (p.type === 'SwitchStatement') return true;
        }
      }
      return false;
    }

    /** The request parameter of the enclosing handler: `req` / `request`. */
    function requestParam(node: TSESTree.Node): string | undefined {
      for (let fn = getEnclosingFunction(node); fn; fn = getEnclosingFunction(fn)) {
        const p = fn.params[0];
        const id = p?.type === 'AssignmentPattern' ? p.left : p;
        if (id?.type === 'Identifier' && /^_?(?:req|request|r|incomingRequest)$/i.test(id.name)) return id.name;
      }
      return undefined;
    }

    /** `{ 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }`: a public asset (an OG image, a font, an embed script). */
    function servesStaticAsset(site: Site): boolean {
      if (site.container?.type !== 'ObjectExpression') return false;
      return site.container.properties.some(
        (p) =>
          p.type === 'Property' &&
          /^content-type$/i.test(getPropertyName(p) ?? '') &&
          /^(?:image|font|video|audio)\/|^text\/(?:css|javascript)\b|^application\/(?:javascript|wasm)\b/i.test(getStaticString(p.value) ?? ''),
      );
    }

    /**
     * `{ 'WWW-Authenticate': 'Bearer ...', 'Access-Control-Allow-Origin': '*' }`: an authentication challenge (a
     * 401 carries no data; OAuth / MCP clients in a browser must read it to discover how to sign in).
     */
    function isAuthChallenge(site: Site): boolean {
      if (site.container?.type !== 'ObjectExpression') return false;
      return site.container.properties.some((p) => p.type === 'Property' && /^www-authenticate$/i.test(getPropertyName(p) ?? ''));
    }

    /**
     * `{ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type, Authorization' }` in a shared
     * module (not a route or middleware) that shows no cookie or session use (helper's widget chat answers built in
     * `lib/ai/chat.ts`): the callers it is made for send a bearer header they set themselves, which a browser on another
     * site does not send on its own. Whether the route using it checks that header is judged in the route's own file.
     */
    function allowsBearerHeader(site: Site): boolean {
      if (kind.isEntryPoint || site.container?.type !== 'ObjectExpression' || COOKIE_HINT.test(text)) return false;
      return site.container.properties.some(
        (p) => p.type === 'Property' && /^access-control-allow-headers$/i.test(getPropertyName(p) ?? '') && /\bauthorization\b/i.test(getStaticString(p.value) ?? ''),
      );
    }

    /**
     * `if (origin === '*') headers.set('Access-Control-Allow-Origin', '*')`, `if (allowedOrigins.includes('*'))`: a CORS
     * helper passing on its configured origin.
     */
    function testsConfiguredWildcard(test: TSESTree.Node): boolean {
      const u = unwrap(test);
      if (u.type === 'LogicalExpression') return testsConfiguredWildcard(u.left) || testsConfiguredWildcard(u.right);
      if (u.type === 'BinaryExpression' && (u.operator === '===' || u.operator === '==')) return getStaticString(u.left) === '*' || getStaticString(u.right) === '*';
      if (u.type === 'CallExpression' && u.callee.type === 'MemberExpression') {
        return /^(?:includes|has)$/.test(getPropertyName(u.callee) ?? '') && getStaticString(u.arguments[0]) === '*';
      }
      return false;
    }

    function echoesConfiguredWildcard(node: TSESTree.Node): boolean {
      for (let cur: TSESTree.Node | undefined = node; cur?.parent && !isFunction(cur); cur = cur.parent) {
        const p: TSESTree.Node = cur.parent;
        if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.consequent === cur) {
          if (testsConfiguredWildcard(p.test)) return true;
        }
      }
      return false;
    }

    /**
     * The `source` of the next.config headers() entries that list a header object by name, when every use of
     * the name is in such a list with a static source and all of them are static files (one of them is
     * returned); otherwise undefined.
     */
    function listedSource(id: TSESTree.Identifier): string | undefined {
      const variable = findVariable(sourceCode, id);
      if (!variable || variable.defs.length !== 1) return undefined;
      const sources: string[] = [];
      for (const ref of variable.references) {
        if (ref.identifier === id) continue;
        const list = ref.identifier.parent;
        const prop = list?.type === 'ArrayExpression' ? list.parent : undefined;
        const entry = prop?.type === 'Property' && getPropertyName(prop) === 'headers' ? prop.parent : undefined;
        if (entry?.type !== 'ObjectExpression') return undefined;
        const src = findProperty(entry, 'source');
        const value = src ? getStaticString(src.value) : undefined;
        if (value === undefined || (!STATIC_SOURCE.test(value) && API_OR_CATCH_ALL.test(value))) return undefined;
        sources.push(value);
      }
      return sources[0];
    }

    /**
     * A header object used only by rewrites to a public path: umami's Docker middleware sends `apiHeaders` with
     * `NextResponse.rewrite(url, { headers: apiHeaders })` after `url.pathname = COLLECT_PATH` ('/api/send', its
     * tracking beacon). The target is read from a literal, `new URL('/api/send', req.url)`, or the `pathname` the
     * function assigns; it is public when a route file at that path would match `publicPaths`.
     */
    function rewritesToPublicPath(id: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode, id);
      if (!variable || variable.defs.length !== 1) return false;
      const uses = variable.references.filter((ref) => ref.identifier !== id);
      return (
        uses.length > 0 &&
        uses.every((ref) => {
          const prop = ref.identifier.parent;
          const init = prop?.type === 'Property' && prop.value === ref.identifier && getPropertyName(prop) === 'headers' ? prop.parent : undefined;
          const call = init?.parent;
          if (call?.type !== 'CallExpression' || call.arguments[1] !== init || getCalleeName(call) !== 'rewrite') return false;
          const path = rewritePath(call.arguments[0], call);
          return path !== undefined && matchesAnyGlob(`app${path.replace(/\/+$/, '')}/route.ts`, options.publicPaths ?? DEFAULT_PUBLIC_PATHS);
        })
      );
    }

    function rewritePath(arg: TSESTree.Node | undefined, call: TSESTree.CallExpression): string | undefined {
      if (!arg || arg.type === 'SpreadElement') return undefined;
      const u = unwrap(arg);
      const pathOf = (n: TSESTree.Node | null | undefined): string | undefined => {
        if (!n) return undefined;
        const v = unwrap(n);
        const str = getStaticString(v) ?? (v.type === 'Identifier' ? getStaticString(getConstInit(sourceCode, v)) : undefined);
        return str?.replace(/^https?:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
      };
      if (u.type === 'NewExpression' && getCalleeName(u) === 'URL') return pathOf(u.arguments[0]);
      if (u.type !== 'Identifier') return pathOf(u);
      // `url.pathname = COLLECT_PATH` before the rewrite, in the same function: one assignment, else unknown.
      const variable = findVariable(sourceCode, u);
      const fn = getEnclosingFunction(call);
      let path: string | undefined;
      let assignments = 0;
      for (const ref of variable?.references ?? []) {
        const member = ref.identifier.parent;
        const assign = member?.parent;
        if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || assign?.type !== 'AssignmentExpression' || assign.left !== member) continue;
        if (getPropertyName(member) !== 'pathname' || !fn || !isWithin(assign, fn)) continue;
        assignments++;
        path = pathOf(assign.right);
      }
      return assignments === 1 ? path : undefined;
    }

    /**
     * `app.use('/api/widgets/:widgetKey', cors({ origin: '*' }))`: the cors() middleware mounted on a literal
     * path whose segments say it is public by design ({@link PUBLIC_MOUNT_WORD}, {@link PUBLIC_MOUNT_SEGMENT}).
     * `app.use(cors())` with no path covers the whole API and is still reported.
     */
    function mountedOnPublicPath(call: TSESTree.CallExpression): boolean {
      const parent = call.parent;
      if (parent?.type !== 'CallExpression' || parent.callee.type !== 'MemberExpression') return false;
      if (!MOUNT_METHOD.test(getPropertyName(parent.callee) ?? '')) return false;
      const index = parent.arguments.indexOf(call);
      const first = parent.arguments[0];
      if (index < 1 || !first) return false;
      const path = getStaticString(first);
      if (!path) return false;
      return path.split('/').some((segment) => PUBLIC_MOUNT_SEGMENT.test(segment) || segment.split(/[-_.]/).some((w) => PUBLIC_MOUNT_WORD.test(w)));
    }

    /**
     * `export async function OPTIONS() { return new NextResponse(null, { headers: { 'Access-Control-Allow-Origin': '*' } }) }`
     * in a route file that sets the header nowhere else: only the preflight says `*`; the route's real answers carry no
     * `Access-Control-Allow-Origin`, so no other site can read them (searchfindr's bearer-token compare route).
     */
    function preflightOnly(site: Site): boolean {
      if (!kind.isAppRoute) return false;
      const fn = getEnclosingFunction(site.node);
      if (!fn) return false;
      let named: TSESTree.Node | undefined;
      if (fn.type === 'FunctionDeclaration') named = fn;
      else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn) named = fn.parent;
      const name = named?.type === 'FunctionDeclaration' ? named.id?.name : named?.type === 'VariableDeclarator' && named.id.type === 'Identifier' ? named.id.name : undefined;
      if (name !== 'OPTIONS') return false;
      const exported = named?.type === 'FunctionDeclaration' ? named.parent : named?.parent?.parent;
      if (exported?.type !== 'ExportNamedDeclaration') return false;
      return (sourceCode.text.match(/access-control-allow-origin/gi) ?? []).length === 1;
    }

    /**
     * Set only outside production: in the branch of a test that holds only there (`if (process.env.NODE_ENV === 'development'
     * && ...)`, better-auth's demo answering local OAuth and MCP clients with `*`), or in a function that leaves at once in
     * production. Production answers never carry the header.
     */
    function onlyOutsideProduction(node: TSESTree.Node): boolean {
      for (let child: TSESTree.Node = node, p = node.parent; p; child = p, p = p.parent) {
        if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.consequent === child && isNonProductionTest(p.test)) return true;
        if (isFunction(p)) return runsOnlyOutsideProduction(p);
      }
      return false;
    }

    function check(site: Site): void {
      if (onlyOutsideProduction(site.node)) return;
      const credentials = hasCredentials(site);
      const value = unwrap(site.value);
      let messageId: MessageIds | undefined;
      if (site.corsPackage && value.type === 'Literal' && value.value === true) {
        messageId = credentials ? 'reflectedOriginWithCredentials' : 'reflectedOrigin';
      } else if (getStaticString(value) === '*') {
        if (credentials) messageId = 'wildcardWithCredentials';
        else {
          if (publicPath) return;
          if (site.corsPackage?.call && mountedOnPublicPath(site.corsPackage.call)) return;
          if (site.source !== undefined && (STATIC_SOURCE.test(site.source) || !API_OR_CATCH_ALL.test(site.source))) return;
          if (site.container && site.source === undefined && (isNextConfig || site.container.type === 'ObjectExpression')) {
            const holder = site.container.parent;
            if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' && (STATIC_LIST_NAME.test(holder.id.name) || rewritesToPublicPath(holder.id))) return;
          }
          if (!options.reportPublicReads && isPublicReadRoute()) return;
          if (isHeaderCredentialRoute() || allowsBearerHeader(site)) return;
          if (servesStaticAsset(site) || isAuthChallenge(site) || echoesConfiguredWildcard(site.node)) return;
          if (preflightOnly(site)) return;
          messageId = 'wildcard';
        }
      } else {
        const sources = getValueSources(sourceCode, site.value);
        const reflected = sources.filter(isOriginRead);
        if (reflected.length === 0) return;
        if (isAllowlisted(site, reflected)) return;
        messageId = credentials ? 'reflectedOriginWithCredentials' : 'reflectedOrigin';
      }
      context.report({ node: site.node, messageId, suggest: suggestions(site) });
    }

    function suggestions(site: Site): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const fix = site.fix;
      if (!fix || isNextConfig) return [];
      const req = requestParam(site.node);
      if (!req) return [];
      const originExpr = fix.node || kind.isPagesApi ? `${req}.headers.origin` : `${req}.headers.get('origin')`;
      if (fix.with === 'spread') {
        // A file with its own `corsHeaders` (or `applyCors`): a header object (the usual meaning of the name) or the
        // app's function (here the one being reported, recursively). Calling that name would reach it, not the helper.
        if (!canCallHelper(sourceCode, fix.replace, 'corsHeaders')) return [];
        const call = `corsHeaders(${originExpr})`;
        return [
          {
            messageId: 'useAllowlist',
            data: { call },
            fix: (fixer) => [fixer.replaceText(fix.replace, `...${call}`), ...helperFixes(context, fixer, 'no-wildcard-cors', ['corsHeaders'])],
          },
        ];
      }
      if (!fix.target || !canCallHelper(sourceCode, fix.replace, 'applyCors')) return [];
      const call = `applyCors(${sourceCode.getText(fix.target)}, ${originExpr})`;
      return [
        {
          messageId: 'useAllowlist',
          data: { call },
          fix: (fixer) => [fixer.replaceText(fix.replace, call), ...helperFixes(context, fixer, 'no-wildcard-cors', ['applyCors'])],
        },
      ];
    }

    /** Headers of an outgoing request: `fetch(url, { headers: {...} })`, `axios.post(url, body, { headers })`, `new Request(url, { headers })`. */
    function isOutgoingRequestHeaders(obj: TSESTree.ObjectExpression): boolean {
      const prop = obj.parent;
      if (prop?.type !== 'Property' || prop.value !== obj || getPropertyName(prop) !== 'headers') return false;
      const init = prop.parent;
      const call = init?.parent;
      if (init?.type !== 'ObjectExpression' || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || !call.arguments.includes(init)) return false;
      const name = getCalleeName(call) ?? '';
      if (call.type === 'NewExpression') return name === 'Request';
      const root = getRootIdentifier(call.callee)?.name ?? '';
      return /^(?:fetch|ofetch|\$fetch|got|ky)$/.test(name) || (/^(?:axios|got|ky|http|api|client)$/i.test(root) && /^(?:get|post|put|patch|delete|request|head)$/.test(name));
    }

    const visitors: TSESLint.RuleListener = {};
    if (hasAcao) {
      // { 'Access-Control-Allow-Origin': '*' } and next.config { key: 'Access-Control-Allow-Origin', value: '*' }
      visitors.Property = (node) => {
        const name = getPropertyName(node);
        if (!name) return;
        const lower = name.toLowerCase();
        if (lower === ACAO && node.parent?.type === 'ObjectExpression') {
          // `fetch(url, { headers: { 'Access-Control-Allow-Origin': '*' } })`: a request header sent to
          // another API (a no-op there), not a response of this app (openstatus' Opsgenie client).
          if (isOutgoingRequestHeaders(node.parent)) return;
          check({
            node,
            value: node.value,
            container: node.parent,
            fix: { replace: node, with: 'spread', node: false },
          });
          return;
        }
        if (name === 'key' && getStaticString(node.value)?.toLowerCase() === ACAO && node.parent?.type === 'ObjectExpression') {
          const valueProp = findProperty(node.parent, 'value');
          if (!valueProp) return;
          const container = node.parent.parent?.type === 'ArrayExpression' ? node.parent.parent : undefined;
          // The `source` of the headers() entry: { source: '/api/:path*', headers: [ ... ] }
          let source: string | undefined;
          const entry = container?.parent?.type === 'Property' ? container.parent.parent : undefined;
          if (entry?.type === 'ObjectExpression') {
            const src = findProperty(entry, 'source');
            source = src ? getStaticString(src.value) : undefined;
          } else if (!container && node.parent.parent?.type === 'VariableDeclarator' && node.parent.parent.id.type === 'Identifier') {
            // `const ACAO_HEADER = { key: 'Access-Control-Allow-Origin', value: '*' }` listed by name in headers()
            // entries (cal.com's next.config: only `{ source: '/icons/sprite.svg', headers: [..., ACAO_HEADER] }`):
            // the sources of the entries that list it, when every use is such a listing.
            source = listedSource(node.parent.parent.id);
          }
          check({ node: valueProp.value, value: valueProp.value, container, source });
        }
      };
      // headers.set('Access-Control-Allow-Origin', '*'), res.setHeader(...), res.header(...)
      visitors['CallExpression[arguments.length>=2][callee.type="MemberExpression"]'] = (node: TSESTree.CallExpression) => {
        const method = getCalleeName(node);
        if (!method || !SETTERS.has(method)) return;
        if (getStaticString(node.arguments[0])?.toLowerCase() !== ACAO) return;
        const value = node.arguments[1];
        if (!value || value.type === 'SpreadElement') return;
        const callee = node.callee as TSESTree.MemberExpression;
        const statement = node.parent?.type === 'ExpressionStatement';
        check({
          node: value,
          value,
          fix: statement ? { replace: node, with: 'apply', target: callee.object, node: method === 'setHeader' } : undefined,
        });
      };
      // corsHeaders['Access-Control-Allow-Origin'] = origin
      visitors['AssignmentExpression[left.type="MemberExpression"][left.computed=true]'] = (node: TSESTree.AssignmentExpression) => {
        const left = node.left as TSESTree.MemberExpression;
        if (getStaticString(left.property)?.toLowerCase() !== ACAO) return;
        check({ node: node.right, value: node.right });
      };
      // new Headers([['Access-Control-Allow-Origin', '*']])
      visitors['ArrayExpression[elements.length=2]'] = (node: TSESTree.ArrayExpression) => {
        const [k, v] = node.elements;
        if (!k || !v || v.type === 'SpreadElement' || getStaticString(k)?.toLowerCase() !== ACAO) return;
        check({ node: v, value: v, container: node.parent?.type === 'ArrayExpression' ? node.parent : undefined });
      };
    }
    if (hasCorsPkg) {
      // cors({ origin: '*' }), cors({ origin: true, credentials: true }), NextCors(req, res, { origin: '*' }), cors(),
      // Hono's cors({ origin: '*' }) from 'hono/cors'
      visitors.CallExpression = (node) => {
        const callee = unwrap(node.callee);
        if (callee.type !== 'Identifier') return;
        let source = getImportSource(sourceCode, callee);
        if (source === undefined) {
          // const cors = require('cors')
          const init = getBindingValues(sourceCode, callee)?.[0];
          const u = init ? unwrap(init) : undefined;
          if (u?.type === 'CallExpression' && getCalleeName(u) === 'require') source = getStaticString(u.arguments[0]);
        }
        if (source !== 'cors' && source !== 'nextjs-cors' && source !== '@fastify/cors' && source !== 'hono/cors') return;
        // The options object, inline or through a const (`const corsOptions = { origin: (o, cb) => ... }; cors(corsOptions)`).
        const asOptions = (a: TSESTree.Node): TSESTree.ObjectExpression | undefined => {
          const u = unwrap(a);
          if (u.type === 'ObjectExpression') return u;
          const init = u.type === 'Identifier' ? getConstInit(sourceCode, u) : undefined;
          const v = init ? unwrap(init) : undefined;
          return v?.type === 'ObjectExpression' ? v : undefined;
        };
        const optionsArg = [...node.arguments].reverse().map(asOptions).find((o) => !!o);
        // `cors(options)` with options we cannot see (a parameter, a call, an import): its origin is unknown.
        if (!optionsArg && (source === 'cors' || source === 'hono/cors') && node.arguments.length > 0) return;
        // Hono apps mount `cors()` on public routers (an OpenAPI document, status pages): only the
        // credentialed wildcard is a misconfiguration there.
        if (source === 'hono/cors') {
          const credentials = optionsArg ? findProperty(optionsArg, 'credentials') : undefined;
          if (!(credentials?.value.type === 'Literal' && credentials.value.value === true)) return;
        }
        const origin = optionsArg ? findProperty(optionsArg, 'origin') : undefined;
        if (!origin) {
          // cors() with no origin option answers `*` (the default of `cors`, and of Hono's `hono/cors`).
          if ((source === 'cors' || source === 'hono/cors') && !optionsArg?.properties.some((p) => p.type === 'SpreadElement')) {
            const synthetic = { type: 'Literal', value: '*', raw: "'*'", range: node.range, loc: node.loc, parent: node } as unknown as TSESTree.Literal;
            check({ node: node.callee, value: synthetic, corsPackage: { options: optionsArg, call: node } });
          }
          return;
        }
        if (isFunction(origin.value)) return;
        check({ node: origin, value: origin.value, corsPackage: { options: optionsArg, call: node } });
      };
    }
    return visitors;
  },
});
