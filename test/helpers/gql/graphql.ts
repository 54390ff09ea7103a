/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Invite someone to a project by email. The answer is the same whether or not the email has an account: an invitation to an unknown email waits for its sign-up. */
export type AddMemberInput = {
  /** Email of the person to invite (signed up or not). */
  email: string;
  /** The project. */
  projectId: string | number;
  /** Their role once they accept; you can grant only what you hold. */
  role: Role;
};

/** Where a key is meant to be used. */
export type ApiKeyEnvironment =
  /** Production traffic; keys look like `lk_live_…`. */
  | 'LIVE'
  /** Testing; keys look like `lk_test_…`, get 10× the per-minute limit and do not count against live usage. */
  | 'TEST';

/** A new API key. */
export type CreateApiKeyInput = {
  /** Up to 500 characters. */
  description?: string | null | undefined;
  /** Defaults to `LIVE`. */
  environment?: ApiKeyEnvironment | null | undefined;
  /** When the key expires; omit for never. */
  expiresAt?: string | null | undefined;
  /** 1–64 printable characters, unique in the project. */
  name: string;
  /** The project the key belongs to. */
  projectId: string | number;
  /** Scopes to grant; you can grant only scopes you hold. May be empty. */
  scopes: Array<string>;
};

/** A new project. */
export type CreateProjectInput = {
  /** 1–64 printable characters. */
  name: string;
  /** Defaults to the instance’s default plan (LATCHKEY_DEFAULT_PLAN, FREE unless set); only instance administrators may ask for another (FORBIDDEN otherwise). */
  plan?: Plan | null | undefined;
};

/** A project's plan: its key limit and rate limits. */
export type Plan =
  /** Unlimited keys; limits set per key. */
  | 'ENTERPRISE'
  /** 2 keys; 100 requests per minute and 10,000 per day per key. */
  | 'FREE'
  /** 10 keys; 300 per minute and 50,000 per day per key. */
  | 'PRO'
  /** 50 keys; 1,000 per minute and 200,000 per day per key. */
  | 'TEAM';

/** A member's role in a project; roles map to scopes. */
export type Role =
  /** Every scope, but cannot remove owners. */
  | 'ADMIN'
  /** projects:read, keys:write, keys:verify, usage:read, audit:read, members:read. */
  | 'DEVELOPER'
  /** Every scope; only owners make or remove owners. */
  | 'OWNER'
  /** Every read scope. */
  | 'VIEWER';

/** A plan for a project, set by an instance administrator. */
export type SetProjectPlanInput = {
  /** The new plan. */
  plan: Plan;
  /** The project (any project of the instance). */
  projectId: string | number;
};

/** A new account. */
export type SignUpInput = {
  /** Email address; must be unique (case-insensitive). */
  email: string;
  /** Display name; defaults to the part of the email before @. */
  name?: string | null | undefined;
  /** At least 12 characters, not only spaces or control characters, and not common or guessable (a zxcvbn score of 3 or more; the email and name count as guessable words). */
  password: string;
};

export type HarnessAdminMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type HarnessAdminMutation = { signUp: { token: string } };

export type SeedUserMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SeedUserMutation = { signUp: { token: string, user: { id: string } } };

export type SeedProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SeedProjectMutation = { createProject: { secret: string, project: { id: string }, defaultKey: { id: string } } };

export type SeedProjectPlanMutationVariables = Exact<{
  input: SetProjectPlanInput;
}>;


export type SeedProjectPlanMutation = { setProjectPlan: { plan: Plan } };

export type SeedKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SeedKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type SeedMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type SeedMemberMutation = { addMember: { id: string } };

export type SeedMemberAcceptsMutationVariables = Exact<{
  projectId: string | number;
}>;


export type SeedMemberAcceptsMutation = { acceptInvitation: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HarnessAdminDocument = new TypedDocumentString(`
    mutation HarnessAdmin($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<HarnessAdminMutation, HarnessAdminMutationVariables>;
export const SeedUserDocument = new TypedDocumentString(`
    mutation SeedUser($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SeedUserMutation, SeedUserMutationVariables>;
export const SeedProjectDocument = new TypedDocumentString(`
    mutation SeedProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
    }
    defaultKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SeedProjectMutation, SeedProjectMutationVariables>;
export const SeedProjectPlanDocument = new TypedDocumentString(`
    mutation SeedProjectPlan($input: SetProjectPlanInput!) {
  setProjectPlan(input: $input) {
    plan
  }
}
    `) as unknown as TypedDocumentString<SeedProjectPlanMutation, SeedProjectPlanMutationVariables>;
export const SeedKeyDocument = new TypedDocumentString(`
    mutation SeedKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<SeedKeyMutation, SeedKeyMutationVariables>;
export const SeedMemberDocument = new TypedDocumentString(`
    mutation SeedMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeedMemberMutation, SeedMemberMutationVariables>;
export const SeedMemberAcceptsDocument = new TypedDocumentString(`
    mutation SeedMemberAccepts($projectId: ID!) {
  acceptInvitation(projectId: $projectId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeedMemberAcceptsMutation, SeedMemberAcceptsMutationVariables>;