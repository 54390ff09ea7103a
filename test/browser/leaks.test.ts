/**
 * Leaked keys and project deletion in Chromium, against the real server: a key reported leaked
 * shows a banner on the project and on the key, with the report's URL and "Rotate now"; the
 * Settings tab's danger zone deletes the project only once its name is typed exactly. Every state
 * passes axe-core (WCAG 2.2 AA), with screenshots in test/artifacts/leaks/.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/harness.js';
import { type SeededKey, type SeededProject, seedKey, seedProject, seedUser } from '../helpers/seed.js';
import { assertPortalBuilt, axeViolations, type BrowserSession, openBrowser } from './browser.js';

const REPORT =
  'mutation BrowserReportLeak($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }';

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let project: SeededProject;
let key: SeededKey;
const leakUrl = `https://github.com/octo/app/blob/${randomUUID().slice(0, 8)}/.env`;

async function checkAccessibility(name: string): Promise<void> {
  await browser.screenshot(`leaks/${name}`);
  const violations = await axeViolations(page);
  expect(violations, `${name}:\n${violations.join('\n')}`).toEqual([]);
}

beforeAll(async () => {
  assertPortalBuilt();
  server = await startTestServer({}, { usage: { expiryProjectIds: [] } });
  browser = await openBrowser();
  page = browser.page;
  const owner = await seedUser(server, 'leaks-owner');
  project = await seedProject(server, { owner, name: 'Leaky project' });
  key = await seedKey(server, project, { name: 'ci-deploy', scopes: ['keys:read'] });
  dataOf(await server.gql(REPORT, { input: { key: key.secret, url: leakUrl } }));
  await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a leaked key in the portal', { timeout: 60_000 }, () => {
  it('shows a banner on the project with the report URL, and on the key', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    const banner = page.getByRole('region', { name: 'Leaked key ci-deploy' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('was reported leaked');
    expect(await banner.getByRole('link', { name: leakUrl }).getAttribute('href')).toBe(leakUrl);
    // The keys table marks it too.
    await page.locator('tr', { hasText: 'ci-deploy' }).locator('.badge', { hasText: 'leaked' }).waitFor();
    await checkAccessibility('project-banner');

    await banner.getByRole('link', { name: 'ci-deploy' }).click();
    const onKey = page.getByRole('region', { name: 'Leaked key ci-deploy' });
    await onKey.getByRole('button', { name: 'Rotate now' }).waitFor();
    expect(await onKey.getByRole('link', { name: leakUrl }).count()).toBe(1);
    // A leaked key has no Reactivate or Deactivate: it is refused for good.
    expect(await page.getByRole('button', { name: /^(Reactivate|Deactivate) / }).count()).toBe(0);
    await checkAccessibility('key-banner');
  });

  it('"Rotate now" issues a replacement at once and shows its secret', async () => {
    await page.getByRole('button', { name: 'Rotate now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate “ci-deploy”' });
    await dialog.getByText('already refused').waitFor();
    await checkAccessibility('rotate-dialog');
    await dialog.getByRole('button', { name: 'Rotate key' }).click();
    const done = page.getByRole('dialog', { name: '“ci-deploy” rotated' });
    const secret = await done.getByTestId('secret-value').inputValue();
    expect(secret).toMatch(/^lk_live_/);
    await done.getByRole('button', { name: 'I have stored it' }).click();
    const banner = page.getByRole('region', { name: 'Leaked key ci-deploy' });
    await expect.poll(() => banner.textContent()).toContain('rotated already');
    expect(await banner.getByRole('button', { name: 'Rotate now' }).count()).toBe(0);
  });
});

describe('deleting a project', { timeout: 60_000 }, () => {
  it('needs the name typed exactly, then the project is gone from the list', async () => {
    await page.goto(`${server.url}/projects/${project.id}/settings`);
    await page.getByRole('heading', { name: 'Danger zone' }).waitFor();
    await checkAccessibility('settings');
    await page.getByRole('button', { name: 'Delete project…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Leaky project”?' });
    const field = dialog.getByRole('textbox', { name: /to confirm/ });
    const remove = dialog.getByRole('button', { name: 'Delete project' });
    expect(await remove.isDisabled()).toBe(true);
    await field.fill('leaky project');
    expect(await remove.isDisabled()).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await checkAccessibility('delete-dialog');
    await field.fill('Leaky project');
    expect(await remove.isDisabled()).toBe(false);
    await remove.click();
    const done = page.getByRole('dialog', { name: '“Leaky project” deleted' });
    await done.getByRole('button', { name: 'Back to my projects' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Leaky project' }).count()).toBe(0);
  });
});
