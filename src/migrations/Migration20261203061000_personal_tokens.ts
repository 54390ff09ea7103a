import { Migration } from '@mikro-orm/migrations';

/** Personal access tokens (DESIGN.md section 15): stored as HMACs, always with an expiry. */
export class Migration20261203061000_personal_tokens extends Migration {

  override name = 'Migration20261203061000_personal_tokens';

  override up(): void | Promise<void> {
    this.addSql(`create table "personal_tokens" ("id" uuid not null, "user_id" uuid not null, "name" varchar(64) not null, "token_hash" varchar(64) not null, "preview" varchar(20) not null, "scopes" text[] not null default '{}', "project_ids" text[] not null default '{}', "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "personal_tokens_user_id_index" on "personal_tokens" ("user_id");`);
    this.addSql(`alter table "personal_tokens" add constraint "personal_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "personal_tokens" add constraint "personal_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personal_tokens" cascade;`);
  }

}
