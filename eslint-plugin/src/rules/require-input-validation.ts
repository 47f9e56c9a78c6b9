// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'require-input-validation',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) require-input-validation', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
