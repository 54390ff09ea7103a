import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import type { UsageOutcome } from '../usage/usage.entity.js';
import { UsageOutcomeEnum } from '../usage/usage.types.js';

@ObjectType('UsageActivity', {
  description:
    'One metered request (or WebSocket connection, or verification) of a key, as it happens: the live view of `usageEvents`.',
})
export class UsageActivityObject {
  @Field(() => ID, { description: 'Stable id (the activity row of the request); ids sort by time.' })
  id!: string;

  @Field(() => ID, { description: 'The key that made the request.' })
  apiKeyId!: string;

  @Field(() => String, {
    description: 'The operation name, or the root fields of an unnamed operation; `connection_init` for a WebSocket.',
  })
  operation!: string;

  @Field(() => String, { description: '`query`, `mutation`, `subscription`, `verification` or `unknown`.' })
  operationType!: string;

  @Field(() => UsageOutcomeEnum, { description: 'How the request ended.' })
  outcome!: UsageOutcome;

  @Field(() => Int, { description: 'Time to answer, in milliseconds.' })
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'Address the request came from.' })
  clientAddress!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the request arrived.' })
  createdAt!: Date;
}
