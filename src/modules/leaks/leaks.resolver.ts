import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { ApiKeyObject } from '../api-keys/api-keys.types.js';
import type { Project } from '../projects/projects.entity.js';
import { ProjectObject } from '../projects/projects.types.js';
import { keyLeaksOf, listLeakedKeys, reportLeakedKey } from './leaks.service.js';
import { KeyLeakObject, ReportLeakedKeyInput, ReportLeakedKeyPayload } from './leaks.types.js';

@Resolver(() => ApiKeyObject)
export class KeyLeaksResolver {
  @Mutation(() => ReportLeakedKeyPayload, {
    description:
      'Report a Latchkey key you found in public (no credential needed; limited per address). A live key is refused from its next request on (status LEAKED) and its project is told (`key.leaked`).',
  })
  reportLeakedKey(
    @Arg('input', () => ReportLeakedKeyInput, { description: 'The key and where you found it.' })
    input: ReportLeakedKeyInput,
    @Ctx() ctx: Context,
  ) {
    return reportLeakedKey(ctx, input);
  }

  @FieldResolver(() => [KeyLeakObject], {
    nullable: true,
    description:
      'Reports that this key was found in public, newest first (needs keys:read; null with a FORBIDDEN error without it).',
  })
  leaks(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return keyLeaksOf(ctx).load(key.id);
  }
}

@Resolver(() => ProjectObject)
export class ProjectLeaksResolver {
  @FieldResolver(() => [ApiKeyObject], {
    nullable: true,
    description:
      'Keys reported leaked (status LEAKED) and not rotated yet, most recent first: rotate each one (needs keys:read; null with a FORBIDDEN error without it).',
  })
  leakedKeys(@Root() project: Project, @Ctx() ctx: Context) {
    return listLeakedKeys(ctx, project.id);
  }
}
