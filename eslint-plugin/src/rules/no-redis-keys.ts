import type { TSESTree } from '@typescript-eslint/utils';
import {
  createRule,
  getBindingValues,
  getCalleeName,
  getDottedName,
  getImportSource,
  getRootIdentifier,
  getStaticString,
  canCallHelper,
  helperFixes,
  unwrap,
  getFileKind,
} from '../utils';
import { isTestLikeFile } from '../utils/secret-vocab';

const REDIS_MODULES = /^(?:@upstash\/redis|ioredis|redis|@redis\/client|@vercel\/kv|iovalkey|@valkey\/valkey-glide)(?:\/|$)/;
const REDIS_NAME = /(?:^|[^a-z])(?:redis|kv|valkey|upstash)|Redis|Kv|KV/;
const REDIS_FACTORY = /^(?:Redis|Cluster|createClient|createCluster|fromEnv|createRedis|createKV|Valkey)$/;

type Options = [{ clientNames?: string[] }];

export default createRule<Options, 'keys' | 'useScan'>({
  name: 'no-redis-keys',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Redis KEYS command in application code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      keys:
        'Redis KEYS walks the whole keyspace in one blocking command: on a production Redis it stalls every other client for as long as it runs. Iterate with SCAN instead.',
      useScan: 'Replace with the SCAN-based collectKeys() helper (adds it to this file or imports it).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          clientNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra variable names that hold a Redis client.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ clientNames: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    if (!/keys|KEYS/.test(sourceCode.text)) return {};
    // Tests reset their own Redis between cases; KEYS there blocks no production traffic.
    const kind = getFileKind(context);
    if (kind.isTest || isTestLikeFile(kind.filename)) return {};
    const extraNames = new Set(options.clientNames ?? []);

    /** Whether the object a method is called on is a Redis client (by import, construction or name). */
    function isRedisClient(node: TSESTree.Node): boolean {
      const root = getRootIdentifier(node);
      if (!root) {
        // `this.redis.keys(pattern)`: a class's field named for its Redis client (chimera-leads' CacheManager,
        // `private redis: Redis`).
        const u = unwrap(node);
        return u.type === 'MemberExpression' && unwrap(u.object).type === 'ThisExpression' && !u.computed && u.property.type === 'Identifier' && (REDIS_NAME.test(u.property.name) || extraNames.has(u.property.name));
      }
      if (extraNames.has(root.name)) return true;
      const source = getImportSource(sourceCode, root);
      if (source !== undefined) return REDIS_MODULES.test(source) || REDIS_NAME.test(root.name);
      const values = getBindingValues(sourceCode, root);
      if (values) {
        for (const v of values) {
          const u = unwrap(v, { await: true });
          if ((u.type === 'NewExpression' || u.type === 'CallExpression') && REDIS_FACTORY.test(getCalleeName(u) ?? '')) {
            return true;
          }
          // `const client = await initializeRedisClient()`, `getRedis()`: a function named for the client it returns.
          if (u.type === 'CallExpression' && u.callee.type === 'Identifier' && REDIS_NAME.test(u.callee.name)) return true;
        }
      }
      return REDIS_NAME.test(getDottedName(unwrap(node)) ?? root.name);
    }

    return {
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:keys|KEYS|sendCommand|call|send_command|command)$/]'(node: TSESTree.CallExpression) {
        const callee = node.callee as TSESTree.MemberExpression;
        const method = getCalleeName(node);
        if (!method) return;
        if (method === 'keys' || method === 'KEYS') {
          // redis.keys('user:*') — one pattern argument; Object.keys(x) and map.keys() are not Redis.
          if (node.arguments.length !== 1) return;
          const objectName = getDottedName(callee.object);
          if (objectName === 'Object' || objectName === 'Reflect') return;
          const arg = node.arguments[0]!;
          if (arg.type === 'SpreadElement') return;
          const a = unwrap(arg);
          const isPattern = a.type === 'Literal' ? typeof a.value === 'string' : a.type === 'TemplateLiteral' || a.type === 'Identifier' || a.type === 'BinaryExpression';
          if (!isPattern || !isRedisClient(callee.object)) return;
          context.report({
            node: callee.property,
            messageId: 'keys',
            suggest:
              (callee.object.type === 'Identifier' || callee.object.type === 'MemberExpression') && canCallHelper(sourceCode, node, 'collectKeys')
                ? [
                    {
                      messageId: 'useScan',
                      fix: (fixer) => [
                        fixer.replaceText(
                          node,
                          `collectKeys(${sourceCode.getText(callee.object)}, ${sourceCode.getText(arg)})`,
                        ),
                        ...helperFixes(context, fixer, 'no-redis-keys', ['collectKeys']),
                      ],
                    },
                  ]
                : [],
          });
          return;
        }
        // redis.sendCommand(['KEYS', '*']), redis.call('KEYS', '*'), client.send_command('keys', ...)
        if (method === 'sendCommand' || method === 'call' || method === 'send_command' || method === 'command') {
          const first = node.arguments[0];
          const cmd =
            first?.type === 'ArrayExpression' ? getStaticString(first.elements[0] ?? null) : getStaticString(first);
          if (cmd?.toUpperCase() === 'KEYS' && isRedisClient(callee.object)) {
            context.report({ node: first!, messageId: 'keys', suggest: [] });
          }
        }
      },
    };
  },
});
