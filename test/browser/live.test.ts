/**
 * Live views in the portal (DESIGN.md section 14): the key detail and the keys table update
 * through GraphQL subscriptions over WebSocket, with a small "Live" indicator, without a reload
 * and without polling. Changes are made over HTTP (as another tab or a script would) and by a
 * graphql-ws client connecting with the key.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/harness.js';
import { connectLive, type LiveClient } from '../helpers/live-client.js';
import { type SeededKey, type SeededProject, seedKey, seedProject } from '../helpers/seed.js';
import { assertPortalBuilt, type BrowserSession, openBrowser } from './browser.js';

/** Plain documents: codegen types the integration tests' documents only. */
const DEACTIVATE = 'mutation BrowserLiveDeactivate($id: ID!) { deactivateApiKey(id: $id) { status } }';
const CREATE_KEY =
  'mutation BrowserLiveCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }';

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let project: SeededProject;
let key: SeededKey;
let keyClient: LiveClient | null = null;

beforeAll(async () => {
  assertPortalBuilt();
  server = await startTestServer(
    {},
    { usage: { relayEveryMs: 50, flushIntervalMs: 50, expiryProjectIds: [], relayCursor: `browser-${randomUUID()}` } },
  );
  project = await seedProject(server, { plan: 'TEAM' });
  key = await seedKey(server, project, { scopes: ['keys:read'], name: 'live-partner' });
  server.options.relayProjectIds = [project.id];
  await server.startWorkers();
  browser = await openBrowser();
  page = browser.page;
  await browser.context.addCookies([{ name: 'latchkey_session', value: project.owner.token, url: server.url }]);
}, 60_000);

afterAll(async () => {
  await keyClient?.dispose().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

/** The "Live connections" fact of the key detail. */
function liveConnections(): Promise<string | null> {
  return page.locator('dt', { hasText: 'Live connections' }).locator('xpath=following-sibling::dd').textContent();
}

describe('live views in Chromium', { timeout: 60_000 }, () => {
  it('the key detail updates live: a connection of the key, then its deactivation', async () => {
    await page.goto(`${server.url}/projects/${project.id}/keys/${key.id}`);
    await page.getByRole('heading', { name: 'live-partner' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBeGreaterThan(0);
    // A marker that a reload would lose.
    await page.evaluate('window.__stillTheSamePage = true');
    const requestsBefore = browser.requests.length;
    expect(await liveConnections()).toBe('0');

    // The key connects over WebSocket (a partner's app): the page shows it.
    keyClient = connectLive(server, key.secret);
    await keyClient.connected;
    await expect.poll(liveConnections, { timeout: 5000 }).toBe('1');

    // Deactivated elsewhere (over HTTP): the badge changes without a reload.
    dataOf(await server.gql(DEACTIVATE, { id: key.id }, { token: project.owner.token }));
    await expect.poll(() => page.locator('.key-title').textContent(), { timeout: 5000 }).toContain('deactivated');
    await browser.screenshot('live-01-key-detail');
    expect(await page.evaluate('window.__stillTheSamePage')).toBe(true);
    // The open connection of the deactivated key stays open (DESIGN.md section 14).
    expect(keyClient.isClosed()).toBe(false);
    // No polling: the page asked again only after events (a handful of requests, not a timer's).
    const fetched = browser.requests.slice(requestsBefore).filter((url) => url.endsWith('/graphql'));
    expect(fetched.length).toBeLessThan(10);
  });

  it('the keys table shows a key created elsewhere without a reload', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    await page.getByRole('heading', { name: /API keys/ }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBeGreaterThan(0);
    await page.evaluate('window.__stillTheSamePage = true');
    const name = `from-a-script-${randomUUID().slice(0, 6)}`;
    dataOf(
      await server.gql(
        CREATE_KEY,
        { input: { projectId: project.id, name, scopes: [] } },
        { token: project.owner.token },
      ),
    );
    await page.getByText(name).waitFor({ timeout: 5000 });
    expect(await page.evaluate('window.__stillTheSamePage')).toBe(true);
    await browser.screenshot('live-02-keys-table');
  });

  it('the project usage shows a new request without a reload', async () => {
    await page.goto(`${server.url}/projects/${project.id}/usage`);
    await page.getByRole('heading', { name: 'Usage' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBeGreaterThan(0);
    const total = page.getByTestId('usage-totals').locator('.total-value').first();
    await total.waitFor();
    const before = Number((await total.textContent())?.replace(/[^0-9]/g, ''));
    await page.evaluate('window.__stillTheSamePage = true');
    await server.gql('query BrowserLiveViewer { viewer { scopes } }', {}, { token: project.defaultKey.secret });
    await expect
      .poll(async () => Number((await total.textContent())?.replace(/[^0-9]/g, '')), { timeout: 10_000 })
      .toBeGreaterThan(before);
    expect(await page.evaluate('window.__stillTheSamePage')).toBe(true);
    await browser.screenshot('live-03-project-usage');
  });

  it("the partner page lists its key's requests as they happen", async () => {
    const partner = await seedKey(server, project, { scopes: [], name: 'partner-live' });
    await page.goto(`${server.url}/my-usage`);
    await page.getByLabel('API key', { exact: true }).fill(partner.secret);
    await page.getByRole('button', { name: 'Check key' }).click();
    await page.getByRole('heading', { name: 'Live activity' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBeGreaterThan(0);
    await server.gql('query PartnerApp { viewer { scopes } }', {}, { token: partner.secret });
    await page.getByTestId('partner-live-activity').getByText('PartnerApp').waitFor({ timeout: 5000 });
    await browser.screenshot('live-04-partner');
    expect(browser.problems).toEqual([]);
  });
});
