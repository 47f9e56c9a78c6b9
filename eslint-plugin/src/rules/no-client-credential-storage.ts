// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'no-client-credential-storage',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) no-client-credential-storage', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
