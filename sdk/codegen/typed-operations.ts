/**
 * A graphql-codegen plugin for @latchkey/sdk, run after `typescript-operations` (which writes the
 * result and variables types): for each operation of the documents, an `Operation` constant
 * (sdk/src/operation.ts) holding its name, its type and its compact document with the fragments it
 * uses, typed with those result and variables types. Unlike the client preset's documents, the
 * output imports nothing outside the SDK, so the published package needs no dependency for its types.
 *
 * Config `inputFieldSets`: input types whose field names are also written as a runtime set
 * (`<Input>Fields`), for the SDK to send a field only where the schema it was generated from has it.
 *
 * Node loads this file as TypeScript (type stripping): keep to erasable syntax.
 */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  print,
  stripIgnoredCharacters,
  visit,
} from 'graphql';

interface DocumentFile {
  document?: DocumentNode;
}

interface TypedOperationsConfig {
  /** Import path of the `Operation` type, from the generated file. */
  operationImport?: string;
  inputFieldSets?: string[];
}

const SUFFIXES: Record<string, string> = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

/** Fragment names spread in `node`, and in the fragments those spread, transitively. */
function fragmentsUsed(
  node: OperationDefinitionNode | FragmentDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  found = new Set<string>(),
): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (found.has(name)) return;
      found.add(name);
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`Fragment ${name} is not defined in the SDK's documents.`);
      fragmentsUsed(fragment, fragments, found);
    },
  });
  return found;
}

export function plugin(schema: GraphQLSchema, files: DocumentFile[], config: TypedOperationsConfig) {
  const definitions = files.flatMap((file) => file.document?.definitions ?? []);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const lines: string[] = [];
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const name = definition.name?.value;
    // typescript-operations names the types `<Name><Suffix>` after pascal-casing the name: a name
    // already in PascalCase is kept as it is, so both plugins agree on it.
    if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
      throw new Error(`Every SDK operation needs a PascalCase name; found ${name ?? 'an anonymous one'}.`);
    }
    const typeName = `${name}${SUFFIXES[definition.operation]}`;
    const used = [...fragmentsUsed(definition, fragments)].map((fragment) => fragments.get(fragment)!);
    const document = stripIgnoredCharacters([definition, ...used].map((node) => print(node)).join('\n'));
    lines.push(
      `/** The \`${name}\` ${definition.operation}, with its result and variables types. */`,
      `export const ${name}Operation: Operation<${typeName}, ${typeName}Variables> = {`,
      `  name: ${JSON.stringify(name)},`,
      `  type: ${JSON.stringify(definition.operation)},`,
      `  document: ${JSON.stringify(document)},`,
      '};',
      '',
    );
  }
  for (const inputName of config.inputFieldSets ?? []) {
    const input = schema.getType(inputName);
    if (!isInputObjectType(input)) throw new Error(`inputFieldSets: ${inputName} is not an input type of the schema.`);
    const fields = Object.keys(input.getFields()).sort();
    lines.push(
      `/** The fields of \`${inputName}\` in the schema this file was generated from. */`,
      `export const ${inputName}Fields: ReadonlySet<string> = new Set(${JSON.stringify(fields)});`,
      '',
    );
  }
  return {
    prepend: [`import type { Operation } from '${config.operationImport ?? '../operation.js'}';\n`],
    content: lines.join('\n'),
  };
}
