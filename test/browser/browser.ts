/**
 * Drives Debian's Chromium (never a downloaded browser) through playwright-core, headless, with a
 * fresh profile per run, and records every request and console problem so tests can assert that
 * the portal talks to nothing but its own origin and trips no Content-Security-Policy rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
export const ARTIFACTS_DIR = 'test/artifacts';
export const PORTAL_DIR = 'portal/dist';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested (pages, workers, sockets). */
  requests: string[];
  /** Console errors, page errors and CSP violations. */
  problems: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export function assertPortalBuilt(): void {
  if (!existsSync(join(PORTAL_DIR, 'index.html'))) {
    throw new Error(`${PORTAL_DIR}/index.html is missing: run "npm run build:portal" first (npm test does).`);
  }
}

export async function openBrowser(): Promise<BrowserSession> {
  // test/browser/chromium-setup.ts installs it before the run when it can.
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  const profile = await mkdtemp(join(tmpdir(), 'latchkey-chromium-'));
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1360, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const requests: string[] = [];
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => requests.push(socket.url()));
    page.on('worker', (worker) => requests.push(worker.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text().slice(0, 400);
      // A refused key is expected to log a failed (401) resource load; everything else is a problem.
      if (message.type() === 'error' && !/status of 401/.test(text)) problems.push(`console: ${text}`);
      if (/Content.Security.Policy/i.test(text)) problems.push(`CSP: ${text}`);
    });
  };
  context.on('page', watch);
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    requests,
    problems,
    async screenshot(name) {
      const path = join(ARTIFACTS_DIR, `${name}.png`);
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path, fullPage: true });
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's own build, from npm (pinned in package.json). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core over the page as it is now (open dialogs and menus included) and returns its WCAG
 * 2.2 AA violations, one readable line per rule and element. axe is injected by the test through
 * the DevTools protocol (`page.evaluate`), which the page's Content-Security-Policy does not govern:
 * the portal itself keeps its strict policy and loads no script from anywhere else.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Strings, not functions: the page's globals (window, document, axe) are not Node's types.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const options = { runOnly: { type: 'tag', values: WCAG_AA_TAGS }, resultTypes: ['violations'] };
  const results = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as AxeResults;
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

/** The widths the portal's pages are checked at. */
export const WIDTHS = [
  { name: 'desktop', size: { width: 1280, height: 900 } },
  { name: 'phone', size: { width: 390, height: 844 } },
] as const;

/** Whether `locator` holds the focus (false when it is not on the page). */
export const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false);

/** Presses Tab until `target` has the focus (as a person tabbing through the page would). */
export async function tabTo(target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await target.page().keyboard.press('Tab');
  }
  throw new Error(`${target} never got the focus in ${limit} presses of Tab`);
}

export async function expectFocusOn(target: Locator, where: string): Promise<void> {
  await expect.poll(() => isFocused(target), { message: `focus should be on ${where}` }).toBe(true);
}

/**
 * No axe violation at either width, and a screenshot of each (`<name>-desktop`, `<name>-phone` under
 * test/artifacts). Ends at the desktop width.
 */
export async function checkAccessibility(session: BrowserSession, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await session.page.setViewportSize(width.size);
    await session.page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    await session.screenshot(`${name}-${width.name}`);
    const violations = await axeViolations(session.page);
    expect(violations, `${name} at ${width.name} width:\n${violations.join('\n')}`).toEqual([]);
  }
  await session.page.setViewportSize(WIDTHS[0].size);
}
