import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, getCalleeName, getDottedName, getRootIdentifier, unwrap } from './ast';
import { getImportSource } from './data-flow';

/** Modules whose imports are schema validators. */
export const VALIDATOR_MODULES = /^(?:zod(?:\/.*)?|valibot|yup|joi|@hapi\/joi|superstruct|arktype|typia|@sinclair\/typebox(?:\/.*)?|ajv|class-validator|io-ts|runtypes|effect|@effect\/schema|zod-form-data|@conform-to\/zod|next-safe-action|@vinejs\/vine|express-validator)$/;

/** Method names that run a schema over a value. */
export const VALIDATE_METHODS = new Set([
  'parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'spa', 'validate', 'validateSync', 'validateAsync', 'isValid',
  'isValidSync', 'cast', 'assert', 'assertEquals', 'is', 'decode', 'check', 'Check', 'Decode', 'Parse', 'create', 'mask',
  'parseWithZod', 'decodeUnknownSync', 'decodeUnknown',
]);
/** Free functions that validate (valibot parse(schema, x), superstruct assert(x, S), typia.assert<T>(x)...). */
export const VALIDATE_FUNCTIONS = new Set([
  'parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'assert', 'validate', 'is', 'create', 'mask', 'validateOrReject',
  'validateSync', 'plainToInstance', 'parseWithZod', 'v', 'check',
]);
/** Names of local helpers that plainly validate: validateBody, parseBody, validateInput, isValidPayload, a type guard `isValidProductCode(code)`... */
export const VALIDATOR_NAME = /^(?:validate|parse|sanitize|check|assert|verify)[A-Z_]\w*(?:Body|Input|Payload|Data|Request|Params|Form|Schema|Fields|Args)?$|^(?:isValid|validate|parseBody|parseRequest|parseJson|validateRequest|validateBody)$|^isValid[A-Z]\w*$|Schema$/;

/**
 * A check of a credential, not of a value's shape: `verifyVerificationCode(email, code)`, `verifyOtp`, `checkPassword`,
 * `validateTurnstileToken`. It answers whether a secret matches; the other values it is handed (the email looked up) are
 * as unvalidated as before. A signature check (`verifyQstashSignature({ req, rawBody })`, dub's cron jobs) is not one:
 * it authenticates the whole body it signs as the sender's own message, like a webhook's.
 */
export const CREDENTIAL_CHECK_NAME = /^(?:verify|check|validate)\w*?(?:Code|Otp|OTP|Token|Password|Passcode|Pin|Captcha|CAPTCHA|Turnstile|Secret|ApiKey|Jwt|JWT|Session|Auth|Credentials?|Totp|TOTP|Mfa|MFA|TwoFactor|Nonce|Hash)(?:[A-Z_\d]|$)/;

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Whether a call runs schema validation over its arguments: `Schema.parse(x)`, `schema.safeParse(x)`,
 * `parse(Schema, x)` (valibot), `schema.validate(x)` (yup / joi), `assert(x, Struct)` (superstruct),
 * `typia.assert<T>(x)`, an arktype type called on a value, or a name from `extraNames` / `extraPatterns`.
 */
export function isValidatorCall(
  call: TSESTree.CallExpression,
  context: Context,
  extraNames: ReadonlySet<string> = new Set(),
  extraPatterns: readonly RegExp[] = [],
): boolean {
  try {
    const name = getCalleeName(call);
    if (!name) return false;
    const callee = unwrap(call.callee);
    const dotted = getDottedName(callee) ?? name;
    if (extraNames.has(name) || extraNames.has(dotted) || extraPatterns.some((r) => r.test(dotted))) return true;
    const root = getRootIdentifier(callee);
    const source = root ? getImportSource(context.sourceCode, root) : undefined;
    if (callee.type === 'MemberExpression') {
      if (VALIDATE_METHODS.has(name)) {
        // Schema.parse / schema.safeParse / z.object(...).parse / userSchema.validate
        if (name === 'parse' && /^(?:JSON|Date|URL|path|qs|querystring|cookie|Papa|yaml|YAML|toml|csv)$/.test(dotted.split('.')[0] ?? '')) return false;
        if (name === 'create' || name === 'is' || name === 'check' || name === 'decode' || name === 'cast' || name === 'mask') {
          return (source !== undefined && VALIDATOR_MODULES.test(source)) || /schema|validator|typia|struct/i.test(dotted);
        }
        if (name === 'validate' || name === 'assert' || name === 'isValid') {
          return (source !== undefined && VALIDATOR_MODULES.test(source)) || /schema|validator|typia|joi|yup|struct|ajv|Body|Input|Payload|Request/i.test(dotted);
        }
        return true;
      }
      // A type guard named as one on the app's helper object, `validation.isValidEmail(email)` (ailaunch-space's
      // newsletter route): the same check as a free `isValidEmail(email)`.
      if (/^isValid[A-Z]\w*$/.test(name)) return true;
      return false;
    }
    // The AI SDK's own check of client messages against the message schema: `await safeValidateUIMessages({ messages })`.
    if (source === 'ai' && /^(?:safeV|v)alidateUIMessages$/.test(name)) return true;
    // Free functions: valibot parse(Schema, x), superstruct assert(x, S), a local validateBody(x).
    if (VALIDATE_FUNCTIONS.has(name) && source !== undefined && VALIDATOR_MODULES.test(source)) return true;
    if (VALIDATOR_NAME.test(name) && !/^(?:parseInt|parseFloat|parse)$/.test(name) && !CREDENTIAL_CHECK_NAME.test(name)) return true;
    // arktype: const User = type({...}); User(x)
    if (source !== undefined && /^(?:arktype)$/.test(source)) return true;
    if (callee.type === 'Identifier' && isLocalTypeGuard(context.sourceCode, callee)) return true;
    return false;
  } catch {
    return false;
  }
}

/**
 * A type guard the file declares and that checks at run time: `function isLeadPayload(value: unknown): value is
 * LeadPayload { return typeof value === 'object' && ... }`. Its predicate is what the caller relies on; one
 * that checks nothing (`return true`) or only asserts (`asserts x`, no type) does not count.
 */
function isLocalTypeGuard(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): boolean {
  const def = findVariable(sourceCode, id)?.defs[0];
  let fn: TSESTree.Node | undefined;
  if (def?.type === 'FunctionName') fn = def.node;
  else if (def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).init) fn = unwrap((def.node as TSESTree.VariableDeclarator).init!);
  if (!fn || (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return false;
  const predicate = fn.returnType?.typeAnnotation;
  if (predicate?.type !== 'TSTypePredicate' || !predicate.typeAnnotation) return false;
  const body = sourceCode.getText(fn.body);
  if (/\btypeof\b|\binstanceof\b|Array\.isArray\(|\bin\s+\w/.test(body)) return true;
  // `role === 'admin' || role === 'member'`: the value itself equal to a literal (giselle's isTeamRole); a member
  // of it (`value.type === 'lead'`) checks one field of an object, not the object.
  const param = fn.params[0];
  if (param?.type !== 'Identifier' || predicate.parameterName.type !== 'Identifier' || predicate.parameterName.name !== param.name) return false;
  return new RegExp(`(?<![\\w$.])${param.name.replace(/\$/g, '\\$')}\\s*===\\s*['"\`]`).test(body);
}
