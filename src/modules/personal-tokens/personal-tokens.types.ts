import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import type { PersonalToken } from './personal-tokens.entity.js';

@ObjectType('PersonalToken', {
  description:
    'A personal access token (`lk_pat_…`): acts as its user in their projects (or some of them), with what both its scopes and the user’s role allow. The secret is shown once, at creation.',
})
export class PersonalTokenObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'A name to recognise the token by (1–64 characters).' })
  name!: string;

  @Field(() => String, { description: 'The first 11 and last 4 characters, e.g. `lk_pat_Np8J…4hMj`.' })
  preview!: string;

  @Field(() => [String], {
    description: 'The scopes the token holds (intersected with the user’s role in each project).',
  })
  scopes!: string[];

  @Field(() => [ID], { description: 'The projects the token may act in; empty means all of the user’s projects.' })
  projectIds!: string[];

  @Field(() => DateTimeResolver, { description: 'When the token was created.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the token stops working (at most 366 days after creation).' })
  expiresAt!: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the token was last used, to the minute; null if it never was.',
  })
  lastUsedAt!: Date | null;
}

@ObjectType('CreatePersonalTokenPayload', { description: 'A new personal access token and its secret.' })
export class CreatePersonalTokenPayload {
  @Field(() => PersonalTokenObject, { description: 'The new token.' })
  token!: PersonalToken;

  @Field(() => String, {
    description: 'The full token, shown this once: send it as `Authorization: Bearer <token>`.',
  })
  secret!: string;
}

@InputType({ description: 'A new personal access token.' })
export class CreatePersonalTokenInput {
  @Field(() => String, { description: 'A name to recognise the token by (1–64 characters, unique among yours).' })
  name!: string;

  @Field(() => [String], { description: 'Scopes from the scopes query; at least one.' })
  scopes!: string[];

  @Field(() => [ID], { description: 'Projects the token may act in (yours); empty for all of your projects.' })
  projectIds!: string[];

  @Field(() => DateTimeResolver, { description: 'Required: when the token expires, at most 366 days from now.' })
  expiresAt!: Date;
}
