import { Migration } from '@mikro-orm/migrations';

export class Migration20261122075221_initial extends Migration {

  override name = 'Migration20261122075221_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "scopes" ("name" varchar(64) not null, "description" varchar(500) not null, "implies" text[] not null default '{}', "position" int not null, primary key ("name"));`);

    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(320) not null, "display_name" varchar(100) not null, "password_hash" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(512) null, "client_address" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "projects" ("id" uuid not null, "name" varchar(64) not null, "plan" text not null default 'FREE', "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "audit_events" ("id" uuid not null, "project_id" uuid null, "action" varchar(64) not null, "actor_type" text not null, "actor_id" uuid null, "actor_label" varchar(320) not null, "target_type" varchar(32) not null, "target_id" varchar(64) not null, "target_label" varchar(320) null, "summary" jsonb not null default '{}', "client_address" varchar(64) null, "user_agent" varchar(512) null, "request_id" varchar(64) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_events_project_id_created_at_index" on "audit_events" ("project_id", "created_at");`);
    this.addSql(`create index "audit_events_target_type_target_id_created_at_index" on "audit_events" ("target_type", "target_id", "created_at");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "project_id" uuid not null, "user_id" uuid not null, "role" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_project_id_user_id_unique" unique ("project_id", "user_id");`);

    this.addSql(`create table "api_keys" ("id" uuid not null, "project_id" uuid not null, "name" varchar(64) not null, "description" varchar(500) null, "environment" text not null, "key_hash" varchar(64) not null, "preview" varchar(20) not null, "status" text not null default 'ACTIVE', "is_default" boolean not null default false, "scopes" text[] not null default '{}', "expires_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by_user_id" uuid null, "created_by_key_id" uuid null, "last_used_at" timestamptz null, "usage_count" bigint not null default '0', "rate_limit_per_minute" int null, "rate_limit_per_day" int null, "rotated_from_id" uuid null, "rotated_at" timestamptz null, "grace_ends_at" timestamptz null, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_key_hash_unique" unique ("key_hash");`);
    this.addSql(`create index "api_keys_rotated_from_id_index" on "api_keys" ("rotated_from_id");`);
    this.addSql(`create index "api_keys_project_id_status_index" on "api_keys" ("project_id", "status");`);
    this.addSql(`create index "api_keys_project_id_id_index" on "api_keys" ("project_id", "id");`);
    this.addSql(`create unique index "api_keys_project_name_unique" on "api_keys" ("project_id", lower("name")) where "deleted_at" is null and "rotated_at" is null;`);

    this.addSql(`create table "usage_stats" ("id" uuid not null, "project_id" uuid not null, "api_key_id" uuid not null, "operation" varchar(128) not null, "bucket_size" text not null, "bucket_start" timestamptz not null, "requests" int not null default 0, "ok" int not null default 0, "errors" int not null default 0, "denied" int not null default 0, "rate_limited" int not null default 0, "total_duration_ms" bigint not null default '0', primary key ("id"));`);
    this.addSql(`create index "usage_stats_project_id_bucket_size_bucket_start_index" on "usage_stats" ("project_id", "bucket_size", "bucket_start");`);
    this.addSql(`alter table "usage_stats" add constraint "usage_stats_api_key_id_operation_bucket_size_buck_17b15_unique" unique ("api_key_id", "operation", "bucket_size", "bucket_start");`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id");`);

    this.addSql(`alter table "projects" add constraint "projects_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);
    this.addSql(`alter table "projects" add constraint "projects_plan_check" check ("plan" in ('FREE', 'PRO', 'TEAM', 'ENTERPRISE'));`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_project_id_foreign" foreign key ("project_id") references "projects" ("id") on delete set null;`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_actor_type_check" check ("actor_type" in ('USER', 'API_KEY', 'SYSTEM'));`);
    this.addSql(`create or replace function "audit_events_audit_events_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit events are append-only' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_events_append_only" BEFORE UPDATE OR DELETE on "audit_events" for each ROW execute function "audit_events_audit_events_append_only_fn"();`);

    this.addSql(`alter table "memberships" add constraint "memberships_project_id_foreign" foreign key ("project_id") references "projects" ("id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_role_check" check ("role" in ('OWNER', 'ADMIN', 'DEVELOPER', 'VIEWER'));`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_project_id_foreign" foreign key ("project_id") references "projects" ("id");`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_created_by_user_id_foreign" foreign key ("created_by_user_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_created_by_key_id_foreign" foreign key ("created_by_key_id") references "api_keys" ("id") on delete set null;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_rotated_from_id_foreign" foreign key ("rotated_from_id") references "api_keys" ("id") on delete set null;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_environment_check" check ("environment" in ('LIVE', 'TEST'));`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_status_check" check ("status" in ('ACTIVE', 'DEACTIVATED', 'EXPIRED'));`);

    this.addSql(`alter table "usage_stats" add constraint "usage_stats_project_id_foreign" foreign key ("project_id") references "projects" ("id");`);
    this.addSql(`alter table "usage_stats" add constraint "usage_stats_api_key_id_foreign" foreign key ("api_key_id") references "api_keys" ("id");`);
    this.addSql(`alter table "usage_stats" add constraint "usage_stats_bucket_size_check" check ("bucket_size" in ('HOUR', 'DAY'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);
    this.addSql(`alter table "projects" drop constraint "projects_created_by_id_foreign";`);
    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);
    this.addSql(`alter table "api_keys" drop constraint "api_keys_created_by_user_id_foreign";`);
    this.addSql(`alter table "audit_events" drop constraint "audit_events_project_id_foreign";`);
    this.addSql(`alter table "memberships" drop constraint "memberships_project_id_foreign";`);
    this.addSql(`alter table "api_keys" drop constraint "api_keys_project_id_foreign";`);
    this.addSql(`alter table "usage_stats" drop constraint "usage_stats_project_id_foreign";`);
    this.addSql(`alter table "api_keys" drop constraint "api_keys_created_by_key_id_foreign";`);
    this.addSql(`alter table "api_keys" drop constraint "api_keys_rotated_from_id_foreign";`);
    this.addSql(`alter table "usage_stats" drop constraint "usage_stats_api_key_id_foreign";`);

    this.addSql(`drop table if exists "scopes" cascade;`);
    this.addSql(`drop table if exists "users" cascade;`);
    this.addSql(`drop table if exists "sessions" cascade;`);
    this.addSql(`drop table if exists "projects" cascade;`);
    this.addSql(`drop trigger if exists "audit_events_append_only" on "audit_events";`);
    this.addSql(`drop function if exists "audit_events_audit_events_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_events" cascade;`);
    this.addSql(`drop table if exists "memberships" cascade;`);
    this.addSql(`drop table if exists "api_keys" cascade;`);
    this.addSql(`drop table if exists "usage_stats" cascade;`);
  }

}
