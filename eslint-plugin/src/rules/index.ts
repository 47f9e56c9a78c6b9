// The rule registry. Every rule file in this folder is listed here, keyed by its file name.
import noModuleState from './no-module-state';
import noRawErrorResponse from './no-raw-error-response';
import requireRouteAuth from './require-route-auth';
import noClientCredentialStorage from './no-client-credential-storage';
import noUnsafePromiseRace from './no-unsafe-promise-race';
import requireRequestTimeout from './require-request-timeout';
import noWildcardCors from './no-wildcard-cors';
import noUnvalidatedEnv from './no-unvalidated-env';
import requireWebhookVerification from './require-webhook-verification';
import noTimingUnsafeCompare from './no-timing-unsafe-compare';
import noSqlInterpolation from './no-sql-interpolation';
import requireRateLimit from './require-rate-limit';
import requireInputValidation from './require-input-validation';
import noInsecureRandomId from './no-insecure-random-id';
import noQueryInLoop from './no-query-in-loop';
import noRedisKeys from './no-redis-keys';
import noAuthBypass from './no-auth-bypass';
import noHardcodedSecret from './no-hardcoded-secret';
import noPublicSecretEnv from './no-public-secret-env';

export const rules = {
  'no-module-state': noModuleState,
  'no-raw-error-response': noRawErrorResponse,
  'require-route-auth': requireRouteAuth,
  'no-client-credential-storage': noClientCredentialStorage,
  'no-unsafe-promise-race': noUnsafePromiseRace,
  'require-request-timeout': requireRequestTimeout,
  'no-wildcard-cors': noWildcardCors,
  'no-unvalidated-env': noUnvalidatedEnv,
  'require-webhook-verification': requireWebhookVerification,
  'no-timing-unsafe-compare': noTimingUnsafeCompare,
  'no-sql-interpolation': noSqlInterpolation,
  'require-rate-limit': requireRateLimit,
  'require-input-validation': requireInputValidation,
  'no-insecure-random-id': noInsecureRandomId,
  'no-query-in-loop': noQueryInLoop,
  'no-redis-keys': noRedisKeys,
  'no-auth-bypass': noAuthBypass,
  'no-hardcoded-secret': noHardcodedSecret,
  'no-public-secret-env': noPublicSecretEnv,
};

export type RuleId = keyof typeof rules;
