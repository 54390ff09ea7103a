import { readFile } from 'node:fs/promises';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { openOrm } from '../../../src/database.js';
import { buildBareSchema, permissionRules } from '../../../src/graphql/schema.js';
import { TEST_DATABASE_URL } from '../../helpers/env.js';

describe('schema contract', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildBareSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field)
            for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has a permission rule for every object type (deny by default would otherwise hide it)', async () => {
    const schema = await buildBareSchema();
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .map((type) => type.name);
    expect(objectTypes.filter((name) => !(name in permissionRules))).toEqual([]);
    const mutationFields = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const queryFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(mutationFields.filter((name) => !(name in (permissionRules.Mutation ?? {})))).toEqual([]);
    expect(queryFields.filter((name) => !(name in (permissionRules.Query ?? {})))).toEqual([]);
  });

  it('matches the committed schema/schema.graphql', async () => {
    const committed = await readFile('schema/schema.graphql', 'utf8');
    const emitted = printSchema(lexicographicSortSchema(await buildBareSchema()));
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim()).toBe(emitted.trim());
  });
});

describe('migrations', () => {
  it('bring the database exactly to what the entities describe', async () => {
    const orm = await openOrm(TEST_DATABASE_URL);
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
    }
  });
});
