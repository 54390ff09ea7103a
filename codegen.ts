/**
 * Typed documents, generated from the committed SDL by `npm run codegen`:
 * - every `graphql(...)` document in portal/src, into portal/src/gql (the portal's client preset);
 * - every `graphql(...)` document in the integration tests, into test/helpers/gql, which the test
 *   harness's `gql` reads result and variables types from.
 * Both folders are committed; `npm run check:codegen` regenerates them under a temporary folder and
 * fails when the committed files differ.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where to write, before each folder's path; `check:codegen` points this elsewhere to compare without touching the tree. */
const outputRoot = process.env.LATCHKEY_CODEGEN_OUT ?? '';

/** Shared by both outputs. */
const typesConfig = {
  // Documents are plain strings: the portal posts them as-is, with no GraphQL parser in its bundle,
  // and the tests post them the same way.
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: {
    DateTime: 'string',
    SafeInt: 'number',
    JSONObject: 'Record<string, unknown>',
  },
} as const;

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    [`${outputRoot}portal/src/gql/`]: {
      documents: ['portal/src/**/*.{ts,tsx}', '!portal/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
    [`${outputRoot}test/helpers/gql/`]: {
      documents: ['test/integration/**/*.ts', 'test/helpers/*.ts'],
      preset: 'client',
      // The tests import with Node's ESM resolution: `./graphql.js`, not `./graphql`.
      presetConfig: { fragmentMasking: false },
      config: { ...typesConfig, emitLegacyCommonJSImports: false },
    },
  },
};

export default config;
