// The shapes the web app reads from the GraphQL API, by name.
export type * from './types.js';
