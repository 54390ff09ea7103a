/**
 * The SDK's documents (sdk/codegen/documents.ts) and its codegen plugin (typed-operations.ts): the
 * documents are valid for the committed schema, select the fields of DESIGN.md section 13, and fail loudly when a field they need is gone.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sdkDocuments } from '../../../sdk/codegen/documents.js';
import { plugin } from '../../../sdk/codegen/typed-operations.js';

const SDL = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');

function documentsFor(schema: GraphQLSchema) {
  const documents = sdkDocuments(schema).map((source) => parse(source));
  // One document with every definition, as codegen validates them (fragments are shared).
  const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: documents.flatMap((each) => each.definitions) });
  return { documents, errors: errors.map((error) => error.message) };
}

function verifyDocument(schema: GraphQLSchema): string {
  const { documents } = documentsFor(schema);
  const { content } = plugin(
    schema,
    documents.map((document) => ({ document })),
    { inputFieldSets: ['VerifyApiKeyInput'] },
  );
  return content;
}

describe('the SDK documents', () => {
  it('are valid for the committed schema, and select its section 13 fields', () => {
    const schema = buildSchema(SDL);
    expect(documentsFor(schema).errors).toEqual([]);
    const generated = verifyDocument(schema);
    expect(generated).toMatch(
      /verifyApiKey\(input:\$input\)\{valid code apiKey\{[^}]*\}permissions externalId meta credits\{remaining refill\{amount interval\}refillAt\}/,
    );
    expect(generated).toMatch(
      /fragment ApiKeyFields on ApiKey\{[^"]*permissions externalId meta allowedCidrs credits\{/,
    );
    expect(generated).toContain('new Set(["clientAddress","cost","key","requiredPermissions","requiredScopes"])');
  });

  it('fail validation, naming the field, when a field they need is gone', () => {
    const schema = buildSchema(
      SDL.replace(/\n {2}"""The first 12 and last 4 characters[^\n]*\n {2}preview: String!\n/, '\n'),
    );
    expect(documentsFor(schema).errors).toContain('Cannot query field "preview" on type "ApiKey".');
  });

  it('give each operation the fragments it uses, and only those', () => {
    const content = verifyDocument(buildSchema(SDL));
    const documentOf = (name: string) => new RegExp(`${name}Operation[^]*?document: ("[^\\n]*"),`).exec(content)?.[1];
    expect(JSON.parse(documentOf('RotateApiKey')!)).toMatch(
      /^mutation RotateApiKey.*\}fragment ApiKeyFields on ApiKey\{/,
    );
    expect(JSON.parse(documentOf('ApiKeyUsage')!)).not.toContain('fragment ApiKeyFields');
    expect(JSON.parse(documentOf('VerifyKey')!)).not.toContain('fragment');
  });
});
