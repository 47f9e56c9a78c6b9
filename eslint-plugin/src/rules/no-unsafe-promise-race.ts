// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'no-unsafe-promise-race',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) no-unsafe-promise-race', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
