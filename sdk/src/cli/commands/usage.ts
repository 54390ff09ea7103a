/** `latchkey usage`: a project's (or a key's) requests, as totals, a sparkline and a table by operation. */
import type { Command } from 'commander';
import type { UsageReport } from '../../client.js';
import { action, examples } from '../command.js';
import { usageError } from '../failures.js';
import { sparkline } from '../output.js';
import { parseTime, shortTime } from '../parse.js';

/** Requests per bucket, in time order, summed over operations and keys. */
export function requestsPerBucket(report: UsageReport): number[] {
  const buckets = new Map<string, number>();
  for (const stat of report.series) buckets.set(stat.bucketStart, (buckets.get(stat.bucketStart) ?? 0) + stat.requests);
  return [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, requests]) => requests);
}

export function registerUsage(program: Command): void {
  examples(program.command('usage').description("A project's requests (or a key's, with --key)"), [
    'latchkey usage                       # the last 24 hours, by hour',
    'latchkey usage --since 30d --granularity day',
    'latchkey usage --key 0193… --json | jq .totals',
  ])
    .option('-p, --project <id>', 'the project (else LATCHKEY_PROJECT, the saved one, or your only one)')
    .option('-k, --key <id>', "one key's usage, its rotated predecessors included")
    .option('--since <when>', 'an ISO time, or a duration ago (24h, 7d)', '24h')
    .option('--until <when>', 'an ISO time, or a duration ago')
    .option('--granularity <unit>', 'hour or day', 'hour')
    .action(
      action<{ project?: string; key?: string; since: string; until?: string; granularity: string }>(
        async (session, options) => {
          const { out } = session;
          const granularity = options.granularity.toUpperCase();
          if (granularity !== 'HOUR' && granularity !== 'DAY') {
            throw usageError(`--granularity must be hour or day, not "${options.granularity}".`);
          }
          const range = {
            from: parseTime(options.since, '--since'),
            to: options.until ? parseTime(options.until, '--until') : undefined,
            granularity,
          } as const;
          const client = session.client();
          const report = options.key
            ? await out.spin('Loading usage', () => client.usage.key(options.key ?? '', range))
            : await session
                .project(options.project)
                .then((projectId) => out.spin('Loading usage', () => client.usage.project(projectId, range)));
          if (out.json) return out.data(report);
          const { totals } = report;
          out.line(`${shortTime(report.from)} → ${shortTime(report.to)}, by ${report.granularity.toLowerCase()}`);
          out.line(`${out.paint('cyan', sparkline(requestsPerBucket(report)) || '(no requests)')}`);
          out.line(
            `${out.paint('bold', String(totals.requests))} requests: ${out.paint('green', `${totals.ok} ok`)}, ` +
              `${totals.errors} errors, ${totals.denied} denied, ${out.paint('yellow', `${totals.rateLimited} rate limited`)}`,
          );
          out.line();
          out.table(report.byOperation, [
            { header: 'OPERATION', value: (stat) => stat.operation },
            { header: 'REQUESTS', value: (stat) => stat.requests, right: true },
            { header: 'OK', value: (stat) => stat.ok, right: true },
            { header: 'ERRORS', value: (stat) => stat.errors, right: true },
            { header: 'DENIED', value: (stat) => stat.denied, right: true },
            { header: 'RATE LIMITED', value: (stat) => stat.rateLimited, right: true },
            {
              header: 'AVG MS',
              value: (stat) => (stat.averageDurationMs == null ? null : Math.round(stat.averageDurationMs)),
              right: true,
            },
          ]);
        },
      ),
    );
}
