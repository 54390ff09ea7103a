/**
 * `POST /leaks/github`: GitHub's secret-scanning partner endpoint (docs/leaked-keys.md). Enabled
 * by LATCHKEY_GITHUB_SCANNING_KEYS (404 without it). The signature is checked over the raw body
 * before anything else; then every match is applied (src/modules/leaks/leak-reports.service.ts)
 * and answered in GitHub's feedback format. Reported strings are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Revocation } from '../auth/revocation.js';
import {
  checkGithubSignature,
  GithubKeys,
  githubAnswer,
  parseGithubMatches,
  reportsOf,
} from '../modules/leaks/github-scanning.js';
import { applyLeakReports } from '../modules/leaks/leak-reports.service.js';
import { clientAddressOf } from '../shared/client-address.js';
import { type Config, readGithubScanningKeys } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { MikroORM } from '../shared/orm.js';
import { HttpError, readBody, sendJson } from './respond.js';

export interface GithubLeaksDependencies {
  config: Config;
  orm: MikroORM;
  revocation: Revocation;
  logger: Logger;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

export function githubLeaksEndpoint(deps: GithubLeaksDependencies) {
  const { githubScanningKeys, githubScanningKeysFile } = deps.config;
  const keys = githubScanningKeys
    ? new GithubKeys(
        githubScanningKeys,
        githubScanningKeysFile ? { path: githubScanningKeysFile, read: readGithubScanningKeys } : null,
        deps.logger,
      )
    : null;
  return async (request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> => {
    if (!keys)
      throw new HttpError(404, 'Leak reports from GitHub are not enabled here (LATCHKEY_GITHUB_SCANNING_KEYS).');
    if (request.method !== 'POST') throw new HttpError(405, 'Use POST.', { allow: 'POST' });
    const body = await readBody(request);
    const refusal = checkGithubSignature(
      keys,
      header(request, 'github-public-key-identifier'),
      header(request, 'github-public-key-signature'),
      body,
    );
    if (refusal) throw new HttpError(refusal.status, refusal.message);
    const matches = parseGithubMatches(body);
    if (!Array.isArray(matches)) throw new HttpError(matches.status, matches.message);
    const verdicts = await applyLeakReports(
      {
        em: deps.orm.em.fork(),
        revocation: deps.revocation,
        secret: deps.config.secret,
        meta: {
          requestId,
          clientAddress: clientAddressOf(request, deps.config.trustedProxies),
          userAgent: header(request, 'user-agent')?.slice(0, 512) ?? null,
        },
      },
      'GITHUB',
      reportsOf(matches),
    );
    sendJson(response, 200, githubAnswer(matches, verdicts));
  };
}
