import { Migration } from '@mikro-orm/migrations';

/** Rotation lineage (rate-limit windows shared across a rotation) and the deployment id that holds a Redis prefix. */
export class Migration20261202163000_key_lineage extends Migration {
  override name = 'Migration20261202163000_key_lineage';

  override up(): void | Promise<void> {
    this.addSql(`alter table "api_keys" add "lineage_id" uuid null;`);
    // Every existing key joins the lineage of the first key of its rotation chain.
    this.addSql(`with recursive chain(id, root) as (
        select "id", "id" from "api_keys" where "rotated_from_id" is null
        union all
        select k."id", chain.root from "api_keys" k join chain on k."rotated_from_id" = chain.id
      )
      update "api_keys" k set "lineage_id" = chain.root from chain where chain.id = k."id";`);
    this.addSql(`update "api_keys" set "lineage_id" = "id" where "lineage_id" is null;`);
    this.addSql(`alter table "api_keys" alter column "lineage_id" set not null;`);

    this.addSql(`create table "deployments" ("id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`insert into "deployments" ("id", "created_at") values (gen_random_uuid(), now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "deployments" cascade;`);
    this.addSql(`alter table "api_keys" drop column "lineage_id";`);
  }
}
