import { Migration } from '@mikro-orm/migrations';

/**
 * Leaked keys (status LEAKED, `key_leaks`) and project deletion (`projects.deleted_at`). Audit
 * events stay append-only, except that the rows of a project deleted more than 30 days ago may be
 * deleted: what the purge worker does (src/modules/projects/project-purge.worker.ts).
 */
export class Migration20261203061100_leaks_and_project_deletion extends Migration {

  override name = 'Migration20261203061100_leaks_and_project_deletion';

  override up(): void | Promise<void> {
    this.addSql(`alter table "api_keys" drop constraint if exists "api_keys_status_check";`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_status_check" check ("status" in ('ACTIVE', 'DEACTIVATED', 'EXPIRED', 'LEAKED'));`);

    this.addSql(`alter table "projects" add column "deleted_at" timestamptz null;`);

    this.addSql(`create table "key_leaks" ("id" uuid not null, "api_key_id" uuid not null, "project_id" uuid not null, "reporter" text not null, "url" varchar(2048) null, "source" varchar(64) not null, "reported_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "key_leaks_api_key_id_reported_at_index" on "key_leaks" ("api_key_id", "reported_at");`);
    this.addSql(`create index "key_leaks_project_id_reported_at_index" on "key_leaks" ("project_id", "reported_at");`);
    this.addSql(`alter table "key_leaks" add constraint "key_leaks_api_key_id_foreign" foreign key ("api_key_id") references "api_keys" ("id") on delete cascade;`);
    this.addSql(`alter table "key_leaks" add constraint "key_leaks_project_id_foreign" foreign key ("project_id") references "projects" ("id") on delete cascade;`);
    this.addSql(`alter table "key_leaks" add constraint "key_leaks_reporter_check" check ("reporter" in ('GITHUB', 'REPORT'));`);

    this.addSql(`create or replace function "audit_events_audit_events_append_only_fn"() returns trigger as \$\$ begin if TG_OP = 'DELETE' and OLD.project_id is not null and exists (select 1 from projects p where p.id = OLD.project_id and p.deleted_at <= now() - interval '30 days') then return OLD; end if; raise exception 'audit events are append-only' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function "audit_events_audit_events_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit events are append-only' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`drop table if exists "key_leaks" cascade;`);
    this.addSql(`alter table "projects" drop column "deleted_at";`);
    this.addSql(`alter table "api_keys" drop constraint if exists "api_keys_status_check";`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_status_check" check ("status" in ('ACTIVE', 'DEACTIVATED', 'EXPIRED'));`);
  }

}
