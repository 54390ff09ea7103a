import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { changePassword, deleteAccount, listSessions, revokeSession } from './account.service.js';
import { ChangePasswordInput, DeleteAccountInput, SessionObject } from './account.types.js';
import type { Session } from './users.entity.js';
import { ViewerObject } from './users.types.js';

@Resolver(() => SessionObject)
export class AccountResolver {
  @FieldResolver(() => Boolean, { description: 'Whether this is the session making the request.' })
  current(@Root() session: Session, @Ctx() ctx: Context): boolean {
    return ctx.caller.kind === 'user' && ctx.caller.sessionId === session.id;
  }

  @Mutation(() => Boolean, {
    description: 'Revoke one of your sessions (user sessions only); its token is refused from its next request on.',
  })
  revokeSession(@Arg('id', () => ID, { description: 'The session’s id.' }) id: string, @Ctx() ctx: Context) {
    return revokeSession(ctx, id);
  }

  @Mutation(() => Boolean, {
    description:
      'Change your password (user sessions only), confirmed with the current one; every other session of yours is revoked.',
  })
  changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'The input; see its type for each field.' })
    input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ) {
    return changePassword(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Delete your account (user sessions only), confirmed with your password: removes your memberships, personal tokens and sessions. CONFLICT while you are the only owner of a project.',
  })
  deleteAccount(
    @Arg('input', () => DeleteAccountInput, { description: 'The input; see its type for each field.' })
    input: DeleteAccountInput,
    @Ctx() ctx: Context,
  ) {
    return deleteAccount(ctx, input);
  }
}

@Resolver(() => ViewerObject)
export class ViewerSessionsResolver {
  @FieldResolver(() => [SessionObject], { description: 'Your live sessions, newest first (user sessions only).' })
  sessions(@Ctx() ctx: Context): Promise<Session[]> {
    return listSessions(ctx);
  }
}
