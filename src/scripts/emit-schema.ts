/**
 * Writes the SDL to `schema/schema.graphql` (`npm run schema:emit`), or with `--check` fails when
 * the committed file differs from what the code produces (`npm run check:schema`).
 */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildBareSchema } from '../graphql/schema.js';

const path = 'schema/schema.graphql';
const header = '# Generated from the code by `npm run schema:emit`. Do not edit; CI fails on drift.\n\n';
const sdl = `${header}${printSchema(lexicographicSortSchema(await buildBareSchema()))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(path, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error(`${path} is stale: run \`npm run schema:emit\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${path} is up to date.`);
} else {
  await writeFile(path, sdl);
  console.log(`Wrote ${path}.`);
}
