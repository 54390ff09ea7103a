import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { registerEnum } from '../../shared/graphql-types.js';
import { PLANS } from '../../shared/plans.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { ApiKeyObject } from '../api-keys/api-keys.types.js';
import type { Project } from './projects.entity.js';

export const PlanEnum = registerEnum(PLANS, 'Plan', "A project's plan: its key limit and rate limits.", {
  FREE: '2 keys; 100 requests per minute and 10,000 per day per key.',
  PRO: '10 keys; 300 per minute and 50,000 per day per key.',
  TEAM: '50 keys; 1,000 per minute and 200,000 per day per key.',
  ENTERPRISE: 'Unlimited keys; limits set per key.',
});

@ObjectType('PlanLimits', { description: "What a project's plan allows." })
export class PlanLimitsObject {
  @Field(() => Int, { nullable: true, description: 'Active keys allowed (null: unlimited).' })
  maxKeys!: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests per minute per key (null: set per key).' })
  perMinute!: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests per day per key (null: set per key).' })
  perDay!: number | null;
}

@ObjectType('Project', { description: 'A project: it owns API keys, members, usage and an audit log.' })
export class ProjectObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => PlanEnum, { description: 'Plan.' })
  plan!: string;

  @Field(() => DateTimeResolver, { description: 'When the project was created.' })
  createdAt!: Date;
}

@InputType({ description: 'A new project.' })
export class CreateProjectInput {
  @Field(() => String, { description: '1–64 printable characters.' })
  name!: string;

  @Field(() => PlanEnum, {
    nullable: true,
    description:
      'Defaults to the instance’s default plan (LATCHKEY_DEFAULT_PLAN, FREE unless set); only instance administrators may ask for another (FORBIDDEN otherwise).',
  })
  plan?: 'FREE' | 'PRO' | 'TEAM' | 'ENTERPRISE' | null;
}

@InputType({ description: 'Changes to a project.' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => PlanEnum, {
    nullable: true,
    description: 'New plan: instance administrators only (FORBIDDEN for anyone else); see also setProjectPlan.',
  })
  plan?: 'FREE' | 'PRO' | 'TEAM' | 'ENTERPRISE' | null;
}

@InputType({ description: 'A plan for a project, set by an instance administrator.' })
export class SetProjectPlanInput {
  @Field(() => ID, { description: 'The project (any project of the instance).' })
  projectId!: string;

  @Field(() => PlanEnum, { description: 'The new plan.' })
  plan!: 'FREE' | 'PRO' | 'TEAM' | 'ENTERPRISE';
}

@ObjectType({ description: 'A created project, its default key and that key’s secret.' })
export class CreateProjectPayload {
  @Field(() => ProjectObject, { description: 'The new project.' })
  project!: Project;

  @Field(() => ApiKeyObject, { description: 'The default key, holding every scope.' })
  defaultKey!: ApiKey;

  @Field(() => String, { description: 'The default key’s full secret. Shown this once.' })
  secret!: string;
}

@InputType({ description: 'Which project to delete, and its name typed again as a confirmation.' })
export class DeleteProjectInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field(() => String, { description: 'The project’s name, exactly: a guard against deleting the wrong one.' })
  confirmName!: string;
}

@ObjectType({ description: 'A deleted project: gone for everyone, kept for its owners until `purgeAt`.' })
export class DeleteProjectPayload {
  @Field(() => ID, { description: 'The deleted project’s id.' })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When its audit log and usage are removed for good.' })
  purgeAt!: Date;
}

@ObjectType('DeletedProject', {
  description: 'A project you owned that was deleted: its audit log and usage stay readable until `purgeAt`.',
})
export class DeletedProjectObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Name, when it was deleted.' })
  name!: string;

  @Field(() => DateTimeResolver, { description: 'When the project was created.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it was deleted.' })
  deletedAt!: Date;
}
