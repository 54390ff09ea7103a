/**
 * The account page in Chromium, against the real server: reached from the header's email link,
 * create a personal access token restricted to one project with the keyboard (its secret shown
 * once, and it works: it lists that project only), revoke it (refused at once), list and revoke
 * another session, change the password, and the danger zone's typed confirmation (refused for the
 * last owner of a project, in words). Every state passes axe-core (WCAG 2.2 AA) at a desktop and a
 * phone width, with screenshots in test/artifacts/account/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/harness.js';
import { PASSWORD, type SeededProject, seedProject, seedUser } from '../helpers/seed.js';
import {
  assertPortalBuilt,
  type BrowserSession,
  checkAccessibility as checkPageAccessibility,
  expectFocusOn,
  openBrowser,
  tabTo,
  WIDTHS,
} from './browser.js';

const NEW_PASSWORD = 'marmalade skylight wanders sideways';

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let projectA: SeededProject;
let projectB: SeededProject;

const checkAccessibility = (name: string) => checkPageAccessibility(browser, `account/${name}`);

const PROJECTS = 'query { projects { id } }';

beforeAll(async () => {
  assertPortalBuilt();
  server = await startTestServer();
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize(WIDTHS[0].size);
  const owner = await seedUser(server, 'account-owner');
  projectA = await seedProject(server, { owner, name: 'Alpha project' });
  projectB = await seedProject(server, { owner, name: 'Beta project' });
  await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the account page', { timeout: 90_000 }, () => {
  let secret = '';

  it('is linked from the header and creates a token for one project, with the keyboard', async () => {
    await page.goto(`${server.url}/projects`);
    const link = page.getByRole('link', { name: projectA.owner.email });
    await tabTo(link);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await page.getByText('No personal access tokens').waitFor();
    await checkAccessibility('empty');

    await tabTo(page.getByRole('button', { name: 'Create token' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create a personal access token' });
    await expectFocusOn(dialog.getByRole('textbox', { name: 'Name' }), 'the name field');
    await page.keyboard.type('laptop CLI');
    // Sending without a scope says why, and sends nothing.
    await tabTo(dialog.getByRole('button', { name: 'Create token' }));
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Choose at least one scope' }).waitFor();
    await tabTo(dialog.getByRole('checkbox', { name: /projects:read/ }));
    await page.keyboard.press('Space');
    await tabTo(dialog.getByRole('checkbox', { name: /All my projects/ }));
    await page.keyboard.press('Space');
    await tabTo(dialog.getByRole('checkbox', { name: 'Alpha project' }));
    await page.keyboard.press('Space');
    await tabTo(dialog.getByRole('combobox', { name: 'Expiry' }));
    await dialog.getByRole('combobox', { name: 'Expiry' }).selectOption('90');
    await checkAccessibility('create-dialog');
    await tabTo(dialog.getByRole('button', { name: 'Create token' }));
    await page.keyboard.press('Enter');

    const created = page.getByRole('dialog', { name: 'Token “laptop CLI” created' });
    const secretField = created.getByTestId('secret-value');
    await expectFocusOn(secretField, 'the token');
    secret = await secretField.inputValue();
    expect(secret).toMatch(/^lk_pat_[0-9A-Za-z]{38}$/);
    await checkAccessibility('secret-once');
    await tabTo(created.getByRole('button', { name: 'I have stored it' }));
    await page.keyboard.press('Enter');
    const row = page.getByRole('row', { name: /laptop CLI/ });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Alpha project');
    expect(await row.textContent()).not.toContain(secret);
    const lastUsed = row.locator('td[data-label="Last used"]');
    expect(await lastUsed.textContent()).toBe('never');

    // The token works, in project A only.
    const listed = dataOf(await server.gql<{ projects: { id: string }[] }>(PROJECTS, {}, { token: secret }));
    expect(listed.projects.map((project) => project.id)).toEqual([projectA.id]);
    const other = await server.gql(`query { project(id: "${projectB.id}") { id } }`, {}, { token: secret });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Used: the page shows it (written after the request, so read again until it is there).
    await expect
      .poll(
        async () => {
          await page.reload();
          return page
            .getByRole('row', { name: /laptop CLI/ })
            .locator('td[data-label="Last used"]')
            .textContent();
        },
        { timeout: 10_000 },
      )
      .toBe('just now');
  });

  it('revokes the token, which is refused at once', async () => {
    await tabTo(page.getByRole('button', { name: 'Revoke token laptop CLI' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revoke token “laptop CLI”?' });
    await tabTo(dialog.getByRole('button', { name: 'Revoke token' }));
    await page.keyboard.press('Enter');
    await page.getByText('No personal access tokens').waitFor();
    const refused = await server.gql(PROJECTS, {}, { token: secret });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe('TOKEN_REVOKED');
  });

  it('lists sessions and revokes another one', async () => {
    const other = dataOf(
      await server.gql<{ logIn: { token: string } }>(
        'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
        { input: { email: projectA.owner.email, password: PASSWORD } },
        { headers: { 'user-agent': 'curl/8.5.0' } },
      ),
    ).logIn.token;
    await page.reload();
    const sessions = page.getByRole('table', { name: 'Your sessions' });
    await expect.poll(() => sessions.getByRole('row').count()).toBe(3);
    await sessions.getByText('this session').waitFor();
    await checkAccessibility('sessions');
    const revoke = sessions.getByRole('button', { name: /^Revoke the session from/ });
    await tabTo(revoke);
    await page.keyboard.press('Enter');
    await expect.poll(() => sessions.getByRole('row').count()).toBe(2);
    expect((await server.gql(PROJECTS, {}, { token: other })).status).toBe(401);
  });

  it('changes the password', async () => {
    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
    await tabTo(form.getByRole('button', { name: 'Change password' }));
    await page.keyboard.press('Enter');
    await form.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    // Still signed in here; the new password logs in.
    dataOf(
      await server.gql('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
        input: { email: projectA.owner.email, password: NEW_PASSWORD },
      }),
    );
  });

  it('asks for the typed email before deleting, and explains the last-owner refusal', async () => {
    await tabTo(page.getByRole('button', { name: 'Delete my account…' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const confirm = dialog.getByRole('button', { name: 'Delete my account' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.keyboard.type(projectA.owner.email);
    await dialog.getByLabel('Password').fill(NEW_PASSWORD);
    expect(await confirm.isDisabled()).toBe(false);
    await checkAccessibility('delete-dialog');
    await tabTo(confirm);
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'only owner' }).waitFor();
    // Nothing was removed: the session still works.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(browser.problems).toEqual([]);
  });
});
