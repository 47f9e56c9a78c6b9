// PLACEHOLDER: not implemented yet (reports nothing). Replace with the real rule.
import { createRule } from '../utils';

export default createRule({
  name: 'no-timing-unsafe-compare',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow (placeholder) no-timing-unsafe-compare', recommended: false },
    messages: { placeholder: 'placeholder {{x}}' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
