import { Migration20261122075221_initial } from './Migration20261122075221_initial.js';

/** Every migration, in order. Listed explicitly so that compiled and test runs load the same set. */
export const migrations = [Migration20261122075221_initial];
