import { Field, ObjectType } from 'type-graphql';

@ObjectType('Scope', { description: 'A permission an API key or a role can hold, as `resource:action`.' })
export class ScopeObject {
  @Field(() => String, { description: 'The scope, e.g. `keys:read`.' })
  name!: string;

  @Field(() => String, { description: 'What the scope grants.' })
  description!: string;

  @Field(() => [String], { description: 'Scopes this one implies directly (`keys:write` implies `keys:read`).' })
  implies!: string[];
}
