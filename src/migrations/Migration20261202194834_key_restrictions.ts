import { Migration } from '@mikro-orm/migrations';

/** The permissions of each project's API, and keys' permissions, metadata, external id, allowed addresses and credits (DESIGN.md section 13). */
export class Migration20261202194834_key_restrictions extends Migration {

  override name = 'Migration20261202194834_key_restrictions';

  override up(): void | Promise<void> {
    this.addSql(`create table "permissions" ("id" uuid not null, "project_id" uuid not null, "name" varchar(81) not null, "description" varchar(500) null, "implies" text[] not null default '{}', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "permissions" add constraint "permissions_project_id_name_unique" unique ("project_id", "name");`);

    this.addSql(`alter table "api_keys" add "permissions" text[] not null default '{}', add "meta" jsonb null, add "external_id" varchar(256) null, add "allowed_cidrs" text[] not null default '{}', add "credits_remaining" int null, add "credits_refill_amount" int null, add "credits_refill_interval" text null, add "credits_period" varchar(16) null, add "credits_version" int not null default 0;`);
    this.addSql(`create index "api_keys_project_id_external_id_index" on "api_keys" ("project_id", "external_id");`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_credits_refill_interval_check" check ("credits_refill_interval" in ('DAY', 'MONTH'));`);

    this.addSql(`alter table "permissions" add constraint "permissions_project_id_foreign" foreign key ("project_id") references "projects" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "permissions" cascade;`);

    this.addSql(`drop index "api_keys_project_id_external_id_index";`);
    this.addSql(`alter table "api_keys" drop constraint "api_keys_credits_refill_interval_check";`);
    this.addSql(`alter table "api_keys" drop column "permissions", drop column "meta", drop column "external_id", drop column "allowed_cidrs", drop column "credits_remaining", drop column "credits_refill_amount", drop column "credits_refill_interval", drop column "credits_period", drop column "credits_version";`);
  }

}
