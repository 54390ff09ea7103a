/**
 * Pure logic of the portal's permission screens: the closure shown in the pickers ("implied by
 * bots:write"), the restriction fields' validation (CIDRs, metadata, external id, credits), the
 * "How to use this key" snippets, and the playground's examples, which must be valid against the
 * committed schema.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  cidrProblem,
  creditsFormOf,
  externalIdProblem,
  metaText,
  parseCidrList,
  parseCredits,
  parseMeta,
} from '../../portal/src/keys/restrictions.js';
import { keySnippets, shellQuote, VERIFY_QUERY } from '../../portal/src/keys/usage-snippets.js';
import { EXAMPLES } from '../../portal/src/pages/playground-examples.js';
import {
  type CatalogPermission,
  impliedBy,
  impliedByOne,
  impliedByText,
  permissionClosure,
  permissionNameProblem,
  withoutImplied,
} from '../../portal/src/permissions/catalog.js';

const catalog: CatalogPermission[] = [
  { name: 'bots:read', implies: [] },
  { name: 'bots:write', implies: [] },
  { name: 'invoke:agents', implies: ['bots:read'] },
  { name: 'admin:all', implies: ['bots:write', 'invoke:agents'] },
  { name: 'notes:write', implies: [] },
];

describe('permission closure, as the pickers show it', () => {
  it('`<r>:write` implies `<r>:read` when both exist, and `implies` adds more, transitively', () => {
    expect([...permissionClosure(catalog, ['bots:write'])].sort()).toEqual(['bots:read', 'bots:write']);
    expect(impliedByOne(catalog, 'admin:all')).toEqual(['bots:read', 'bots:write', 'invoke:agents']);
    // notes:read does not exist: notes:write implies nothing.
    expect(impliedByOne(catalog, 'notes:write')).toEqual([]);
  });

  it('drops names the catalog does not hold, and survives cycles', () => {
    expect([...permissionClosure(catalog, ['gone:read'])]).toEqual([]);
    const cyclic: CatalogPermission[] = [
      { name: 'a:x', implies: ['b:x'] },
      { name: 'b:x', implies: ['a:x'] },
    ];
    expect(impliedByOne(cyclic, 'a:x')).toEqual(['b:x']);
  });

  it('says which chosen permissions imply each ticked one', () => {
    const implied = impliedBy(catalog, new Set(['bots:write', 'invoke:agents']));
    expect(implied.get('bots:read')).toEqual(['bots:write', 'invoke:agents']);
    expect(impliedByText(implied.get('bots:read') ?? [])).toBe('implied by bots:write and invoke:agents');
    expect(impliedByText(['bots:write'])).toBe('implied by bots:write');
    expect(impliedByText(['a:x', 'b:x', 'c:x'])).toBe('implied by a:x, b:x and c:x');
  });

  it('sends only what is not implied by another choice, keeping one of two permissions implying each other', () => {
    expect([...withoutImplied(catalog, new Set(['bots:read', 'bots:write']))]).toEqual(['bots:write']);
    expect([...withoutImplied(catalog, new Set(['admin:all', 'bots:read', 'invoke:agents']))]).toEqual(['admin:all']);
    const cyclic: CatalogPermission[] = [
      { name: 'a:x', implies: ['b:x'] },
      { name: 'b:x', implies: ['a:x'] },
    ];
    expect([...withoutImplied(cyclic, new Set(['a:x', 'b:x']))]).toEqual(['a:x']);
  });

  it('explains what is wrong with a new permission’s name', () => {
    expect(permissionNameProblem('bots:read', [])).toBeNull();
    expect(permissionNameProblem('bots.v2:read-all', [])).toBeNull();
    expect(permissionNameProblem('', [])).toMatch(/Enter a name/);
    expect(permissionNameProblem('bots', [])).toMatch(/colon/);
    expect(permissionNameProblem('Bots:Read', [])).toMatch(/lowercase/);
    expect(permissionNameProblem('1bots:read', [])).toMatch(/starts with a letter/);
    expect(permissionNameProblem(`bots:${'r'.repeat(41)}`, [])).toMatch(/up to 39/);
    expect(permissionNameProblem('bots:read', catalog)).toBe('The project already has bots:read.');
  });
});

describe('allowed addresses', () => {
  it('takes IPv4 and IPv6 addresses and CIDRs, one per line or separated by commas', () => {
    const parsed = parseCidrList('203.0.113.0/24\n2001:db8::/32, 198.51.100.7\n\n  ::1  ');
    expect(parsed.problems).toEqual([]);
    expect(parsed.cidrs).toEqual(['203.0.113.0/24', '2001:db8::/32', '198.51.100.7', '::1']);
    expect(parseCidrList('').cidrs).toEqual([]);
  });

  it('says which line is wrong, and why', () => {
    const parsed = parseCidrList('203.0.113.0/24\n300.1.1.1\n10.0.0.0/33\n2001:db8::/129\nexample.com');
    expect(parsed.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5]);
    expect(parsed.problems[0]?.message).toMatch(/not an IPv4 or IPv6 address/);
    expect(parsed.problems[1]?.message).toBe('The prefix length after “/” must be a number from 0 to 32.');
    expect(parsed.problems[2]?.message).toBe('The prefix length after “/” must be a number from 0 to 128.');
    expect(cidrProblem('10.0.0.0/')).toMatch(/prefix length/);
    expect(cidrProblem('10.0.0.0/8')).toBeNull();
  });

  it('refuses more than 50 entries', () => {
    const many = Array.from({ length: 51 }, (_, index) => `10.0.${index}.0/24`).join('\n');
    expect(parseCidrList(many).problems.at(-1)?.message).toBe('At most 50 addresses or ranges (51 given).');
  });
});

describe('metadata', () => {
  it('is a JSON object of at most 4 KB, or empty for none', () => {
    expect(parseMeta('')).toEqual({ meta: null });
    expect(parseMeta('{"plan":"pro","seats":3}')).toEqual({ meta: { plan: 'pro', seats: 3 } });
    expect(parseMeta('{"plan": pro}')).toEqual({ problem: expect.stringMatching(/^Metadata is not valid JSON/) });
    expect(parseMeta('[1, 2]')).toEqual({ problem: 'Metadata must be a JSON object, such as {"plan": "pro"}.' });
    expect(parseMeta('"text"')).toHaveProperty('problem');
    expect(parseMeta('null')).toHaveProperty('problem');
  });

  it('counts bytes of compact UTF-8 JSON, as the server does', () => {
    // {"a":"…"} is 8 bytes around the value; é is 2 bytes in UTF-8.
    expect(parseMeta(JSON.stringify({ a: 'x'.repeat(4088) }))).toHaveProperty('meta');
    expect(parseMeta(JSON.stringify({ a: 'x'.repeat(4089) }))).toEqual({
      problem: 'Metadata is 4,097 bytes; at most 4,096 are allowed.',
    });
    expect(parseMeta(JSON.stringify({ a: 'é'.repeat(2045) }))).toHaveProperty('problem');
    // Whitespace the person typed does not count.
    expect(parseMeta(`{\n  "a": "${'x'.repeat(4088)}"\n}`)).toHaveProperty('meta');
  });

  it('shows a key’s metadata pretty-printed for editing', () => {
    expect(metaText(null)).toBe('');
    expect(metaText({ plan: 'pro' })).toBe('{\n  "plan": "pro"\n}');
  });
});

describe('external id and credits', () => {
  it('external id: at most 256 printable characters', () => {
    expect(externalIdProblem('tenant_42')).toBeNull();
    expect(externalIdProblem('x'.repeat(257))).toBe('At most 256 characters (257 given).');
    expect(externalIdProblem('a\u0007b')).toBe('Use printable characters only.');
  });

  it('credits: a count, and a DAY or MONTH refill to an amount (the count by default)', () => {
    const form = { enabled: true, remaining: '5', refill: '' as const, refillAmount: '' };
    expect(parseCredits({ ...form, enabled: false })).toEqual({ credits: null });
    expect(parseCredits(form)).toEqual({ credits: { remaining: 5, refill: null } });
    expect(parseCredits({ ...form, refill: 'DAY' })).toEqual({
      credits: { remaining: 5, refill: { amount: 5, interval: 'DAY' } },
    });
    expect(parseCredits({ ...form, refill: 'MONTH', refillAmount: '1000' })).toEqual({
      credits: { remaining: 5, refill: { amount: 1000, interval: 'MONTH' } },
    });
    expect(parseCredits({ ...form, remaining: '-1' })).toEqual({
      problems: { remaining: 'Enter a whole number from 0 to 1,000,000,000.' },
    });
    expect(parseCredits({ ...form, remaining: '2.5' })).toHaveProperty('problems.remaining');
    expect(parseCredits({ ...form, refill: 'DAY', refillAmount: '0' })).toEqual({
      problems: { refillAmount: 'Enter a whole number from 1 to 1,000,000,000.' },
    });
  });

  it('credits: a key’s credits fill the edit form', () => {
    expect(creditsFormOf(null).enabled).toBe(false);
    expect(creditsFormOf({ remaining: 3, refill: { amount: 10, interval: 'MONTH' } })).toEqual({
      enabled: true,
      remaining: '3',
      refill: 'MONTH',
      refillAmount: '10',
    });
  });
});

describe('“How to use this key”', () => {
  const key = { id: 'key_123', name: 'chatbot', preview: 'lk_live_abcd…wxyz', permissions: ['bots:write'] };
  const origin = 'https://latchkey.example.com';

  it('fills in the key’s id and permissions, and never the secret unless given', () => {
    const snippets = keySnippets(key, { origin });
    for (const text of Object.values(snippets)) expect(text).not.toMatch(/lk_live_[0-9A-Za-z]{20}/);
    expect(snippets.curl).toContain('lk_live_abcd…wxyz');
    expect(snippets.curl).toContain(`${origin}/graphql`);
    expect(snippets.curl).toContain('"requiredPermissions":["bots:write"]');
    expect(snippets.sdk).toContain("from '@latchkey/sdk'");
    expect(snippets.sdk).toContain("requiredPermissions: ['bots:write']");
    expect(snippets.sdk).toContain('key_123');
    expect(snippets.cli).toContain('latchkey keys show key_123');
    expect(snippets.cli).toContain('echo "$LATCHKEY_KEY" | latchkey keys verify - --permissions bots:write');
  });

  it('puts the secret in the snippets shown once, quoted for the shell', () => {
    const secret = `lk_live_${'A'.repeat(38)}`;
    const snippets = keySnippets(key, { origin, secret });
    expect(snippets.curl.split('\n')[0]).toBe(`export LATCHKEY_KEY='${secret}'`);
    expect(snippets.cli).toContain(secret);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('sends a valid JSON body: the key spliced in from the shell variable', () => {
    const curl = keySnippets({ ...key, permissions: ['bots:write', 'invoke:agents'] }, { origin }).curl;
    const data = /--data '(.*)'$/m.exec(curl)?.[1] ?? '';
    // What the shell passes once it has replaced the variable.
    const body = JSON.parse(data.replace(`'"$LATCHKEY_KEY"'`, 'lk_test_secret')) as {
      query: string;
      variables: { input: Record<string, unknown> };
    };
    expect(body.query).toBe(VERIFY_QUERY);
    expect(body.variables.input).toEqual({
      key: 'lk_test_secret',
      requiredPermissions: ['bots:write', 'invoke:agents'],
      cost: 1,
    });
  });

  it('says so when the key holds no permission yet, and lists several for the CLI', () => {
    expect(keySnippets({ ...key, permissions: [] }, { origin }).sdk).toContain('holds no permission of your API yet');
    expect(keySnippets({ ...key, permissions: [] }, { origin }).cli).toMatch(/latchkey keys verify -$/m);
    expect(keySnippets({ ...key, permissions: ['bots:write', 'invoke:agents'] }, { origin }).cli).toContain(
      'latchkey keys verify - --permissions bots:write,invoke:agents',
    );
  });
});

describe('documents valid against the committed schema', () => {
  const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
  const errorsOf = (source: string) => validate(schema, parse(source)).map((error) => error.message);

  it('the playground’s examples, the verifyApiKey one with permissions, cost and client address', () => {
    for (const example of EXAMPLES) expect(errorsOf(example.query), example.title).toEqual([]);
    const verify = EXAMPLES.find((example) => example.title === 'Verify a key for your API');
    expect(verify?.query).toMatch(/requiredPermissions: \["bots:read"\]/);
    expect(verify?.query).toMatch(/cost: 1/);
    expect(verify?.query).toMatch(/clientAddress: \$clientAddress/);
    expect(JSON.parse(verify?.variables ?? '{}')).toHaveProperty('clientAddress');
  });

  it('the verification the curl snippet sends', () => {
    expect(errorsOf(VERIFY_QUERY)).toEqual([]);
  });
});
