// The whole configuration a Next.js app needs: the recommended set, with its parser and file globs.
import prodready from 'eslint-plugin-prodready';

export default [prodready.configs.recommended];
