// The modules' entities and GraphQL types load with the database: their decorators need the polyfill.
import 'reflect-metadata';
import { prepareDatabase } from '../../src/database.js';
import { TEST_DATABASE_URL } from './env.js';

/** Creates and migrates the test database once per run; tests never truncate, they seed fresh rows. */
export default async function setup(): Promise<void> {
  await prepareDatabase(TEST_DATABASE_URL);
}
