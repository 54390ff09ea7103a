import { Migration } from '@mikro-orm/migrations';

export class Migration20261122080357_activity extends Migration {

  override name = 'Migration20261122080357_activity';

  override up(): void | Promise<void> {
    this.addSql(`create table "key_expiry_notices" ("id" uuid not null, "api_key_id" uuid not null, "notice" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "key_expiry_notices" add constraint "key_expiry_notices_api_key_id_notice_expires_at_unique" unique ("api_key_id", "notice", "expires_at");`);

    this.addSql(`create table "usage_activity" ("id" uuid not null, "api_key_id" uuid not null, "project_id" uuid not null, "operation" varchar(128) not null, "operation_type" varchar(16) not null, "outcome" text not null, "duration_ms" int not null, "client_address" varchar(64) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "usage_activity_api_key_id_id_index" on "usage_activity" ("api_key_id", "id");`);
    this.addSql(`create index "usage_activity_created_at_index" on "usage_activity" ("created_at");`);

    this.addSql(`create table "usage_batches" ("id" varchar(64) not null, "events" int not null, "applied_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "usage_batches_applied_at_index" on "usage_batches" ("applied_at");`);

    this.addSql(`alter table "usage_stats" add "environment" text not null default 'LIVE';`);
    this.addSql(`alter table "usage_stats" add constraint "usage_stats_environment_check" check ("environment" in ('LIVE', 'TEST'));`);

    this.addSql(`alter table "key_expiry_notices" add constraint "key_expiry_notices_notice_check" check ("notice" in ('7d', '1d'));`);

    this.addSql(`alter table "usage_activity" add constraint "usage_activity_outcome_check" check ("outcome" in ('OK', 'ERROR', 'DENIED', 'RATE_LIMITED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "key_expiry_notices" cascade;`);
    this.addSql(`drop table if exists "usage_activity" cascade;`);
    this.addSql(`drop table if exists "usage_batches" cascade;`);

    this.addSql(`alter table "usage_stats" drop constraint "usage_stats_environment_check";`);
    this.addSql(`alter table "usage_stats" drop column "environment";`);
  }

}
