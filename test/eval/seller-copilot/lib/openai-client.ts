/* prodready-expect: no-hardcoded-secret */
import OpenAI from 'openai';

export const openai = new OpenAI({
  apiKey: 'sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW0xY5zA2bC7dE4fG9hJ1kL3mN',
  timeout: 30_000,
});
