/**
 * The permissions of a project's own API in the portal, in Chromium against the real server:
 * define bots:read, bots:write and invoke:agents (with an implication), issue a key through the
 * dialog with bots:write (bots:read ticked, "implied by bots:write"), credits, allowed addresses,
 * an external id and metadata, after the dialog has refused bad addresses and bad JSON inline; the
 * secret dialog says how to use the key; the key detail shows it all (and never the secret); the
 * keys list filters by external id; a held permission is deleted with force after an explicit
 * confirmation, and the key is refused at once. Every state passes axe-core (WCAG 2.2 AA) at a
 * desktop and a phone width, with screenshots in test/artifacts/permissions/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/harness.js';
import { type SeededProject, type SeededUser, seedMember, seedProject, seedUser } from '../helpers/seed.js';
import {
  assertPortalBuilt,
  type BrowserSession,
  checkAccessibility as checkPageAccessibility,
  expectFocusOn,
  openBrowser,
  WIDTHS,
} from './browser.js';

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let owner: SeededUser;
let project: SeededProject;
let secret = '';
let keyId = '';

const checkAccessibility = (name: string) => checkPageAccessibility(browser, `permissions/${name}`);

const VERIFY = `mutation Verify($input: VerifyApiKeyInput!) {
  verifyApiKey(input: $input) { valid code permissions externalId meta credits { remaining refill { amount interval } } }
}`;

interface Verification {
  valid: boolean;
  code: string;
  permissions: string[];
  externalId: string | null;
  meta: Record<string, unknown> | null;
  credits: { remaining: number; refill: { amount: number; interval: string } | null } | null;
}

/** What a backend learns about the key (the owner's session holds keys:verify). */
async function verify(input: Record<string, unknown>): Promise<Verification> {
  const result = await server.gql(VERIFY, { input: { key: secret, ...input } }, { token: owner.token });
  return (dataOf(result) as { verifyApiKey: Verification }).verifyApiKey;
}

const permissionRow = (name: string) => page.locator(`tr[data-permission="${name}"]`);

async function addPermission(name: string, description: string, implies: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'Add permission' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a permission' });
  await expectFocusOn(dialog.getByRole('textbox', { name: 'Name' }), 'the name field');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: /^Description/ }).fill(description);
  for (const implied of implies) await dialog.getByRole('checkbox', { name: new RegExp(`^${implied}`) }).check();
  await dialog.getByRole('button', { name: 'Add permission' }).click();
  await permissionRow(name).waitFor();
  await expect.poll(() => dialog.count()).toBe(0);
}

