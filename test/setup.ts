// Rules contain their own errors for users (eslint-plugin/src/utils/create-rule.ts); tests must see every crash.
process.env.PRODREADY_STRICT = '1';

import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

// @typescript-eslint/rule-tester runs under any test framework that provides these hooks.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
