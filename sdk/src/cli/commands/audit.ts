/** `latchkey audit tail [--follow]`: a project's audit log, the newest events, then new ones as they come. */
import type { Command } from 'commander';
import type { AuditEvent } from '../../client.js';
import { auditFeed } from '../audit-feed.js';
import { action, examples } from '../command.js';
import { usageError } from '../failures.js';
import type { Output } from '../output.js';

function printEvent(out: Output, event: AuditEvent): void {
  const time = event.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  const target = event.targetLabel
    ? `${event.targetType} ${event.targetLabel}`
    : `${event.targetType} ${event.targetId}`;
  out.line(
    [
      out.paint('dim', time),
      out.paint('cyan', event.action.padEnd(20)),
      `${event.actor.label} (${event.actor.type.toLowerCase()})`,
      target,
    ].join('  '),
  );
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description("A project's audit log");
  examples(audit.command('tail').description('Show the newest events; with --follow, keep showing new ones'), [
    'latchkey audit tail',
    'latchkey audit tail -n 50 --follow',
    'latchkey audit tail --follow --json | jq -c "{action, actor: .actor.label}"   # one JSON object per line',
  ])
    .option('-p, --project <id>', 'the project (else LATCHKEY_PROJECT, the saved one, or your only one)')
    .option('-n, --lines <n>', 'how many of the newest events to show first', '20')
    .option('-f, --follow', 'keep running and show new events (Ctrl-C stops)')
    .option('--poll', 'with --follow: poll the audit log instead of subscribing over WebSocket')
    .option('--interval <seconds>', 'with --follow and --poll (or no WebSocket): seconds between polls', '2')
    .action(
      action<{ project?: string; lines: string; follow?: boolean; poll?: boolean; interval: string }>(
        async (session, options) => {
          const { out } = session;
          if (!/^\d+$/.test(options.lines) || Number(options.lines) > 100) {
            throw usageError(`--lines must be a whole number up to 100, not "${options.lines}".`);
          }
          const intervalMs = Number(options.interval) * 1000;
          if (!Number.isFinite(intervalMs) || intervalMs < 200)
            throw usageError('--interval must be at least 0.2 seconds.');
          const projectId = await session.project(options.project);
          const client = session.client();
          const started = new Date();
          const lines = Number(options.lines);
          const page =
            lines === 0
              ? { edges: [] }
              : await out.spin('Loading the audit log', () => client.audit.list(projectId, { first: lines }));
          const newest = page.edges.map((edge) => edge.node).reverse();
          if (!options.follow) {
            if (out.json) return out.data(newest);
            if (newest.length === 0) out.line(out.paint('dim', '(no events)'));
            for (const event of newest) printEvent(out, event);
            return;
          }
          const show = (event: AuditEvent) => (out.json ? out.dataLine(event) : printEvent(out, event));
          newest.forEach(show);
          const last = newest[newest.length - 1];
          const since = last ? new Date(last.createdAt) : started;
          const seen = last
            ? newest.filter((event) => event.createdAt === last.createdAt).map((event) => event.id)
            : [];
          const stop = new AbortController();
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
          if (!out.json && process.stderr.isTTY)
            out.note(out.paint('dim', 'Following new events (Ctrl-C stops)…', 'err'));
          try {
            for await (const event of auditFeed(client, projectId, {
              since,
              seen,
              signal: stop.signal,
              intervalMs,
              poll: options.poll,
            }))
              show(event);
          } catch (error) {
            if (!stop.signal.aborted) throw error;
          }
        },
      ),
    );
}
