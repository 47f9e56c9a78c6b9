import { RuleTester } from '@typescript-eslint/rule-tester';

/**
 * The RuleTester every rule test uses: the typescript-eslint parser with JSX, as the plugin's configs
 * set it. Give each case a `filename` (e.g. `app/api/chat/route.ts`): rules scope themselves by it.
 * Cases without one are linted as `file.ts`, which no server-only rule treats as server code.
 */
export const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

/** Common file names for test cases. */
export const FILES = {
  route: 'app/api/example/route.ts',
  srcRoute: 'src/app/api/example/route.ts',
  jsRoute: 'app/api/example/route.js',
  pagesApi: 'pages/api/example.ts',
  middleware: 'middleware.ts',
  action: 'app/actions.ts',
  lib: 'lib/example.ts',
  component: 'components/Example.tsx',
  page: 'app/example/page.tsx',
} as const;
