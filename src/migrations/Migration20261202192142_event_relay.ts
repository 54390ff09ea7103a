import { Migration } from '@mikro-orm/migrations';

/** The outbox relay: each audit event's transaction id, and the relay cursors (src/modules/events). */
export class Migration20261202192142_event_relay extends Migration {
  override name = 'Migration20261202192142_event_relay';

  override up(): void | Promise<void> {
    this.addSql(`create table "event_relay_cursors" ("name" varchar(64) not null, "tx_id" xid8 not null, "event_id" uuid not null, "relayed_events" bigint not null default '0', "updated_at" timestamptz not null, primary key ("name"));`);

    // Existing events get transaction id 0 (a constant default: no table rewrite), so they sort
    // before the cursor; new events get their transaction's id.
    this.addSql(`alter table "audit_events" add "tx_id" xid8 not null default '0';`);
    this.addSql(`alter table "audit_events" alter column "tx_id" set default pg_current_xact_id();`);
    this.addSql(`create index "audit_events_tx_id_id_index" on "audit_events" ("tx_id", "id");`);

    // The deployment's relay starts at the end of the log: events committed from now on.
    this.addSql(`insert into "event_relay_cursors" ("name", "tx_id", "event_id", "relayed_events", "updated_at")
      values ('default', pg_snapshot_xmin(pg_current_snapshot()), '00000000-0000-0000-0000-000000000000', 0, now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "event_relay_cursors" cascade;`);
    this.addSql(`drop index "audit_events_tx_id_id_index";`);
    this.addSql(`alter table "audit_events" drop column "tx_id";`);
  }
}
