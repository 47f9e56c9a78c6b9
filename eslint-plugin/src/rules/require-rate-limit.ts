// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'require-rate-limit',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) require-rate-limit', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
