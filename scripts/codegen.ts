// `npm run codegen`: TypeScript types from server/graphql/schema.graphql into server/generated/.
// Run before typecheck (npm test does); the output is gitignored and rebuilt from the SDL.
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

await generate({ ...config, cwd: process.cwd(), silent: true }, true);
console.log('GraphQL types generated in server/generated/');
