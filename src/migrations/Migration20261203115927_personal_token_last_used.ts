import { Migration } from '@mikro-orm/migrations';

/** When a personal access token was last used, to the minute (personal-tokens/token-uses.ts). */
export class Migration20261203115927_personal_token_last_used extends Migration {

  override name = 'Migration20261203115927_personal_token_last_used';

  override up(): void | Promise<void> {
    this.addSql(`alter table "personal_tokens" add "last_used_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "personal_tokens" drop column "last_used_at";`);
  }

}
