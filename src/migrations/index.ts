import { Migration20261122075221_initial } from './Migration20261122075221_initial.js';
import { Migration20261122080357_activity } from './Migration20261122080357_activity.js';
import { Migration20261202162623_invitations } from './Migration20261202162623_invitations.js';
import { Migration20261202163000_key_lineage } from './Migration20261202163000_key_lineage.js';
import { Migration20261202194834_key_restrictions } from './Migration20261202194834_key_restrictions.js';

/** Every migration, in order. Listed explicitly so that compiled and test runs load the same set. */
export const migrations = [
  Migration20261122075221_initial,
  Migration20261122080357_activity,
  Migration20261202162623_invitations,
  Migration20261202163000_key_lineage,
  Migration20261202194834_key_restrictions,
];
