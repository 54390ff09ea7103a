/**
 * The portal in a real browser against the real server (PostgreSQL, Redis): a developer signs up,
 * creates a project and a key, reads its secret once, calls the API with it in the playground,
 * rotates it, deactivates the old key and sees the playground refuse it, deletes a key; a partner
 * then checks their own key's usage page. Screenshots land in test/artifacts/.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/harness.js';
import { startUsageServer } from '../integration/usage/usage-harness.js';
import { assertPortalBuilt, type BrowserSession, openBrowser } from './browser.js';

const KEY_FORMAT = /^lk_(live|test)_[0-9A-Za-z]{38}$/;
const previewOf = (secret: string) => `${secret.slice(0, 12)}…${secret.slice(-4)}`;

let server: TestServer;
let browser: BrowserSession;
let page: Page;

const state = {
  email: `dev-${randomUUID()}@example.com`,
  projectUrl: '',
  defaultSecret: '',
  keySecret: '',
  rotatedSecret: '',
};

/** The keys table row of the key with this preview. */
const keyRow = (preview: string): Locator => page.locator(`tr[data-key-preview="${preview}"]`);

/** The button that opens a key row's action menu. */
const menuButton = (preview: string): Locator => keyRow(preview).getByRole('button', { name: /^Actions for/ });

/** Opens a key row's action menu and chooses an action. */
async function rowAction(preview: string, action: RegExp): Promise<void> {
  await menuButton(preview).click();
  await keyRow(preview).getByRole('button', { name: action }).click();
}

/** The "Requests" total of the usage report on the page, refreshing until the workers have counted `atLeast`. */
async function waitForCountedRequests(atLeast: number): Promise<number> {
  const total = page.getByTestId('usage-totals').locator('.total-value').first();
  let counted = 0;
  await expect
    .poll(
      async () => {
        counted = Number((await total.textContent())?.replace(/\D/g, '') ?? 0);
        if (counted < atLeast) await page.getByRole('button', { name: 'Refresh' }).first().click();
        return counted;
      },
      { timeout: 20_000, interval: 300 },
    )
    .toBeGreaterThanOrEqual(atLeast);
  return counted;
}

