import { graphql } from '../../helpers/gql/index.js';
import { dataOf, type TestServer } from '../../helpers/harness.js';
import type { SeededUser } from '../../helpers/seed.js';

export interface SeededToken {
  id: string;
  secret: string;
}

const DAY_MS = 24 * 3600 * 1000;

/** A personal access token of `user` (through their session): all their projects unless `projectIds`. */
export async function seedPersonalToken(
  server: TestServer,
  user: SeededUser,
  options: { scopes?: string[]; projectIds?: string[]; name?: string; expiresInDays?: number } = {},
): Promise<SeededToken> {
  const result = await server.gql(
    graphql(
      `mutation SeedPersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }`,
    ),
    {
      input: {
        name: options.name ?? `token-${Math.random().toString(36).slice(2, 10)}`,
        scopes: options.scopes ?? ['admin'],
        projectIds: options.projectIds ?? [],
        expiresAt: new Date(Date.now() + (options.expiresInDays ?? 30) * DAY_MS).toISOString(),
      },
    },
    { token: user.token },
  );
  const { createPersonalToken } = dataOf(result);
  return { id: createPersonalToken.token.id, secret: createPersonalToken.secret };
}
