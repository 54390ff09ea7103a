import { Migration20261122075221_initial } from './Migration20261122075221_initial.js';
import { Migration20261122080357_activity } from './Migration20261122080357_activity.js';

/** Every migration, in order. Listed explicitly so that compiled and test runs load the same set. */
export const migrations = [Migration20261122075221_initial, Migration20261122080357_activity];