/** Runs the playground's current operation as `secret` and returns the outcome line. */
async function runInPlayground(secret: string): Promise<Locator> {
  await page.getByLabel('An API key').check();
  await page.getByLabel('API key', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Who am I?' }).click();
  // The example reaches the editor asynchronously (Monaco): executing before it is there runs an
  // empty document, which GraphiQL ignores. Wait until the editor shows it.
  await expect.poll(() => page.locator('.monaco-editor .view-lines').first().textContent()).toContain('WhoAmI');
  const outcome = page.getByTestId('playground-outcome');
  const before = await outcome.textContent();
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect.poll(() => outcome.textContent()).not.toBe(before);
  return outcome;
}

beforeAll(async () => {
  assertPortalBuilt();
  // The real server with its usage workers, on queues of its own, so usage pages show real numbers.
  // The developer is also the instance's administrator: the only people who pick a plan.
  server = await startUsageServer({ config: { adminEmails: new Set([state.email]) } });
  browser = await openBrowser();
  page = browser.page;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('portal in Chromium', { timeout: 60_000 }, () => {
  it('signs a developer up', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Log in to Latchkey' }).isVisible()).toBe(true);
    await browser.screenshot('01-log-in');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Dana Developer');
    await page.getByLabel('Email').fill(state.email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign up' }).click();

    const heading = page.getByRole('heading', { name: 'Projects', exact: true });
    await heading.waitFor();
    await page.getByText('No projects yet').waitFor();
    // The route changed: focus went to the new page's heading, not back to <body>.
    await expect.poll(() => heading.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.user-email').textContent()).toBe(state.email);
    // The session is an HttpOnly cookie the page's scripts cannot read.
    const cookies = await browser.context.cookies(server.url);
    const session = cookies.find((cookie) => cookie.name === 'latchkey_session');
    expect(session?.httpOnly, JSON.stringify(cookies)).toBe(true);
    expect(await page.evaluate('document.cookie')).not.toContain('latchkey_session');
    await browser.screenshot('02-projects-empty');
  });

  it('creates a project and shows its default key once', async () => {
    await page.getByRole('textbox', { name: 'Name' }).fill('Acme Storefront');
    await page.getByLabel('Plan').selectOption('PRO');
    await page.getByRole('button', { name: 'Create project' }).click();

    const dialog = page.getByRole('dialog', { name: 'Project “Acme Storefront” created' });
    await dialog.waitFor();
    state.defaultSecret = await dialog.getByTestId('secret-value').inputValue();
    expect(state.defaultSecret).toMatch(KEY_FORMAT);
    await expect.poll(() => dialog.getByText('It is shown only this once').isVisible()).toBe(true);
    await browser.screenshot('03-project-created');

    await dialog.getByRole('button', { name: 'Open the project' }).click();
    await page.getByRole('heading', { name: 'Acme Storefront' }).waitFor();
    state.projectUrl = page.url();
    await keyRow(previewOf(state.defaultSecret)).waitFor();
    expect(await page.content()).not.toContain(state.defaultSecret);
  });

  it('creates a key with implied scopes checked, and shows its secret once', async () => {
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('checkout-service');
    await dialog.getByRole('textbox', { name: /^Description/ }).fill('Calls the API from the checkout backend.');
    await dialog.getByRole('checkbox', { name: /keys:write/ }).check();
    // keys:write implies keys:read: checked and locked.
    const keysRead = dialog.getByRole('checkbox', { name: /^keys:read/ });
    expect(await keysRead.isChecked()).toBe(true);
    expect(await keysRead.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /usage:read/ }).check();
    await dialog.getByLabel('Expiry').selectOption('90');
    await browser.screenshot('04-create-key');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const created = page.getByRole('dialog', { name: 'Key “checkout-service” created' });
    state.keySecret = await created.getByTestId('secret-value').inputValue();
    expect(state.keySecret).toMatch(/^lk_live_/);
    expect(state.keySecret).toMatch(KEY_FORMAT);
    await browser.screenshot('05-key-secret');
    await created.getByRole('button', { name: 'I have stored it' }).click();

    const row = keyRow(previewOf(state.keySecret));
    await row.waitFor();
    expect(await row.textContent()).toMatch(new RegExp(`active.*keys:write.*usage:read.*${state.email}`, 's'));
    // Once the dialog is closed the secret is gone from the page, and reloading does not bring it back.
    expect(await page.content()).not.toContain(state.keySecret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(state.keySecret);
    await browser.screenshot('06-keys');
  });

  it('filters the keys table', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('checkout');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Status').selectOption('DEACTIVATED');
    await page.getByText('No keys match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
  });

  it('works with the keyboard: dialogs and row menus open, trap focus and close with Escape', async () => {
    const createButton = page.getByRole('button', { name: 'Create key' });
    await createButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(element.ownerDocument.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await createButton.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    const row = keyRow(previewOf(state.keySecret));
    await menuButton(previewOf(state.keySecret)).focus();
    await page.keyboard.press('Enter');
    const rotate = row.getByRole('button', { name: /^Rotate/ });
    await expect.poll(() => rotate.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => rotate.isVisible()).toBe(false);
  });

  it('explains a refused change in words', async () => {
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Checkout-Service');
    await dialog.getByRole('checkbox', { name: /^keys:read/ }).check();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('already exists in this project');
    expect(await alert.textContent()).not.toContain('CONFLICT');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('calls viewer with the key in the playground, with the schema docs', async () => {
    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByRole('button', { name: /Execute query/ }).waitFor({ timeout: 30_000 });
    const outcome = await runInPlayground(state.keySecret);
    await expect.poll(() => outcome.textContent()).toContain('HTTP 200');
    expect(await outcome.textContent()).toContain(`as key ${previewOf(state.keySecret)}: OK`);
    await expect.poll(() => page.locator('.result-window').textContent()).toContain('checkout-service');

    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.getByRole('link', { name: 'Query' }).first().click();
    await page.getByText('The catalog of scopes, with what each grants and implies.').waitFor();
    await browser.screenshot('07-playground');
  });

  it('rotates the key with a grace period', async () => {
    await page.goto(state.projectUrl);
    const oldRow = keyRow(previewOf(state.keySecret));
    await rowAction(previewOf(state.keySecret), /^Rotate/);
    const dialog = page.getByRole('dialog', { name: 'Rotate “checkout-service”' });
    await dialog.getByLabel('In 1 hour').check();
    await dialog.getByRole('button', { name: 'Rotate key' }).click();

    const rotated = page.getByRole('dialog', { name: '“checkout-service” rotated' });
    state.rotatedSecret = await rotated.getByTestId('secret-value').inputValue();
    expect(state.rotatedSecret).toMatch(KEY_FORMAT);
    expect(state.rotatedSecret).not.toBe(state.keySecret);
    expect(await rotated.textContent()).toContain('keeps working until');
    await browser.screenshot('08-rotated');
    await rotated.getByRole('button', { name: 'I have stored it' }).click();

    await keyRow(previewOf(state.rotatedSecret)).waitFor();
    await expect.poll(() => oldRow.textContent()).toContain('rotating out');
  });

  it('deactivates the old key, and the playground refuses it with a 401 in words', async () => {
    const oldRow = keyRow(previewOf(state.keySecret));
    await rowAction(previewOf(state.keySecret), /^Deactivate/);
    await expect.poll(() => oldRow.textContent()).toContain('deactivated');
    await menuButton(previewOf(state.keySecret)).click();
    await expect.poll(() => oldRow.getByRole('button', { name: /^Reactivate/ }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByRole('button', { name: /Execute query/ }).waitFor({ timeout: 30_000 });
    const refused = await runInPlayground(state.keySecret);
    await expect.poll(() => refused.textContent()).toContain('HTTP 401');
    expect(await refused.textContent()).toContain('This API key has been deactivated');
    await browser.screenshot('09-playground-refused');

    const accepted = await runInPlayground(state.rotatedSecret);
    await expect.poll(() => accepted.textContent()).toContain('HTTP 200');
  });

  it('edits a key', async () => {
    await page.goto(state.projectUrl);
    await rowAction(previewOf(state.rotatedSecret), /^Edit/);
    const dialog = page.getByRole('dialog', { name: 'Edit “checkout-service”' });
    await dialog.getByRole('textbox', { name: /^Description/ }).fill('Checkout backend, rotated.');
    await dialog.getByRole('checkbox', { name: /^keys:verify/ }).check();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const row = keyRow(previewOf(state.rotatedSecret));
    await expect.poll(() => row.textContent()).toContain('Checkout backend, rotated.');
    expect(await row.textContent()).toContain('keys:verify');
  });

  it('shows the old key’s detail with its audit trail and its replacement', async () => {
    await page.goto(state.projectUrl);
    await keyRow(previewOf(state.keySecret)).getByRole('link', { name: 'checkout-service' }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    for (const action of ['key.created', 'key.rotated', 'key.deactivated']) {
      await page.getByRole('cell', { name: action, exact: true }).waitFor();
    }
    await page.getByRole('link', { name: previewOf(state.rotatedSecret) }).waitFor();
    // Usage measured by the real workers: the WhoAmI call made with this key in the playground (the
    // refused one after deactivation never ran, so it is not metered).
    await waitForCountedRequests(1);
    await page.getByRole('table', { name: 'Requests by operation' }).getByText('WhoAmI').waitFor();
    await page.getByRole('table', { name: 'Recent requests' }).getByText('WhoAmI').first().waitFor();
    expect(await page.getByTestId('usage-chart').locator('rect[fill="#2e9e5b"]').count()).toBeGreaterThan(0);
    await browser.screenshot('11-key-detail');
  });

  it('deletes a key after confirmation', async () => {
    await page.goto(state.projectUrl);
    const oldRow = keyRow(previewOf(state.keySecret));
    await rowAction(previewOf(state.keySecret), /^Delete/);
    const dialog = page.getByRole('dialog', { name: 'Delete “checkout-service”?' });
    await browser.screenshot('10-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete key' }).click();
    await expect.poll(() => oldRow.count()).toBe(0);
    await expect.poll(() => page.getByTestId('key-count').textContent()).toBe('2');
    // The default key can be neither deactivated nor deleted.
    const defaultRow = keyRow(previewOf(state.defaultSecret));
    expect(await defaultRow.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
  });

  it('shows the project’s usage by key', async () => {
    await page.goto(`${state.projectUrl}/usage`);
    await waitForCountedRequests(2);
    await page.getByRole('table', { name: 'Requests by key' }).getByText(previewOf(state.rotatedSecret)).waitFor();
    await browser.screenshot('12-project-usage');
  });

  it('shows the members and the audit log with filters', async () => {
    const colleague = `colleague-${randomUUID()}@example.com`;
    const signUp = await server.gql<{ signUp: { token: string } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: colleague, password: 'another long password' } },
    );
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(200);

    await page.goto(`${state.projectUrl}/members`);
    await page.getByRole('cell', { name: state.email, exact: true }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(colleague);
    await page.getByRole('combobox', { name: /^Role(?! of)/ }).selectOption('VIEWER');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    // An invitation until the colleague accepts it: no role to change yet.
    const invitedRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: colleague, exact: true }) });
    await invitedRow.getByText('invited', { exact: true }).first().waitFor();
    expect(await page.getByLabel(`Role of ${colleague}`).count()).toBe(0);
    await browser.screenshot('13a-members-invited');
    const projectId = new URL(state.projectUrl).pathname.split('/')[2];
    const accepted = await server.gql(
      'mutation ($projectId: ID!) { acceptInvitation(projectId: $projectId) { status } }',
      { projectId },
      { token: signUp.body.data?.signUp.token },
    );
    expect(accepted.body.data, JSON.stringify(accepted.body)).toEqual({ acceptInvitation: { status: 'ACTIVE' } });
    await page.reload();
    const role = page.getByLabel(`Role of ${colleague}`);
    await expect.poll(() => role.inputValue()).toBe('VIEWER');
    await role.selectOption('DEVELOPER');
    await page.reload();
    await expect.poll(() => page.getByLabel(`Role of ${colleague}`).inputValue()).toBe('DEVELOPER');
    await browser.screenshot('13-members');
    await page.getByRole('button', { name: `Remove ${colleague}` }).click();
    await page
      .getByRole('dialog', { name: `Remove ${colleague}?` })
      .getByRole('button', { name: 'Remove member' })
      .click();
    await expect.poll(() => page.getByRole('cell', { name: colleague, exact: true }).count()).toBe(0);

    await page.goto(`${state.projectUrl}/audit`);
    const actionCell = (action: string) => page.getByRole('cell', { name: action, exact: true });
    for (const action of [
      'key.deleted',
      'key.rotated',
      'member.invited',
      'member.joined',
      'member.role_changed',
      'member.removed',
    ]) {
      await actionCell(action).first().waitFor();
    }
    await page.getByLabel('Action').selectOption('key.created');
    await expect.poll(() => actionCell('key.deleted').count()).toBe(0);
    await actionCell('key.created').first().waitFor();
    await browser.screenshot('14-audit-log');
  });

  it('shows pending invitations on the projects page; accepting one opens the project, declining drops it', async () => {
    const partner = await server.gql<{ signUp: { token: string } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: `partner-${randomUUID()}@example.com`, password: 'another long password' } },
    );
    const partnerToken = partner.body.data?.signUp.token;
    for (const [name, role] of [
      ['Partner Workspace', 'VIEWER'],
      ['Side Project', 'DEVELOPER'],
    ]) {
      const created = await server.gql<{ createProject: { project: { id: string } } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
        { input: { name } },
        { token: partnerToken },
      );
      const invited = await server.gql(
        'mutation ($input: AddMemberInput!) { addMember(input: $input) { status } }',
        { input: { projectId: created.body.data?.createProject.project.id, email: state.email, role } },
        { token: partnerToken },
      );
      expect(invited.body.data, JSON.stringify(invited.body)).toEqual({ addMember: { status: 'INVITED' } });
    }

    await page.goto(`${server.url}/projects`);
    const notice = page.getByRole('region', { name: 'Invitations' });
    await notice.waitFor();
    const invitations = notice.getByTestId('invitation');
    await expect.poll(() => invitations.count()).toBe(2);
    expect(await invitations.first().textContent()).toMatch(/Partner Workspace.*viewer/);
    expect(await page.getByRole('link', { name: 'Partner Workspace' }).count()).toBe(0);
    await browser.screenshot('14a-invitations');

    await notice.getByRole('button', { name: 'Decline the invitation to Side Project' }).click();
    await expect.poll(() => invitations.count()).toBe(1);
    await notice.getByRole('button', { name: 'Accept the invitation to Partner Workspace' }).click();
    await page.getByRole('link', { name: 'Partner Workspace' }).waitFor();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Side Project' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Partner Workspace' }).click();
    await page.getByRole('heading', { name: 'Partner Workspace' }).waitFor();
    await page.getByText('you: viewer').waitFor();
  });

  it('is readable at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(state.projectUrl);
    await keyRow(previewOf(state.rotatedSecret)).waitFor();
    await browser.screenshot('15-keys-phone');
    // Nothing but the table itself scrolls sideways.
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByRole('button', { name: /Execute query/ }).waitFor({ timeout: 30_000 });
    await browser.screenshot('16-playground-phone');
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Latchkey' }).waitFor();
    await page.goto(state.projectUrl);
    await page.getByRole('heading', { name: 'Log in to Latchkey' }).waitFor();
  });

  it('shows a partner their own key’s usage, limits and expiry', async () => {
    await browser.context.clearCookies();
    await page.goto(`${server.url}/my-usage`);
    await page.getByLabel('API key', { exact: true }).fill('lk_live_not-a-real-key');
    await page.getByRole('button', { name: 'Check key' }).click();
    await page.getByText('That is not a valid Latchkey API key').waitFor();

    await page.getByLabel('API key', { exact: true }).fill(state.rotatedSecret);
    await page.getByRole('button', { name: 'Check key' }).click();
    const card = page.getByTestId('partner-key');
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('checkout-service');
    expect(text).toContain(previewOf(state.rotatedSecret));
    expect(text).toContain('300 requests/min');
    expect(text).toContain('50,000 requests/day');
    expect(text).toMatch(/Expires\d/);
    await expect.poll(() => page.getByTestId('partner-rate-limit').textContent()).toMatch(/\d+ of 300 requests left/);
    // Its usage carries over from the key it replaced: at least the WhoAmI calls made with both.
    await waitForCountedRequests(3);
    await page.getByRole('table', { name: 'Requests by operation' }).getByText('WhoAmI').waitFor();
    await browser.screenshot('17-my-usage');
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot('18-my-usage-phone');
  });

  it('never contacted another origin and tripped no CSP rule', () => {
    const origin = new URL(server.url).origin;
    const foreign = browser.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      // The live views' WebSocket (ws:// on the same host and port) is the page's own origin.
      return new URL(url.replace(/^ws(s?):/, 'http$1:')).origin !== origin;
    });
    expect(browser.requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
