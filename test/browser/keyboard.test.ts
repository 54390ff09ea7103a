/**
 * The portal with the keyboard only (Tab, Space, Enter, the arrow keys, Home/End and Escape, plus
 * typing into fields): open a project, create a key, rotate it, delete its replacement. After every
 * dialog and page change the test asserts where focus is, since that is where a keyboard or screen
 * reader user is: inside a dialog when it opens (on its secret when it shows one), back on what
 * opened it when it closes, on the page's heading after a route change, on the keys' heading once
 * the key it came from is gone. Enter in a text field never sends an incomplete form.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/harness.js';
import { type SeededProject, seedProject, seedUser } from '../helpers/seed.js';
import { assertPortalBuilt, type BrowserSession, expectFocusOn, openBrowser, tabTo } from './browser.js';

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let project: SeededProject;

const previewOf = (secret: string) => `${secret.slice(0, 12)}…${secret.slice(-4)}`;

/** Whether the element has the keyboard focus. */
/** Keys of the project, straight from the API, to prove what the keyboard did (or did not do). */
async function keyNames(): Promise<string[]> {
  const result = await server.gql<{ project: { apiKeys: { edges: { node: { name: string } }[] } } }>(
    'query ($id: ID!) { project(id: $id) { apiKeys(first: 20) { edges { node { name } } } } }',
    { id: project.id },
    { token: project.owner.token },
  );
  return dataOf(result).project.apiKeys.edges.map((edge) => edge.node.name);
}

beforeAll(async () => {
  assertPortalBuilt();
  server = await startTestServer();
  browser = await openBrowser();
  page = browser.page;
  const owner = await seedUser(server, 'keyboard');
  // PRO: room under the key limit for the replaced key's grace period.
  project = await seedProject(server, { owner, plan: 'PRO', name: 'Keyboard project' });
  await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('keyboard only', { timeout: 60_000 }, () => {
  let secret = '';
  let replacement = '';

  it('opens a project: focus moves to its heading', async () => {
    await page.goto(`${server.url}/projects`);
    const link = page.getByRole('link', { name: 'Keyboard project' });
    await link.waitFor();
    await tabTo(link);
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('heading', { level: 1, name: 'Keyboard project' }), 'the project’s heading');
    // The tabs are links too: the next section's heading takes the focus the same way.
    const usageTab = page.getByRole('link', { name: 'Usage', exact: true });
    await tabTo(usageTab);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/usage$/);
    await expectFocusOn(page.getByRole('heading', { level: 1, name: 'Keyboard project' }), 'the heading after a tab');
    const keysTab = page.getByRole('link', { name: 'API keys', exact: true });
    await tabTo(keysTab);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/projects/${project.id}$`));
  });

  it('creates a key: Enter in the name field does not send it without a scope', async () => {
    const create = page.getByRole('button', { name: 'Create key' });
    await tabTo(create);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await expectFocusOn(dialog.getByRole('textbox', { name: 'Name', exact: true }), 'the Name field');

    await page.keyboard.type('keyboard-made');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Choose at least one scope' }).waitFor();
    // Nothing was sent; focus went to the first scope, where Space chooses it.
    expect(await keyNames()).not.toContain('keyboard-made');
    const firstScope = dialog.getByRole('checkbox').first();
    await expectFocusOn(firstScope, 'the first scope');
    await page.keyboard.press('Space');
    expect(await firstScope.isChecked()).toBe(true);

    await tabTo(dialog.getByRole('button', { name: 'Create key' }));
    await page.keyboard.press('Enter');
    const created = page.getByRole('dialog', { name: 'Key “keyboard-made” created' });
    const secretField = created.getByTestId('secret-value');
    await expectFocusOn(secretField, 'the new secret');
    secret = await secretField.inputValue();

    await tabTo(created.getByRole('button', { name: 'I have stored it' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => created.count()).toBe(0);
    await expectFocusOn(create, 'the Create key button');
    expect(await keyNames()).toContain('keyboard-made');
  });

  it('a row menu opens on its first action, moves with the arrows, and closes on Escape or when tabbed out of', async () => {
    const menu = page.getByRole('button', { name: `Actions for “keyboard-made” (${previewOf(secret)})` });
    await tabTo(menu);
    await page.keyboard.press('Enter');
    const edit = page.getByRole('button', { name: /^Edit “keyboard-made”/ });
    await expectFocusOn(edit, 'the first action');
    await page.keyboard.press('ArrowDown');
    await expectFocusOn(page.getByRole('button', { name: /^Rotate “keyboard-made”/ }), 'the next action');
    await page.keyboard.press('Escape');
    await expect.poll(() => edit.isVisible()).toBe(false);
    await expectFocusOn(menu, 'the menu button after Escape');

    await page.keyboard.press('Enter');
    await expectFocusOn(edit, 'the first action');
    for (let press = 0; press < 6 && (await edit.isVisible()); press += 1) await page.keyboard.press('Tab');
    expect(await edit.isVisible(), 'the menu stays open after focus left it').toBe(false);
  });

  it('rotates the key: arrows choose the grace period, Escape closes the secret, focus returns to its menu', async () => {
    const menu = page.getByRole('button', { name: `Actions for “keyboard-made” (${previewOf(secret)})` });
    await tabTo(menu);
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('button', { name: /^Edit “keyboard-made”/ }), 'the first action');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rotate “keyboard-made”' });
    // Focus starts on the chosen grace period; the arrows move the choice.
    await expectFocusOn(dialog.getByRole('radio', { name: 'In 24 hours' }), 'the chosen grace period');
    await page.keyboard.press('ArrowUp');
    expect(await dialog.getByRole('radio', { name: 'In 1 hour' }).isChecked()).toBe(true);

    await tabTo(dialog.getByRole('button', { name: 'Rotate key' }));
    await page.keyboard.press('Enter');
    const rotated = page.getByRole('dialog', { name: '“keyboard-made” rotated' });
    const secretField = rotated.getByTestId('secret-value');
    await expectFocusOn(secretField, 'the replacement secret');
    replacement = await secretField.inputValue();
    expect(await rotated.textContent()).toContain('keeps working until');

    await page.keyboard.press('Escape');
    await expect.poll(() => rotated.count()).toBe(0);
    await expectFocusOn(menu, 'the rotated key’s menu button');
  });

  it('deletes the replacement: End reaches Delete, focus lands on the keys’ heading once its row is gone', async () => {
    const menu = page.getByRole('button', { name: `Actions for “keyboard-made” (${previewOf(replacement)})` });
    await tabTo(menu);
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('button', { name: /^Edit “keyboard-made”/ }), 'the first action');
    await page.keyboard.press('End');
    await expectFocusOn(page.getByRole('button', { name: /^Delete “keyboard-made”/ }), 'Delete');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete “keyboard-made”?' });
    // The safe choice first.
    await expectFocusOn(dialog.getByRole('button', { name: 'Cancel' }), 'Cancel');
    await page.keyboard.press('Tab');
    await expectFocusOn(dialog.getByRole('button', { name: 'Delete key' }), 'Delete key');
    await page.keyboard.press('Enter');

    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator(`tr[data-key-preview="${previewOf(replacement)}"]`).count()).toBe(0);
    await expectFocusOn(page.locator('#keys-heading'), 'the keys’ heading');
    expect(browser.problems).toEqual([]);
  });
});
