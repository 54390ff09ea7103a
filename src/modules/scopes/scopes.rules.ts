import { allow } from '../../shared/shield.js';

/** The catalog is documentation: anyone may read it, signed in or not. */
export const scopesRules = {
  Query: { scopes: allow },
  Scope: { '*': allow },
};
