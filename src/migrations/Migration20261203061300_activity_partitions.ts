import { Migration } from '@mikro-orm/migrations';

/**
 * `usage_activity` becomes a table partitioned by day on `created_at` (docs/scaling.md#activity-that-stays-bounded):
 * one partition per UTC day, named `usage_activity_pYYYYMMDD`, created ahead by the usage worker
 * and dropped whole once past the retention, plus a default partition for rows of a day that has
 * none yet. A partitioned table's primary key must hold the partition key: it is (id, created_at).
 *
 * The rows of the last 8 days (the retention) are copied over into partitions for those days;
 * older ones, which the prune would have deleted, are not. The copy runs in the migration's
 * transaction: on a large table it takes as long as reading those rows, while the API keeps
 * serving keys (activity is written by the usage worker, whose batches wait for the lock).
 */
export class Migration20261203061300_activity_partitions extends Migration {

  override name = 'Migration20261203061300_activity_partitions';

  override up(): void | Promise<void> {
    this.addSql(`alter table "usage_activity" rename to "usage_activity_unpartitioned";`);
    this.addSql(`alter table "usage_activity_unpartitioned" rename constraint "usage_activity_pkey" to "usage_activity_unpartitioned_pkey";`);
    this.addSql(`alter table "usage_activity_unpartitioned" rename constraint "usage_activity_outcome_check" to "usage_activity_unpartitioned_outcome_check";`);
    this.addSql(`alter index "usage_activity_api_key_id_id_index" rename to "usage_activity_unpartitioned_api_key_id_id_index";`);
    this.addSql(`alter index "usage_activity_created_at_index" rename to "usage_activity_unpartitioned_created_at_index";`);

    this.addSql(`create table "usage_activity" ("id" uuid not null, "api_key_id" uuid not null, "project_id" uuid not null, "operation" varchar(128) not null, "operation_type" varchar(16) not null, "outcome" text not null, "duration_ms" int not null, "client_address" varchar(64) null, "created_at" timestamptz not null, primary key ("id", "created_at")) partition by range ("created_at");`);
    this.addSql(`alter table "usage_activity" add constraint "usage_activity_outcome_check" check ("outcome" in ('OK', 'ERROR', 'DENIED', 'RATE_LIMITED'));`);
    this.addSql(`create index "usage_activity_api_key_id_id_index" on "usage_activity" ("api_key_id", "id");`);
    this.addSql(`create table "usage_activity_default" partition of "usage_activity" default;`);
    // The retention's days and the next two (UTC), as the worker keeps them.
    this.addSql(`do $$
      declare day date;
      begin
        for day in select generate_series((now() at time zone 'utc')::date - 8, (now() at time zone 'utc')::date + 2, interval '1 day')::date loop
          execute format('create table %I partition of usage_activity for values from (%L) to (%L)',
            'usage_activity_p' || to_char(day, 'YYYYMMDD'), day::text || ' 00:00:00+00', (day + 1)::text || ' 00:00:00+00');
        end loop;
      end $$;`);
    this.addSql(`insert into "usage_activity" select "id", "api_key_id", "project_id", "operation", "operation_type", "outcome", "duration_ms", "client_address", "created_at" from "usage_activity_unpartitioned" where "created_at" >= ((now() at time zone 'utc')::date - 8)::timestamp at time zone 'utc';`);
    this.addSql(`drop table "usage_activity_unpartitioned";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "usage_activity" rename to "usage_activity_partitioned";`);
    this.addSql(`alter table "usage_activity_partitioned" rename constraint "usage_activity_outcome_check" to "usage_activity_partitioned_outcome_check";`);
    this.addSql(`alter index "usage_activity_pkey" rename to "usage_activity_partitioned_pkey";`);
    this.addSql(`alter index "usage_activity_api_key_id_id_index" rename to "usage_activity_partitioned_api_key_id_id_index";`);
    this.addSql(`create table "usage_activity" ("id" uuid not null, "api_key_id" uuid not null, "project_id" uuid not null, "operation" varchar(128) not null, "operation_type" varchar(16) not null, "outcome" text not null, "duration_ms" int not null, "client_address" varchar(64) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "usage_activity" add constraint "usage_activity_outcome_check" check ("outcome" in ('OK', 'ERROR', 'DENIED', 'RATE_LIMITED'));`);
    this.addSql(`create index "usage_activity_api_key_id_id_index" on "usage_activity" ("api_key_id", "id");`);
    this.addSql(`create index "usage_activity_created_at_index" on "usage_activity" ("created_at");`);
    this.addSql(`insert into "usage_activity" select * from "usage_activity_partitioned" on conflict do nothing;`);
    this.addSql(`drop table "usage_activity_partitioned" cascade;`);
  }

}