beforeAll(async () => {
  assertPortalBuilt();
  server = await startTestServer();
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize(WIDTHS[0].size);
  owner = await seedUser(server, 'permissions-owner');
  project = await seedProject(server, { owner, name: 'Chatbot platform' });
  await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('permissions of your API, and key restrictions, in the portal', { timeout: 120_000 }, () => {
  it('defines bots:read, bots:write and invoke:agents, refusing a bad name inline', async () => {
    await page.goto(`${server.url}/projects/${project.id}/permissions`);
    await page.getByRole('heading', { name: /^Permissions/ }).waitFor();
    await page.getByText('No permissions yet').waitFor();
    await checkAccessibility('empty');

    // A bad name is explained beside the field, and nothing is sent.
    await page.getByRole('button', { name: 'Add permission' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a permission' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await name.fill('Bots');
    await dialog.getByRole('button', { name: 'Add permission' }).click();
    await dialog.getByText('A permission is resource:action, e.g. bots:read: add the colon.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectFocusOn(name, 'the name field in error');
    await checkAccessibility('dialog-create-invalid');
    await page.keyboard.press('Escape');

    // The first with the keyboard only: Enter opens the dialog, focus is in the name, Enter sends it,
    // and focus is back on the button that opened it.
    const add = page.getByRole('button', { name: 'Add permission' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expectFocusOn(dialog.getByRole('textbox', { name: 'Name' }), 'the name field');
    await page.keyboard.type('bots:read');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Read the bots of the tenant.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await permissionRow('bots:read').waitFor();
    await expectFocusOn(add, 'the Add permission button');
    await addPermission('bots:write', 'Create and change bots.');
    await addPermission('invoke:agents', 'Run the agents.', ['bots:read']);

    // bots:write implies bots:read by itself; invoke:agents by its `implies`.
    expect(await permissionRow('bots:write').getByTestId('permission-implies').textContent()).toBe('bots:read');
    expect(await permissionRow('invoke:agents').getByTestId('permission-implies').textContent()).toBe('bots:read');
    expect(await permissionRow('bots:read').getByTestId('permission-implies').textContent()).toBe('nothing');
    expect(await page.getByTestId('permission-count').textContent()).toBe('3');
    await checkAccessibility('catalog');
  });

  it('edits an implication: the dialog says the whole closure before saving', async () => {
    await permissionRow('invoke:agents').getByRole('button', { name: 'Edit invoke:agents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit invoke:agents' });
    await dialog.getByRole('checkbox', { name: /^bots:write/ }).check();
    await expect
      .poll(() => dialog.getByTestId('implies-closure').textContent())
      .toBe('A key holding invoke:agents also gets bots:read, bots:write.');
    await checkAccessibility('dialog-edit');
    // Back to bots:read only, with a new description.
    await dialog.getByRole('checkbox', { name: /^bots:write/ }).uncheck();
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Run the agents of the tenant.');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await permissionRow('invoke:agents').getByText('Run the agents of the tenant.').waitFor();

    // In the bots:write dialog, bots:read is ticked and locked, with the reason.
    await permissionRow('bots:write').getByRole('button', { name: 'Edit bots:write' }).click();
    const write = page.getByRole('dialog', { name: 'Edit bots:write' });
    const read = write.getByRole('checkbox', { name: /^bots:read/ });
    expect(await read.isChecked()).toBe(true);
    expect(await read.isDisabled()).toBe(true);
    await write.getByText('(always: every :write implies its :read)').waitFor();
    await page.keyboard.press('Escape');
  });

  it('issues a key with bots:write, credits, addresses, an external id and metadata through the dialog', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('chatbot partner');
    await dialog.getByRole('checkbox', { name: /^No scopes/ }).check();

    // Choosing bots:write ticks bots:read, locked and explained.
    const picker = dialog.getByTestId('permission-picker');
    await picker.getByRole('checkbox', { name: /^bots:write/ }).check();
    const read = picker.getByRole('checkbox', { name: /^bots:read/ });
    expect(await read.isChecked()).toBe(true);
    expect(await read.isDisabled()).toBe(true);
    await picker.getByText('(implied by bots:write)').waitFor();
    expect(await picker.getByRole('checkbox', { name: /^invoke:agents/ }).isChecked()).toBe(false);

    await dialog.getByRole('textbox', { name: /^External id/ }).fill('tenant_42');
    const meta = dialog.getByRole('textbox', { name: /^Metadata/ });
    await meta.fill('{"plan": pro}');
    await dialog.getByRole('checkbox', { name: 'Limit the key to a number of uses' }).check();
    await dialog.getByRole('textbox', { name: 'Credits', exact: true }).fill('5');
    await dialog.getByRole('combobox', { name: 'Refill' }).selectOption('DAY');
    const addresses = dialog.getByRole('textbox', { name: /^Allowed addresses/ });
    await addresses.fill('203.0.113.0/24\n300.1.1.1');

    // Both mistakes are said beside their fields; focus goes to the first; nothing is sent.
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText(/^Metadata is not valid JSON/).waitFor();
    await dialog.getByText(/^Line 2: “300\.1\.1\.1” is not an IPv4 or IPv6 address/).waitFor();
    expect(await meta.getAttribute('aria-invalid')).toBe('true');
    expect(await addresses.getAttribute('aria-invalid')).toBe('true');
    await expectFocusOn(meta, 'the metadata field in error');
    await checkAccessibility('dialog-create-key-invalid');

    await meta.fill('{"plan": "pro", "seats": 3}');
    await addresses.fill('203.0.113.0/24\n2001:db8::/32');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const created = page.getByRole('dialog', { name: 'Key “chatbot partner” created' });
    await created.waitFor();
    secret = (await created.getByTestId('secret-value').inputValue()) ?? '';
    expect(secret).toMatch(/^lk_live_[0-9A-Za-z]{38}$/);
    // How to use it: curl, the SDK middleware and the CLI, with its permissions and (only here) its secret.
    const help = created.getByTestId('key-usage-help');
    const curl = (await help.locator('[data-snippet="curl"]').textContent()) ?? '';
    const sdk = (await help.locator('[data-snippet="sdk"]').textContent()) ?? '';
    const cli = (await help.locator('[data-snippet="cli"]').textContent()) ?? '';
    expect(curl).toContain(`export LATCHKEY_KEY='${secret}'`);
    expect(curl).toContain('"requiredPermissions":["bots:write"]');
    expect(sdk).toContain("latchkey.middleware({ requiredPermissions: ['bots:write'], cost: 1 })");
    expect(cli).toContain('echo "$LATCHKEY_KEY" | latchkey keys verify - --permissions bots:write');
    keyId = /latchkey keys show (\S+)/.exec(cli)?.[1] ?? '';
    expect(keyId).not.toBe('');
    await checkAccessibility('dialog-key-created');
    await created.getByRole('button', { name: 'I have stored it' }).click();

    // The server holds what the dialog sent: a backend verifying it learns who is calling.
    const verification = await verify({ requiredPermissions: ['bots:read'], clientAddress: '203.0.113.9', cost: 0 });
    expect(verification).toMatchObject({
      valid: true,
      code: 'VALID',
      externalId: 'tenant_42',
      meta: { plan: 'pro', seats: 3 },
      credits: { remaining: 5, refill: { amount: 5, interval: 'DAY' } },
    });
    expect(verification.permissions).toEqual(expect.arrayContaining(['bots:write', 'bots:read']));
    expect((await verify({ clientAddress: '198.51.100.1', cost: 0 })).code).toBe('ADDRESS_NOT_ALLOWED');
  });

  it('shows the permissions, credits, addresses, external id and metadata on the key detail, never the secret', async () => {
    // One credit spent by a verification.
    expect((await verify({ requiredPermissions: ['bots:read'], clientAddress: '203.0.113.9' })).valid).toBe(true);
    await page.goto(`${server.url}/projects/${project.id}/keys/${keyId}`);
    await page.getByRole('heading', { name: 'chatbot partner' }).waitFor();
    const permissions = page.getByTestId('key-permissions');
    await permissions.getByText('bots:write', { exact: true }).waitFor();
    await expect.poll(() => permissions.textContent()).toBe('bots:writebots:read (implied by bots:write)');
    expect(await page.getByTestId('key-external-id').textContent()).toBe('tenant_42');
    expect(await page.getByTestId('key-credits').textContent()).toMatch(
      /^4 remaining \(refilled to 5 every day, next /,
    );
    expect(await page.getByTestId('key-allowed-cidrs').textContent()).toBe('2001:db8::/32203.0.113.0/24');
    expect(JSON.parse((await page.getByTestId('key-meta').textContent()) ?? 'null')).toEqual({ plan: 'pro', seats: 3 });
    const help = page.getByTestId('key-usage-help');
    expect(await help.locator('[data-snippet="cli"]').textContent()).toContain(`latchkey keys show ${keyId}`);
    expect(await help.locator('[data-snippet="sdk"]').textContent()).toContain("requiredPermissions: ['bots:write']");
    expect(await page.content()).not.toContain(secret);
    await checkAccessibility('key-detail');
  });

  it('edits the key’s restrictions in the edit dialog, which starts from what the key has', async () => {
    await page.getByRole('button', { name: /^Edit/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “chatbot partner”' });
    expect(await dialog.getByRole('textbox', { name: /^External id/ }).inputValue()).toBe('tenant_42');
    expect(JSON.parse(await dialog.getByRole('textbox', { name: /^Metadata/ }).inputValue())).toEqual({
      plan: 'pro',
      seats: 3,
    });
    expect(await dialog.getByRole('textbox', { name: 'Credits', exact: true }).inputValue()).toBe('4');
    expect(
      await dialog
        .getByTestId('permission-picker')
        .getByRole('checkbox', { name: /^bots:write/ })
        .isChecked(),
    ).toBe(true);
    await checkAccessibility('dialog-edit-key');
    await dialog.getByRole('textbox', { name: /^Allowed addresses/ }).fill('203.0.113.0/24\n198.51.100.0/24');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('key-allowed-cidrs').textContent()).toBe('198.51.100.0/24203.0.113.0/24');
    // The credits were not touched, so they were not reset.
    expect(await page.getByTestId('key-credits').textContent()).toMatch(/^4 remaining/);
    expect((await verify({ clientAddress: '198.51.100.1', cost: 0 })).valid).toBe(true);
  });

  it('filters the keys list by external id', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const filter = page.getByRole('searchbox', { name: 'External id' });
    await filter.fill('tenant_42');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-key-name')).toBe('chatbot partner');
    await filter.fill('tenant_7');
    await page.getByText('No keys match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('a developer (keys:write without permissions:read) edits the key and its permissions stay as they are', async () => {
    const developer = await seedMember(server, project, 'DEVELOPER');
    await browser.context.addCookies([{ name: 'latchkey_session', value: developer.token, url: server.url }]);
    try {
      await page.goto(`${server.url}/projects/${project.id}/permissions`);
      await page.getByText('Your role cannot read the project’s permissions').waitFor();
      expect(await page.getByRole('button', { name: 'Add permission' }).count()).toBe(0);

      await page.goto(`${server.url}/projects/${project.id}/keys/${keyId}`);
      await page.getByRole('button', { name: /^Edit/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit “chatbot partner”' });
      await dialog
        .getByTestId('permission-picker')
        .getByText(
          'Your role cannot read the project’s permissions (that needs permissions:read), so they stay as they are: bots:write.',
        )
        .waitFor();
      await dialog.getByRole('textbox', { name: 'Description' }).fill('Partner key of tenant 42.');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      // Exact: the key's audit trail, updated live, shows the change's summary with the same words.
      await page.getByText('Partner key of tenant 42.', { exact: true }).waitFor();
      expect((await verify({ requiredPermissions: ['bots:read'], clientAddress: '203.0.113.9', cost: 0 })).valid).toBe(
        true,
      );
    } finally {
      await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
    }
  });

  it('deletes a held permission only with force, after an explicit confirmation; the key is refused at once', async () => {
    await page.goto(`${server.url}/projects/${project.id}/permissions`);
    await expect.poll(() => permissionRow('bots:write').getByTestId('permission-key-count').textContent()).toBe('1');
    await permissionRow('bots:write').getByRole('button', { name: 'Delete bots:write' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete bots:write?' });
    expect(await dialog.getByTestId('delete-permission-held').textContent()).toMatch(
      /^1 key holds it\. Deleting it takes it from them/,
    );
    const confirm = dialog.getByRole('checkbox', { name: 'Also remove it from the 1 key holding it' });
    await expectFocusOn(confirm, 'the confirmation');
    await checkAccessibility('dialog-delete-held');

    // Without the confirmation nothing is sent, and it says why.
    await dialog.getByRole('button', { name: 'Delete and remove from keys' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Check this to confirm' }).waitFor();
    expect(await permissionRow('bots:write').count()).toBe(1);

    await confirm.check();
    await dialog.getByRole('button', { name: 'Delete and remove from keys' }).click();
    await expect.poll(() => permissionRow('bots:write').count()).toBe(0);
    await expectFocusOn(page.getByRole('heading', { name: /^Permissions/ }), 'the Permissions heading');
    expect(await page.getByTestId('permission-count').textContent()).toBe('2');

    // bots:read came only through bots:write: the key's next verification is refused.
    const refused = await verify({ requiredPermissions: ['bots:read'], clientAddress: '203.0.113.9', cost: 0 });
    expect(refused).toMatchObject({ valid: false, code: 'INSUFFICIENT_PERMISSIONS', permissions: [] });

    // An unheld permission is deleted with a plain confirmation.
    await permissionRow('invoke:agents').getByRole('button', { name: 'Delete invoke:agents' }).click();
    const plain = page.getByRole('dialog', { name: 'Delete invoke:agents?' });
    await plain.getByText('No key holds invoke:agents.').waitFor();
    await plain.getByRole('button', { name: 'Delete permission' }).click();
    await expect.poll(() => permissionRow('invoke:agents').count()).toBe(0);
  });

  it('tripped no Content-Security-Policy rule and logged no error', () => {
    expect(browser.problems).toEqual([]);
  });
});
