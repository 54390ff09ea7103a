/**
 * Typed documents for the portal: `npm run codegen` reads the committed SDL and every `graphql(...)`
 * document in portal/src, and writes the client preset into portal/src/gql (committed).
 * `npm run check:codegen` regenerates into a temporary folder and fails when the committed files differ.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where to write; `check:codegen` points this elsewhere to compare without touching the tree. */
const outputDir = process.env.LATCHKEY_CODEGEN_OUT ?? 'portal/src/gql/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['portal/src/**/*.{ts,tsx}', '!portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [outputDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings: the portal posts them as-is, with no GraphQL parser in its bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          SafeInt: 'number',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
