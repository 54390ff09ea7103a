/**
 * Accessibility and layout as tested properties of the portal, in Chromium against the real server:
 * axe-core (WCAG 2.0–2.2, levels A and AA) finds no violation on any page, open dialog or menu, at
 * a desktop and a phone width, with a screenshot of each state in test/artifacts/a11y/. Alongside:
 * the row menu is drawn above the table's scroll box, dialogs fit the window with their buttons in
 * view, chart labels never overlap, and the plan's key limit is shown before anyone tries to pass it.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type TestServer } from '../helpers/harness.js';
import {
  type SeededKey,
  type SeededProject,
  type SeededUser,
  seedKey,
  seedProject,
  seedUser,
} from '../helpers/seed.js';
import { startUsageServer } from '../integration/usage/usage-harness.js';
import { assertPortalBuilt, axeViolations, type BrowserSession, openBrowser } from './browser.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const WIDTHS = [
  { name: 'desktop', size: DESKTOP },
  { name: 'phone', size: PHONE },
] as const;

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let owner: SeededUser;
let project: SeededProject;
let key: SeededKey;

/** Waits two frames, so layout and resize observers have settled. */
const settle = (page: Page) =>
  page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');

/**
 * Checks the page as it is now at both widths: no axe violation, and a screenshot of each in
 * test/artifacts/a11y/<name>-<width>.png. Ends at the desktop width.
 */
async function checkAccessibility(name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize(width.size);
    // Let layout and the chart's resize observer settle at the new width.
    await settle(page);
    await browser.screenshot(`a11y/${name}-${width.name}`);
    const violations = await axeViolations(page);
    expect(violations, `${name} at ${width.name} width:\n${violations.join('\n')}`).toEqual([]);
  }
  await page.setViewportSize(DESKTOP);
}

/** Every x-axis label of every chart on the page lies inside its chart and clear of its neighbours. */
async function expectChartLabelsApart(): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize(width.size);
    await settle(page);
    const problems = await page.getByTestId('usage-chart').evaluateAll((charts) => {
      const found: string[] = charts.length === 0 ? ['no chart on the page'] : [];
      for (const chart of charts) {
        const frame = chart.getBoundingClientRect();
        const boxes = [...chart.querySelectorAll('[data-testid="chart-x-labels"] text')].map((label) => ({
          text: label.textContent,
          box: label.getBoundingClientRect(),
        }));
        if (boxes.length === 0) found.push('a chart without x-axis labels');
        for (const [index, { text, box }] of boxes.entries()) {
          if (box.left < frame.left || box.right > frame.right) found.push(`"${text}" sticks out of its chart`);
          const next = boxes[index + 1];
          if (next && next.box.left < box.right) found.push(`"${text}" overlaps "${next.text}"`);
        }
      }
      return found;
    });
    expect(problems, `at ${width.name} width`).toEqual([]);
  }
  await page.setViewportSize(DESKTOP);
}

/** The dialog fits the window, and its buttons are on screen without scrolling anything. */
async function expectDialogFits(dialogName: string | RegExp, buttonName: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize(width.size);
    const dialog = page.getByRole('dialog', { name: dialogName });
    const box = await dialog.boundingBox();
    expect(box, 'dialog box').not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(width.size.height);
    const button = dialog.getByRole('button', { name: buttonName, exact: true });
    const buttonBox = await button.boundingBox();
    expect(buttonBox, `${buttonName} box`).not.toBeNull();
    expect((buttonBox?.y ?? 0) + (buttonBox?.height ?? 0), `${buttonName} at ${width.name}`).toBeLessThanOrEqual(
      width.size.height,
    );
    expect(await isTopmostAt(button), `${buttonName} is hidden at ${width.name}`).toBe(true);
  }
  await page.setViewportSize(DESKTOP);
}

