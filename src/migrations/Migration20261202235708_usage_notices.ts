import { Migration } from '@mikro-orm/migrations';

/** Usage events raised once per key and window (usage.rate_limited, usage.credits_exhausted). */
export class Migration20261202235708_usage_notices extends Migration {

  override name = 'Migration20261202235708_usage_notices';

  override up(): void | Promise<void> {
    this.addSql(`create table "usage_notices" ("api_key_id" uuid not null, "kind" varchar(32) not null, "window" varchar(64) not null, "created_at" timestamptz not null, primary key ("api_key_id", "kind", "window"));`);
    this.addSql(`create index "usage_notices_created_at_index" on "usage_notices" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "usage_notices" cascade;`);
  }

}
