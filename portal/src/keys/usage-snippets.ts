/**
 * "How to use this key": the snippets the secret dialog and the key detail show, with the key's
 * own id and permissions filled in. The secret goes in only when it is given, which is only in the
 * dialog that shows it once; elsewhere a placeholder names the key's preview instead.
 */

export interface SnippetKey {
  id: string;
  name: string;
  preview: string;
  /** The permissions of your API granted to the key (as listed, without implied ones). */
  permissions: readonly string[];
}

export interface KeySnippets {
  curl: string;
  sdk: string;
  cli: string;
}

/** Quotes a value for a POSIX shell (single quotes; a single quote closes, escapes and reopens). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export const VERIFY_QUERY =
  'mutation Verify($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code permissions externalId meta credits { remaining } } }';

/** The line that puts the key in `LATCHKEY_KEY`: the secret itself, or a comment saying where it is. */
function keyLine(key: SnippetKey, secret?: string): string {
  return secret
    ? `export LATCHKEY_KEY=${shellQuote(secret)}`
    : `# export LATCHKEY_KEY=<the secret of ${key.preview}, shown once when it was created or rotated>`;
}

export function keySnippets(key: SnippetKey, options: { origin: string; secret?: string }): KeySnippets {
  const { origin, secret } = options;
  const permissions = [...key.permissions];
  // The JSON body is single-quoted for the shell; the key is spliced in from the variable.
  const input = JSON.stringify({ key: '@KEY@', requiredPermissions: permissions, cost: 1 }).replace(
    '"@KEY@"',
    `"'"$LATCHKEY_KEY"'"`,
  );
  const body = `{"query":${JSON.stringify(VERIFY_QUERY)},"variables":{"input":${input}}}`;
  const curl = [
    keyLine(key, secret),
    '',
    `# Your backend verifies the key it received (with its own key, holding keys:verify):`,
    `curl -sS ${origin}/graphql \\`,
    `  -H "Authorization: Bearer $LATCHKEY_VERIFY_KEY" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data '${body}'`,
    '',
    `# The key calling Latchkey's own API (what its scopes allow):`,
    `curl -sS ${origin}/graphql \\`,
    `  -H "Authorization: Bearer $LATCHKEY_KEY" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data '{"query":"{ viewer { scopes apiKey { name } } }"}'`,
  ].join('\n');

  const required = permissions.map((name) => `'${name}'`).join(', ');
  const sdk = [
    `import { Latchkey } from '@latchkey/sdk';`,
    '',
    `// Your backend's own key, holding keys:verify.`,
    `const latchkey = new Latchkey({ url: '${origin}', token: process.env.LATCHKEY_VERIFY_KEY });`,
    '',
    permissions.length > 0
      ? `// Key “${key.name}” (${key.id}) passes: it holds ${permissions.join(', ')}.`
      : `// Key “${key.name}” (${key.id}) holds no permission of your API yet: grant one, then require it here.`,
    `app.get('/bots', latchkey.middleware({ requiredPermissions: [${required}], cost: 1 }), (req, res) =>`,
    `  res.json({ caller: req.latchkey.externalId, meta: req.latchkey.meta }));`,
  ].join('\n');

  // The key goes in on stdin ("-"), so it stays out of the process list.
  const permissionFlag = permissions.length > 0 ? ` --permissions ${permissions.join(',')}` : '';
  const cli = [
    keyLine(key, secret),
    '',
    `latchkey keys show ${key.id}`,
    `echo "$LATCHKEY_KEY" | latchkey keys verify -${permissionFlag}`,
  ].join('\n');

  return { curl, sdk, cli };
}
