import { Migration } from '@mikro-orm/migrations';

/** Webhook endpoints and deliveries (src/modules/webhooks). */
export class Migration20261202192436_webhooks extends Migration {

  override name = 'Migration20261202192436_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook_endpoints" ("id" uuid not null, "project_id" uuid not null, "url" varchar(2048) not null, "description" varchar(500) null, "events" text[] not null default '{}', "enabled" boolean not null default true, "secret_sealed" text not null, "secret_preview" varchar(32) not null, "previous_secret_sealed" text null, "previous_secret_expires_at" timestamptz null, "failing_since" timestamptz null, "consecutive_failures" int not null default 0, "disabled_reason" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoints_project_id_created_at_index" on "webhook_endpoints" ("project_id", "created_at");`);

    this.addSql(`create table "webhook_deliveries" ("id" uuid not null, "endpoint_id" uuid not null, "project_id" uuid not null, "event_id" uuid not null, "event_type" varchar(64) not null, "body" text not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "last_attempt_at" timestamptz null, "next_attempt_at" timestamptz null, "response_status" int null, "duration_ms" int null, "error" varchar(300) null, "redelivery_of" uuid null, "enqueued_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_deliveries_endpoint_id_id_index" on "webhook_deliveries" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_deliveries_dispatch_index" on "webhook_deliveries" ("project_id", "created_at") where "enqueued_at" is null;`);
    this.addSql(`create index "webhook_deliveries_open_index" on "webhook_deliveries" ("next_attempt_at") where "status" in ('PENDING', 'RETRYING');`);
    this.addSql(`create unique index "webhook_deliveries_event_unique" on "webhook_deliveries" ("endpoint_id", "event_id") where "redelivery_of" is null;`);

    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_project_id_foreign" foreign key ("project_id") references "projects" ("id") on delete cascade;`);

    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_status_check" check ("status" in ('PENDING', 'SUCCEEDED', 'RETRYING', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "webhook_deliveries" drop constraint "webhook_deliveries_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);
    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);
  }

}
