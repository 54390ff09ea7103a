/** Ready-to-run operations for the playground; each runs as the session or as a pasted key. */
export interface PlaygroundExample {
  title: string;
  description: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: PlaygroundExample[] = [
  {
    title: 'Who am I?',
    description: 'The caller: your user, or the key itself with its scopes, limits and expiry (no scope needed).',
    query: `# Runs as your session, or as the key chosen above.
query WhoAmI {
  viewer {
    user {
      email
      name
    }
    scopes
    apiKey {
      name
      preview
      status
      environment
      expiresAt
      scopes {
        name
      }
      rateLimit {
        perMinute
        perDay
      }
    }
  }
}
`,
  },
  {
    title: 'My key’s usage',
    description: 'Run as an API key: its usage per hour over the last day, by operation, and its latest requests.',
    query: `# Runs as an API key (choose one above): a key may always read its own usage.
query MyUsage {
  viewer {
    rateLimit {
      limit
      remaining
      resetAt
    }
    apiKey {
      name
      usage(granularity: HOUR) {
        totals {
          requests
          ok
          errors
          denied
          rateLimited
        }
        byOperation {
          operation
          requests
          averageDurationMs
        }
      }
      recentActivity(first: 5) {
        edges {
          node {
            operation
            outcome
            durationMs
            createdAt
          }
        }
      }
    }
  }
}
`,
  },
  {
    title: 'My projects and keys',
    description: 'Projects you belong to and their first keys (a user session).',
    query: `query MyProjects {
  projects {
    id
    name
    plan
    viewerRole
    apiKeys(first: 10) {
      totalCount
      edges {
        node {
          name
          preview
          status
          lastUsedAt
          usageCount
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Scope catalog',
    description: 'Every scope, what it grants and what it implies.',
    query: `query Scopes {
  scopes {
    name
    description
    implies
  }
}
`,
  },
  {
    title: 'Verify a key',
    description: 'What another backend calls to check a key it received (needs keys:verify).',
    query: `mutation Verify($key: String!) {
  verifyApiKey(input: { key: $key, requiredScopes: ["keys:read"] }) {
    valid
    code
    apiKey {
      name
      preview
    }
    rateLimit {
      limit
      remaining
      resetAt
    }
  }
}
`,
    variables: `{
  "key": "lk_live_paste_the_key_to_verify_here"
}
`,
  },
  {
    title: 'Verify a key for your API',
    description:
      'What your backend calls for a key it received: your permissions (with what they imply), the credits to spend and the caller’s address; the answer says who is calling (needs keys:verify).',
    query: `# Your backend's own key (with keys:verify) sends this; choose it above.
mutation VerifyForMyApi($key: String!, $clientAddress: String) {
  verifyApiKey(
    input: {
      key: $key
      requiredPermissions: ["bots:read"]
      cost: 1
      clientAddress: $clientAddress
    }
  ) {
    valid
    code
    permissions
    externalId
    meta
    credits {
      remaining
      refillAt
      refill {
        amount
        interval
      }
    }
    rateLimit {
      limit
      remaining
      resetAt
    }
  }
}
`,
    variables: `{
  "key": "lk_live_paste_the_key_to_verify_here",
  "clientAddress": "203.0.113.7"
}
`,
  },
  {
    title: 'Permissions of my API',
    description:
      'The permissions a project defines for its own API, what each implies and how many keys hold it (needs permissions:read).',
    query: `query MyApiPermissions($projectId: ID!) {
  project(id: $projectId) {
    permissions {
      name
      description
      implies
      keyCount
    }
  }
}
`,
    variables: `{
  "projectId": "paste-a-project-id"
}
`,
  },
  {
    title: 'Project audit log',
    description: 'The latest changes in a project (needs audit:read).',
    query: `query AuditLog($projectId: ID!) {
  project(id: $projectId) {
    name
    auditEvents(first: 10) {
      edges {
        node {
          action
          createdAt
          actor {
            label
          }
          targetLabel
        }
      }
    }
  }
}
`,
    variables: `{
  "projectId": "paste-a-project-id"
}
`,
  },
];
