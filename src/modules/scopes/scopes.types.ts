import { Field, ObjectType } from 'type-graphql';

// Plain data fields: graphql-js reads them off the object (`simpleResolvers`), no wrapper per field.
@ObjectType('Scope', {
  description: 'A permission an API key or a role can hold, as `resource:action`.',
  simpleResolvers: true,
})
export class ScopeObject {
  @Field(() => String, { description: 'The scope, e.g. `keys:read`.' })
  name!: string;

  @Field(() => String, { description: 'What the scope grants.' })
  description!: string;

  @Field(() => [String], { description: 'Scopes this one implies directly (`keys:write` implies `keys:read`).' })
  implies!: string[];
}