/** Whether the element is what a pointer at its centre would hit (not clipped, not covered). */
async function isTopmostAt(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = element.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

const previewOf = (secret: string) => `${secret.slice(0, 12)}…${secret.slice(-4)}`;
const keyRow = (secret: string) => page.locator(`tr[data-key-preview="${previewOf(secret)}"]`);

beforeAll(async () => {
  assertPortalBuilt();
  server = await startUsageServer();
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize(DESKTOP);

  // A FREE project (2 keys) holding its default key and one more: at its key limit.
  owner = await seedUser(server, 'a11y-owner');
  project = await seedProject(server, { owner, plan: 'FREE', name: 'Accessible storefront' });
  key = await seedKey(server, project, { name: 'checkout', scopes: ['keys:read', 'usage:read'] });
  const colleague = await seedUser(server, 'a11y-colleague');
  dataOf(
    await server.gql(
      'mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }',
      { input: { projectId: project.id, email: colleague.email, role: 'VIEWER' } },
      { token: owner.token },
    ),
  );
  dataOf(
    await server.gql(
      'mutation ($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }',
      { projectId: project.id },
      { token: colleague.token },
    ),
  );
  // Usage for the charts and tables: a few calls with the key, counted by the real workers.
  for (let call = 0; call < 3; call += 1) {
    dataOf(await server.gql('query WhoAmI { viewer { scopes } }', {}, { token: key.secret }));
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.2 AA) and layout', { timeout: 90_000 }, () => {
  it('anonymous pages: log in, sign up, not found', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { name: 'Log in to Latchkey' }).waitFor();
    await checkAccessibility('log-in');
    await page.goto(`${server.url}/signup`);
    await page.getByRole('heading', { name: 'Create your Latchkey account' }).waitFor();
    await checkAccessibility('sign-up');
    await page.goto(`${server.url}/no-such-page`);
    await page.locator('main h1').waitFor();
    await checkAccessibility('not-found');
  });

  it('the partner’s page, before and after checking a key', async () => {
    await page.goto(`${server.url}/my-usage`);
    await page.getByRole('heading', { name: 'My key’s usage' }).waitFor();
    await checkAccessibility('my-usage-empty');
    await page.getByLabel('API key', { exact: true }).fill(key.secret);
    await page.getByRole('button', { name: 'Check key' }).click();
    await page.getByTestId('partner-key').waitFor();
    await page.getByTestId('usage-totals').waitFor();
    await page.getByRole('table', { name: 'Recent requests' }).waitFor();
    await checkAccessibility('my-usage');
    await expectChartLabelsApart();
  });

  it('the playground, anonymous', async () => {
    await page.goto(`${server.url}/playground`);
    await page.getByRole('button', { name: /Execute query/ }).waitFor({ timeout: 30_000 });
    await checkAccessibility('playground-anonymous');
  });

  it('signed-in pages: projects, keys, key detail, usage, members, audit log, playground', async () => {
    await browser.context.addCookies([{ name: 'latchkey_session', value: owner.token, url: server.url }]);
    await page.goto(`${server.url}/projects`);
    await page.getByRole('link', { name: 'Accessible storefront' }).waitFor();
    await checkAccessibility('projects');

    await page.goto(`${server.url}/projects/${project.id}`);
    await keyRow(key.secret).waitFor();
    await checkAccessibility('keys');

    await page.goto(`${server.url}/projects/${project.id}/keys/${key.id}`);
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await page.getByTestId('usage-chart').waitFor();
    await checkAccessibility('key-detail');
    await expectChartLabelsApart();

    await page.goto(`${server.url}/projects/${project.id}/usage`);
    await page.getByTestId('usage-chart').waitFor();
    await checkAccessibility('project-usage');
    await expectChartLabelsApart();

    await page.goto(`${server.url}/projects/${project.id}/members`);
    await page.getByRole('cell', { name: owner.email, exact: true }).waitFor();
    await checkAccessibility('members');

    await page.goto(`${server.url}/projects/${project.id}/audit`);
    await page.getByRole('cell', { name: 'member.joined', exact: true }).first().waitFor();
    await checkAccessibility('audit-log');

    await page.goto(`${server.url}/playground`);
    await page.getByRole('button', { name: /Execute query/ }).waitFor({ timeout: 30_000 });
    await checkAccessibility('playground');
  });

  it('the Permissions tab and its dialogs: add, edit, delete', async () => {
    for (const [name, implies] of [
      ['bots:read', []],
      ['bots:write', []],
      ['invoke:agents', ['bots:read']],
    ] as const) {
      dataOf(
        await server.gql(
          'mutation ($input: CreatePermissionInput!) { createPermission(input: $input) { id } }',
          { input: { projectId: project.id, name, description: `What ${name} grants.`, implies: [...implies] } },
          { token: owner.token },
        ),
      );
    }
    await page.goto(`${server.url}/projects/${project.id}/permissions`);
    await page.locator('tr[data-permission="invoke:agents"]').waitFor();
    await checkAccessibility('permissions');

    await page.getByRole('button', { name: 'Add permission' }).click();
    await page.getByRole('dialog', { name: 'Add a permission' }).waitFor();
    await checkAccessibility('dialog-create-permission');
    await expectDialogFits('Add a permission', 'Add permission');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Edit bots:write' }).click();
    await page.getByRole('dialog', { name: 'Edit bots:write' }).waitFor();
    await checkAccessibility('dialog-edit-permission');
    await expectDialogFits('Edit bots:write', 'Save changes');
    await page.keyboard.press('Escape');
    // Focus is back on the button that opened the dialog.
    expect(
      await page
        .getByRole('button', { name: 'Edit bots:write' })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    ).toBe(true);

    await page.getByRole('button', { name: 'Delete bots:read' }).click();
    await page.getByRole('dialog', { name: 'Delete bots:read?' }).waitFor();
    await checkAccessibility('dialog-delete-permission');
    await page.keyboard.press('Escape');
  });

  it('shows the plan’s key limit before the action: Create key is disabled at 2 of 2, with the reason', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    const note = page.getByTestId('key-limit');
    await expect.poll(() => note.textContent()).toBe('2 of 2 keys: upgrade the plan or delete one to create another.');
    const create = page.getByRole('button', { name: 'Create key' });
    expect(await create.getAttribute('aria-disabled')).toBe('true');
    // The reason is the button's description, so a screen reader reads it on the button too.
    expect(await create.evaluate((button) => button.getAttribute('aria-describedby'))).toBe(
      await note.getAttribute('id'),
    );
    // It stays reachable (a screen reader hears why it is unavailable), and does nothing.
    await create.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await checkAccessibility('keys-at-limit');
  });

  it('draws the row menu above the table’s scroll box, and every dialog passes axe and fits the window', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    const row = keyRow(key.secret);
    for (const width of WIDTHS) {
      await page.setViewportSize(width.size);
      await row.getByRole('button', { name: /^Actions for/ }).click();
      for (const action of [/^Edit/, /^Rotate/, /^Deactivate/, /^Delete/]) {
        const item = page.getByRole('button', { name: action }).filter({ visible: true });
        expect(await isTopmostAt(item), `${action} at ${width.name}`).toBe(true);
      }
      await browser.screenshot(`a11y/row-menu-${width.name}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.setViewportSize(DESKTOP);

    await row.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('dialog', { name: 'Edit “checkout”' }).waitFor();
    await checkAccessibility('dialog-edit-key');
    await expectDialogFits('Edit “checkout”', 'Save changes');
    await page.keyboard.press('Escape');

    await row.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('button', { name: /^Rotate/ }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate “checkout”' });
    // At the plan's limit the old key can only stop at once: the other periods are unavailable, and
    // the list is described by why.
    const grace = rotate.getByRole('group', { name: 'Grace period' });
    expect(await grace.getByRole('radio', { name: /^Now/ }).isChecked()).toBe(true);
    expect(await grace.getByRole('radio', { name: 'In 24 hours' }).isDisabled()).toBe(true);
    const hintId = await grace.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toContain('can only stop at once');
    await checkAccessibility('dialog-rotate-key');
    await rotate.getByRole('button', { name: 'Rotate key' }).click();
    await page.getByRole('dialog', { name: '“checkout” rotated' }).waitFor();
    await checkAccessibility('dialog-key-rotated');
    await page.getByRole('button', { name: 'I have stored it' }).click();

    // The replaced key's row: delete it (this frees a place under the plan's limit).
    await row.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('button', { name: /^Delete/ }).click();
    const remove = page.getByRole('dialog', { name: 'Delete “checkout”?' });
    await checkAccessibility('dialog-delete-key');
    await remove.getByRole('button', { name: 'Delete key' }).click();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('the create dialog passes axe, fits a 1280×900 window with its buttons in view, and so does its secret', async () => {
    await page.goto(`${server.url}/projects/${project.id}`);
    // The default key and the rotated key's replacement: 2 of 2 again. The replacement goes.
    const limit = page.getByTestId('key-limit');
    await expect.poll(() => limit.textContent()).toMatch(/^2 of 2 keys/);
    const replacement = page.locator('tbody tr').filter({ hasText: 'checkout' });
    await replacement.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog', { name: 'Delete “checkout”?' }).getByRole('button', { name: 'Delete key' }).click();
    await expect.poll(() => limit.textContent()).toMatch(/^1 of 2 keys/);

    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.waitFor();
    await checkAccessibility('dialog-create-key');
    await expectDialogFits('Create an API key', 'Create key');
    // Submitted without a scope: it says what is missing (and passes axe while saying it).
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('web');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Choose at least one scope' }).waitFor();
    await checkAccessibility('dialog-create-key-incomplete');
    await dialog.getByRole('checkbox', { name: /^keys:read/ }).check();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('dialog', { name: 'Key “web” created' }).waitFor();
    await checkAccessibility('dialog-key-created');
    await page.getByRole('button', { name: 'I have stored it' }).click();
  });

  it('project creation’s secret dialog and the member removal dialog', async () => {
    await page.goto(`${server.url}/projects`);
    await page.getByRole('textbox', { name: 'Name' }).fill(`Second ${randomUUID().slice(0, 6)}`);
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('dialog', { name: /^Project “Second .*” created$/ }).waitFor();
    await checkAccessibility('dialog-project-created');
    await page.keyboard.press('Escape');

    await page.goto(`${server.url}/projects/${project.id}/members`);
    const removeButton = page.getByRole('button', { name: /^Remove a11y-colleague-/ });
    await removeButton.click();
    await page.getByRole('dialog', { name: /^Remove a11y-colleague-.*\?$/ }).waitFor();
    await checkAccessibility('dialog-remove-member');
    await page.keyboard.press('Escape');
  });

  it('tripped no Content-Security-Policy rule and logged no error', () => {
    expect(browser.problems).toEqual([]);
  });
});
