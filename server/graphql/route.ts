// Mounts the GraphQL endpoint on the app's router.
import type { Database } from '../../graph/db.js';
import type { Route } from '../app.js';
import { GRAPHIQL_CSP } from './graphiql.js';
import { createGraphQL, GRAPHQL_PATH } from './yoga.js';

export function graphqlRoute(db: Database, production = false): Route {
  const yoga = createGraphQL({ db, production });
  return async (req, res, url) => {
    if (url.pathname !== GRAPHQL_PATH) return false;
    if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
      res.setHeader('content-security-policy', GRAPHIQL_CSP);
    }
    await yoga.handle(req, res);
    return true;
  };
}
