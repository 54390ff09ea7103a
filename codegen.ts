/**
 * Typed documents, generated from the committed SDL by `npm run codegen`:
 * - every `graphql(...)` document in portal/src, into portal/src/gql (the portal's client preset);
 * - every `graphql(...)` document in the integration tests, into test/helpers/gql, which the test
 *   harness's `gql` reads result and variables types from;
 * - the documents of @latchkey/sdk (sdk/codegen/documents.ts), into sdk/src/gql/operations.ts as
 *   typed `Operation` constants (sdk/codegen/typed-operations.ts).
 * The three are committed; `npm run check:codegen` regenerates them under a temporary folder and
 * fails when the committed files differ.
 */
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';
import { sdkDocuments } from './sdk/codegen/documents.js';

const schemaFile = 'schema/schema.graphql';

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
  schema: schemaFile,
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
    [`${outputRoot}sdk/src/gql/operations.ts`]: {
      // Some selections follow the schema (optional fields of DESIGN.md section 13): built from it.
      documents: sdkDocuments(buildSchema(readFileSync(schemaFile, 'utf8'))),
      plugins: ['typescript-operations', './sdk/codegen/typed-operations.ts'],
      config: {
        ...typesConfig,
        // The verification input's fields, so the middleware sends the client address only to a
        // schema that takes it.
        inputFieldSets: ['VerifyApiKeyInput'],
      },
    },
  },
};

export default config;
