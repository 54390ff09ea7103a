import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';

@ObjectType('Session', {
  description: 'A signed-in session of the user (a browser or a script holding a session token).',
})
export class SessionObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When the session was opened (log in or sign up).' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the session ends unless revoked first.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The User-Agent it was opened with, if any.' })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address it was opened from, if known.' })
  clientAddress!: string | null;
}

@InputType({ description: 'A new password, confirmed with the current one.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  currentPassword!: string;

  @Field(() => String, {
    description:
      'The new password: the same rules as at sign-up (12+ characters, not common or guessable). Your other sessions are revoked.',
  })
  newPassword!: string;
}

@InputType({ description: 'Confirmation of an account deletion.' })
export class DeleteAccountInput {
  @Field(() => String, { description: 'The account’s password.' })
  password!: string;
}
