/** `latchkey usage`: a project's (or a key's) requests, as totals, a sparkline and a table by operation. */
import type { Command } from 'commander';
import type { UsageReport } from '../../client.js';
import { action, examples } from '../command.js';
import { usageError } from '../failures.js';
import { sparkline } from '../output.js';
import { parseTime, shortTime } from '../parse.js';

/**
 * Requests per bucket from `from` to `to`, in time order, summed over operations and keys; buckets
 * without requests count 0, so the sparkline's width is the time range.
 */
export function requestsPerBucket(report: UsageReport): number[] {
  const step = report.granularity === 'DAY' ? 86_400_000 : 3_600_000;
  const counts = new Map<number, number>();
  for (const stat of report.series) {
    const bucket = Math.floor(new Date(stat.bucketStart).getTime() / step) * step;
    counts.set(bucket, (counts.get(bucket) ?? 0) + stat.requests);
  }
  const first = Math.floor(new Date(report.from).getTime() / step) * step;
  const last = new Date(report.to).getTime();
  const values: number[] = [];
  // At most a year of buckets: a longer range is summed by the server's totals anyway.
  for (let bucket = first; bucket <= last && values.length < 366 * 24; bucket += step)
    values.push(counts.get(bucket) ?? 0);
  return values;
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
          const perBucket = requestsPerBucket(report);
          out.line(
            `${out.paint('cyan', sparkline(perBucket))}  ${out.paint('dim', `peak ${Math.max(0, ...perBucket)}`)}`,
          );
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
