import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import type { KeyRecord } from '../api-keys/api-keys.entity.js';
import { ApiKeyObject } from '../api-keys/api-keys.types.js';
import type { UserRecord } from './session-records.js';
import type { User } from './users.entity.js';

@ObjectType('User', { description: 'A person with an account.' })
export class UserObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Email address, lower-cased.' })
  email!: string;

  @Field(() => String, { description: 'Display name.', name: 'name' })
  displayName!: string;

  @Field(() => DateTimeResolver, { description: 'When the account was created.' })
  createdAt!: Date;
}

@ObjectType('AuthPayload', { description: 'A signed-in user and their new session token.' })
export class AuthPayload {
  @Field(() => UserObject, { description: 'The signed-in user.' })
  user!: User;

  @Field(() => String, {
    description: 'The session token; send it as `Authorization: Bearer <token>`. Also set as an HttpOnly cookie.',
  })
  token!: string;
}

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address; must be unique (case-insensitive).' })
  email!: string;

  @Field(() => String, {
    description:
      'At least 12 characters, not only spaces or control characters, and not common or guessable (a zxcvbn score of 3 or more; the email and name count as guessable words).',
  })
  password!: string;

  @Field(() => String, { nullable: true, description: 'Display name; defaults to the part of the email before @.' })
  name?: string | null;
}

@InputType({ description: 'Credentials to log in with.' })
export class LogInInput {
  @Field(() => String, { description: 'Email address.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

/** Root of the `Viewer` type: who is calling. */
export interface ViewerRoot {
  user: UserRecord | null;
  /** The calling key as authentication read it (its usage totals are resolved on demand). */
  apiKey: KeyRecord | null;
  /** The calling key's project, loaded only when the query asks for it. */
  projectId: string | null;
  scopes: string[];
  isAdministrator: boolean;
}

@ObjectType('Viewer', {
  description:
    'The caller: a user session, or an API key reading itself (the self view needs no scope: name, preview, scopes, expiry, limits).',
})
export class ViewerObject {
  @Field(() => UserObject, {
    nullable: true,
    description: 'The signed-in user, for a session or a personal access token.',
  })
  user!: UserRecord | null;

  @Field(() => ApiKeyObject, { nullable: true, description: 'The calling API key itself, with its own usage.' })
  apiKey!: KeyRecord | null;

  @Field(() => [String], {
    description:
      'Scopes the calling key or personal access token holds (with implied ones); empty for a session. A token acts in a project with those its user’s role also holds.',
  })
  scopes!: string[];

  @Field(() => Boolean, {
    description:
      'Whether the caller is an instance administrator (LATCHKEY_ADMIN_EMAILS): the only users who set plans.',
  })
  isAdministrator!: boolean;
}
