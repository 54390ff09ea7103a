/**
 * The Webhooks tab in Chromium, with the keyboard only, against the real server, workers and a
 * real receiver on 127.0.0.1: add an endpoint with chosen events, see its secret once, send a test
 * event and read its delivery (status and response code), redeliver it, rotate the secret with an
 * overlap. What the receiver gets is verified with `standardwebhooks` and the secret the portal
 * showed. Every state passes axe-core (WCAG 2.2 AA) at a desktop and a phone width, with
 * screenshots in test/artifacts/webhooks/.
 */
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type TestServer } from '../helpers/harness.js';
import { type SeededProject, type SeededUser, seedKey, seedProject, seedUser } from '../helpers/seed.js';
import {
  type Receiver,
  relayProjects,
  startReceiver,
  startWebhookServer,
} from '../integration/webhooks/webhook-harness.js';
import {
  assertPortalBuilt,
  type BrowserSession,
  checkAccessibility as checkPageAccessibility,
  expectFocusOn,
  openBrowser,
  tabTo,
  WIDTHS,
} from './browser.js';

let server: TestServer;
let receiver: Receiver;
let browser: BrowserSession;
let page: Page;
let project: SeededProject;
let owner: SeededUser;

const checkAccessibility = (name: string) => checkPageAccessibility(browser, `webhooks/${name}`);

const mine = () => receiver.requests.filter((request) => request.path === `/hooks/${project.id}`);

