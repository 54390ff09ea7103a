/**
 * The partner's page ("My key's usage") shows figures that agree with each other, read while the
 * usage workers are still counting a burst of requests: the total, the sum by outcome, the sum by
 * operation, the sum of the series and the number of requests kept in recent activity are the same
 * number at every look, and the page says when they were read. Each look and refresh is one request
 * the server answers from one database snapshot (src/modules/usage/usage-snapshot.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type TestServer } from '../helpers/harness.js';
import { type SeededKey, seedKey, seedProject, seedUser } from '../helpers/seed.js';
import { startUsageServer } from '../integration/usage/usage-harness.js';
import { assertPortalBuilt, type BrowserSession, openBrowser } from './browser.js';

const BURST = 40;

let server: TestServer;
let browser: BrowserSession;
let page: Page;
let key: SeededKey;

interface Figures {
  total: number;
  byOutcome: number;
  byOperation: number;
  series: number;
  activityKept: number;
  asOf: string;
  addresses: string[];
}

/** Every figure on the page, read in one go (one task of the page, so from one render). */
function readFigures(): Promise<Figures> {
  return page.evaluate(`(() => {
    const number = (text) => Number((text ?? '').replace(/[^0-9]/g, '') || 'NaN');
    const sum = (cells) => [...cells].reduce((total, cell) => total + number(cell.textContent), 0);
    const totals = [...document.querySelectorAll('[data-testid="usage-totals"] .total-value')];
    const table = (label) => document.querySelector('table[aria-label="' + label + '"]');
    const requestsColumn = (label) => table(label) ? table(label).querySelectorAll('tbody td[data-label="Requests"]') : [];
    const kept = /of ([0-9,]+) kept/.exec(document.querySelector('[data-testid="partner-activity-count"]')?.textContent ?? '');
    return {
      total: number(totals[0]?.textContent),
      byOutcome: totals.slice(1).reduce((total, cell) => total + number(cell.textContent), 0),
      byOperation: sum(requestsColumn('Requests by operation')),
      series: sum(requestsColumn('Requests per period')),
      activityKept: kept ? number(kept[1]) : NaN,
      asOf: document.querySelector('[data-testid="usage-freshness"]')?.textContent ?? '',
      addresses: [...document.querySelectorAll('table[aria-label="Recent requests"] td[data-label="From"]')].map((cell) => cell.textContent),
    };
  })()`);
}

/** Presses Refresh and waits for the answer to be on the page. */
async function refresh(): Promise<void> {
  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql'));
  await page.getByRole('button', { name: 'Refresh' }).click();
  await answered;
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

beforeAll(async () => {
  assertPortalBuilt();
  server = await startUsageServer();
  browser = await openBrowser();
  page = browser.page;
  const owner = await seedUser(server, 'partner-owner');
  const project = await seedProject(server, { owner, plan: 'FREE', name: 'Partner figures' });
  // A partner's key: no scopes, it reads only itself.
  key = await seedKey(server, project, { name: 'partner', scopes: [] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the partner’s usage page', { timeout: 60_000 }, () => {
  it('shows figures that agree with each other while a burst is still being counted', async () => {
    // The burst: answered at once, counted by the workers over the next moments.
    const answers = await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        server.gql(
          index % 2 === 0
            ? 'query WhoAmI { viewer { scopes } }'
            : 'query Limits { viewer { rateLimit { remaining } } }',
          {},
          {
            token: key.secret,
          },
        ),
      ),
    );
    for (const answer of answers) dataOf(answer);

    await page.goto(`${server.url}/my-usage`);
    await page.getByLabel('API key', { exact: true }).fill(key.secret);
    await page.getByRole('button', { name: 'Check key' }).click();
    await page.getByTestId('usage-totals').waitFor();
    await page.getByTestId('partner-activity-count').waitFor();

    const looks: Figures[] = [];
    for (let look = 0; look < 60; look += 1) {
      const figures = await readFigures();
      looks.push(figures);
      const { total } = figures;
      expect(figures, `look ${look}: every figure is the same number`).toMatchObject({
        byOutcome: total,
        byOperation: total,
        series: total,
        activityKept: total,
      });
      expect(figures.asOf).toMatch(/As of \d{1,2}:\d{2}:\d{2}/);
      for (const address of figures.addresses) expect(address).not.toMatch(/^::ffff:/i);
      if (total >= BURST) break;
      await refresh();
    }
    const last = looks.at(-1);
    expect(last?.total, JSON.stringify(looks)).toBeGreaterThanOrEqual(BURST);
    // Every look is itself a request of the key, counted once answered: Refresh shows it.
    await expect
      .poll(async () => {
        await refresh();
        return (await readFigures()).total;
      })
      .toBeGreaterThan(last?.total ?? 0);
    // Both operations of the burst are listed, with the page's own looks counted after them.
    await page.getByRole('table', { name: 'Requests by operation' }).getByText('WhoAmI').waitFor();
    await page.getByRole('table', { name: 'Requests by operation' }).getByText('Limits').waitFor();
    await browser.screenshot('partner-usage-figures');
    expect(browser.problems).toEqual([]);
  });
});
