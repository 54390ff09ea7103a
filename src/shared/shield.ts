/**
 * graphql-shield, loaded through its CommonJS build.
 *
 * Its ESM build does `import { isUndefined } from 'util'`, which Node 23+ removed, so importing it
 * fails at link time. The CJS build reads `util.isUndefined` only inside `chain()` and `race()`,
 * which Latchkey does not use. graphql-middleware is loaded the same way, because it recognises
 * shield's middleware by `instanceof`, which fails across its ESM and CJS builds.
 * Import both from here, never from the packages directly.
 */
import { createRequire } from 'node:module';
import type * as GraphQLMiddleware from 'graphql-middleware';
import type * as GraphQLShield from 'graphql-shield';

const require = createRequire(import.meta.url);
const shieldModule = require('graphql-shield') as typeof GraphQLShield;

const middlewareModule = require('graphql-middleware') as typeof GraphQLMiddleware;

export const { shield, rule, allow, deny } = shieldModule;
export const { applyMiddleware } = middlewareModule;
