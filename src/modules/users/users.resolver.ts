import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { sortScopes } from '../scopes/scopes.catalog.js';
import { logIn, logOut, signUp } from './users.service.js';
import { AuthPayload, LogInInput, SignUpInput, ViewerObject, type ViewerRoot } from './users.types.js';

@Resolver()
export class UsersResolver {
  @Query(() => ViewerObject, {
    description: 'The caller: a user session, or an API key reading itself (no scope needed).',
  })
  async viewer(@Ctx() ctx: Context): Promise<ViewerRoot> {
    const { caller } = ctx;
    if (caller.kind === 'key') {
      return {
        user: null,
        apiKey: caller.key,
        project: await ctx.loaders.project.load(caller.key.project),
        scopes: sortScopes(caller.scopes),
      };
    }
    return { user: caller.kind === 'user' ? caller.user : null, apiKey: null, project: null, scopes: [] };
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
