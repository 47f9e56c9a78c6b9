// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'no-raw-error-response',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) no-raw-error-response', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
