import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';

@ObjectType('Permission', {
  description: "A permission of the project's own API (`bots:read`), which keys carry and verifyApiKey checks.",
})
export class PermissionObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'The permission, as `resource:action` in lowercase.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the permission grants, for the people granting it.' })
  description!: string | null;

  @Field(() => [String], {
    description: 'Permissions this one implies directly, besides `<r>:write` implying `<r>:read` (closure computed).',
  })
  implies!: string[];

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  createdAt!: Date;
}

@InputType({ description: 'A new permission of the project’s own API.' })
export class CreatePermissionInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: '`resource:action`, lowercase, e.g. `bots:read`; unique in the project.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it grants (at most 500 characters).' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other permissions of the project it implies.' })
  implies?: string[] | null;
}

@InputType({ description: 'Changes to a permission; its name is fixed (keys hold it by name).' })
export class UpdatePermissionInput {
  @Field(() => ID, { description: 'The permission.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The permissions it implies, replacing the list.' })
  implies?: string[] | null;
}

@InputType({ description: 'Which permission to delete.' })
export class DeletePermissionInput {
  @Field(() => ID, { description: 'The permission.' })
  id!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also take it from the keys holding it (without it: CONFLICT while any key holds it).',
  })
  force?: boolean | null;
}

@ObjectType('DeletePermissionPayload', { description: 'The deleted permission.' })
export class DeletePermissionPayload {
  @Field(() => ID, { description: 'The deleted permission’s id.' })
  id!: string;

  @Field(() => Int, { description: 'How many keys it was taken from (with force).' })
  removedFromKeys!: number;
}
