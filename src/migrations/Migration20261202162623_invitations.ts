import { Migration } from '@mikro-orm/migrations';

export class Migration20261202162623_invitations extends Migration {

  override name = 'Migration20261202162623_invitations';

  override up(): void | Promise<void> {
    this.addSql(`alter table "memberships" add "status" text not null default 'ACTIVE', add "invited_email" varchar(320) null, add "joined_at" timestamptz null;`);
    this.addSql(`alter table "memberships" alter column "user_id" drop not null;`);
    this.addSql(`create index "memberships_invited_email_index" on "memberships" ("invited_email");`);
    this.addSql(`alter table "memberships" add constraint "memberships_project_id_invited_email_unique" unique ("project_id", "invited_email");`);
    this.addSql(`alter table "memberships" add constraint "memberships_status_check" check ("status" in ('INVITED', 'ACTIVE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "memberships_invited_email_index";`);
    this.addSql(`alter table "memberships" drop constraint "memberships_project_id_invited_email_unique";`);
    this.addSql(`alter table "memberships" drop constraint "memberships_status_check";`);
    this.addSql(`alter table "memberships" drop column "status", drop column "invited_email", drop column "joined_at";`);
    this.addSql(`alter table "memberships" alter column "user_id" set not null;`);
  }

}