beforeAll(async () => {
  assertPortalBuilt();
  receiver = await startReceiver();
  server = await startWebhookServer();
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize(WIDTHS[0].size);
  owner = await seedUser(server, 'webhooks-owner');
  project = await seedProject(server, { owner, name: 'Webhook project' });
  await relayProjects(server, project);
  await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

describe('the Webhooks tab, keyboard only', { timeout: 90_000 }, () => {
  let secret = '';
  let rotated = '';

  it('adds an endpoint with chosen events and shows its secret once', async () => {
    await page.goto(`${server.url}/projects/${project.id}/webhooks`);
    await page.getByText('No webhook endpoints yet').waitFor();
    await checkAccessibility('empty');

    const add = page.getByRole('button', { name: 'Add endpoint' });
    await tabTo(add);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await expectFocusOn(dialog.getByRole('textbox', { name: 'URL' }), 'the URL field');
    await page.keyboard.type(`${receiver.url}/${project.id}`);
    // Only some events: the arrow moves the choice, then the checkboxes appear.
    await tabTo(dialog.getByRole('radio', { name: /^Every event/ }));
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: /^Only the events/ }).isChecked()).toBe(true);
    // Sending with no event checked sends nothing, says why and moves focus to the first event.
    await tabTo(dialog.getByRole('button', { name: 'Add endpoint' }));
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Check at least one event' }).waitFor();
    const created = dialog.getByRole('checkbox', { name: /key\.created/ });
    await expectFocusOn(created, 'the first event');
    await page.keyboard.press('Space');
    await tabTo(dialog.getByRole('checkbox', { name: /key\.deactivated/ }));
    await page.keyboard.press('Space');
    await checkAccessibility('add-dialog');

    await tabTo(dialog.getByRole('button', { name: 'Add endpoint' }));
    await page.keyboard.press('Enter');
    const added = page.getByRole('dialog', { name: 'Endpoint added' });
    const secretField = added.getByTestId('secret-value');
    await expectFocusOn(secretField, 'the signing secret');
    secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    await checkAccessibility('secret-once');
    await tabTo(added.getByRole('button', { name: 'I have stored it' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => added.count()).toBe(0);

    const row = page.locator(`tr[data-endpoint-url="${receiver.url}/${project.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('key.created');
    expect(await row.textContent()).not.toContain(secret);
    await checkAccessibility('list');
  });

  it('sends a test event and shows its delivery with the response code; the receiver verifies it', async () => {
    const link = page.getByRole('link', { name: `${receiver.url}/${project.id}` });
    await tabTo(link);
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('heading', { level: 1, name: 'Webhook project' }), 'the page heading');

    await tabTo(page.getByRole('button', { name: 'Send test event' }));
    await page.keyboard.press('Enter');
    const row = page.locator('tr[data-delivery-id]').filter({ hasText: 'webhook.test' }).first();
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('delivered');
    expect(await row.textContent()).toContain('200');
    const [request] = mine();
    expect(new Webhook(secret).verify(request?.body ?? '', request?.headers ?? {})).toMatchObject({
      type: 'webhook.test',
    });
    await checkAccessibility('delivery-log');
  });

  it('logs the project’s key changes as deliveries of their events, without a reload', async () => {
    await seedKey(server, project, { name: 'watched', scopes: ['keys:read'] });
    // Nothing is clicked: the log's first page is read again every few seconds while on screen.
    const row = page.locator('tr[data-delivery-id]').filter({ hasText: 'key.created' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('delivered');
    // The Refresh button still reads it at once.
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/graphql'));
    await page.getByRole('button', { name: 'Refresh' }).click();
    await refreshed;
  });

  it('redelivers a delivery with the same webhook-id', async () => {
    const first = page.locator('tr[data-delivery-id]').filter({ hasText: 'webhook.test' }).first();
    const eventId = (await first.locator('th .muted').first().textContent())?.trim() ?? '';
    await tabTo(first.getByRole('button', { name: /^Redeliver/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'sent again' }).waitFor();
    await expect.poll(() => receiver.requestsFor(eventId).length, { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => page.locator('tr[data-delivery-id]').filter({ hasText: 'redelivery' }).textContent(), {
        timeout: 20_000,
      })
      .toContain('delivered');
  });

  it('rotates the secret with an overlap: the next delivery verifies with either secret', async () => {
    const open = page.getByRole('button', { name: 'Rotate secret' });
    await tabTo(open);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret' });
    await expectFocusOn(dialog.getByRole('radio', { name: '24 hours' }), 'the chosen overlap');
    await page.keyboard.press('ArrowUp');
    expect(await dialog.getByRole('radio', { name: '1 hour' }).isChecked()).toBe(true);
    await checkAccessibility('rotate-dialog');
    await tabTo(dialog.getByRole('button', { name: 'Rotate secret' }));
    await page.keyboard.press('Enter');
    const done = page.getByRole('dialog', { name: 'Signing secret rotated' });
    const secretField = done.getByTestId('secret-value');
    await expectFocusOn(secretField, 'the new secret');
    rotated = await secretField.inputValue();
    expect(rotated).not.toBe(secret);
    await page.keyboard.press('Escape');
    await expect.poll(() => done.count()).toBe(0);
    await expectFocusOn(open, 'the Rotate secret button');
    await expect.poll(() => page.getByText('the previous secret also signs until').count()).toBe(1);

    const before = mine().length;
    await tabTo(page.getByRole('button', { name: 'Send test event' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(before + 1);
    const request = mine().at(-1);
    expect(request?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const key of [secret, rotated]) new Webhook(key).verify(request?.body ?? '', request?.headers ?? {});
    expect(browser.problems).toEqual([]);
  });

  it('says so when the log can no longer be read (the session ended), and keeps the rows it read', async () => {
    const rows = await page.locator('tr[data-delivery-id]').count();
    expect(rows).toBeGreaterThan(0);
    dataOf(await server.gql('mutation { logOut }', {}, { token: owner.token }));
    const deliveries = page.getByRole('region', { name: 'Deliveries' });
    const alert = deliveries.getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await alert.getByRole('link', { name: 'Log in' }).count()).toBe(1);
    expect(await page.locator('tr[data-delivery-id]').count()).toBe(rows);
    await checkAccessibility('log-unreadable');
  });
});
