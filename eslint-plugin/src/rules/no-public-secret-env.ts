// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'no-public-secret-env',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) no-public-secret-env', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
