import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Project } from '../projects/projects.entity.js';
import { isAdministrator } from '../projects/projects.service.js';
import { ProjectObject } from '../projects/projects.types.js';
import { sortScopes } from '../scopes/scopes.catalog.js';
import { logIn, logOut, signUp } from './users.service.js';
import { AuthPayload, LogInInput, SignUpInput, ViewerObject, type ViewerRoot } from './users.types.js';

@Resolver(() => ViewerObject)
export class UsersResolver {
  @Query(() => ViewerObject, {
    description: 'The caller: a user session or personal access token, or an API key reading itself (no scope needed).',
  })
  viewer(@Ctx() ctx: Context): ViewerRoot {
    const { caller } = ctx;
    if (caller.kind === 'key') {
      return {
        user: null,
        apiKey: caller.key,
        projectId: caller.key.project,
        scopes: sortScopes(caller.scopes),
        isAdministrator: false,
      };
    }
    if (caller.kind === 'token') {
      // A personal token acts as its user; its own scopes (before the role's) are shown.
      return {
        user: caller.user,
        apiKey: null,
        projectId: null,
        scopes: sortScopes(caller.scopes),
        isAdministrator: false,
      };
    }
    return {
      user: caller.kind === 'user' ? caller.user : null,
      apiKey: null,
      projectId: null,
      scopes: [],
      isAdministrator: isAdministrator(ctx),
    };
  }

  @FieldResolver(() => ProjectObject, { nullable: true, description: "The calling key's project." })
  async project(@Root() viewer: ViewerRoot, @Ctx() ctx: Context): Promise<Project | null> {
    return viewer.projectId ? ctx.loaders.project.load(viewer.projectId) : null;
  }

  @Mutation(() => AuthPayload, { description: 'Create an account and a session (also set as an HttpOnly cookie).' })
  signUp(
    @Arg('input', () => SignUpInput, { description: 'The input; see its type for each field.' }) input: SignUpInput,
    @Ctx() ctx: Context,
  ) {
    return signUp(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Open a session (also set as an HttpOnly cookie).' })
  logIn(
    @Arg('input', () => LogInInput, { description: 'The input; see its type for each field.' }) input: LogInInput,
    @Ctx() ctx: Context,
  ) {
    return logIn(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Revoke the current session; its token is refused from the next request on.',
  })
  logOut(@Ctx() ctx: Context) {
    return logOut(ctx);
  }
}
