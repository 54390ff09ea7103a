import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ViewerObject } from '../users/users.types.js';
import type { PersonalToken } from './personal-tokens.entity.js';
import { createPersonalToken, listPersonalTokens, revokePersonalToken } from './personal-tokens.service.js';
import { CreatePersonalTokenInput, CreatePersonalTokenPayload, PersonalTokenObject } from './personal-tokens.types.js';

@Resolver(() => PersonalTokenObject)
export class PersonalTokensResolver {
  @Mutation(() => CreatePersonalTokenPayload, {
    description:
      'Create a personal access token (user sessions only): scoped, restricted to some projects or all, with a required expiry of at most 366 days. The secret is returned once.',
  })
  createPersonalToken(
    @Arg('input', () => CreatePersonalTokenInput, { description: 'The input; see its type for each field.' })
    input: CreatePersonalTokenInput,
    @Ctx() ctx: Context,
  ) {
    return createPersonalToken(ctx, input);
  }

  @Mutation(() => PersonalTokenObject, {
    description:
      'Revoke one of your personal access tokens (user sessions only); it is refused from its next request on.',
  })
  revokePersonalToken(@Arg('id', () => ID, { description: 'The token’s id.' }) id: string, @Ctx() ctx: Context) {
    return revokePersonalToken(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the token is past its expiry.' })
  expired(@Root() token: PersonalToken): boolean {
    return token.expiresAt.getTime() <= Date.now();
  }
}

@Resolver(() => ViewerObject)
export class ViewerPersonalTokensResolver {
  @FieldResolver(() => [PersonalTokenObject], {
    description: 'Your personal access tokens that are not revoked, newest first (user sessions only).',
  })
  personalTokens(@Ctx() ctx: Context): Promise<PersonalToken[]> {
    return listPersonalTokens(ctx);
  }
}
