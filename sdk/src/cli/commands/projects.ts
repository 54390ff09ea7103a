/** `latchkey projects list`. */
import type { Command } from 'commander';
import { action, examples } from '../command.js';
import { shortTime } from '../parse.js';

export function registerProjects(program: Command): void {
  const projects = program.command('projects').description('Your projects');
  examples(projects.command('list').alias('ls').description('List the projects you belong to'), [
    'latchkey projects list',
    'latchkey projects list --json | jq -r ".[].id"',
  ]).action(
    action(async (session) => {
      const { out } = session;
      const client = session.client();
      const viewer = await session.whoami();
      // A project key sees its own project only; users and personal tokens list theirs.
      const list = await out.spin('Loading projects', async () => {
        if (viewer.user) return client.projects.list();
        return viewer.project ? [await client.projects.get(viewer.project.id)] : [];
      });
      if (out.json) return out.data(list);
      out.table(list, [
        { header: 'ID', value: (project) => project.id },
        { header: 'NAME', value: (project) => project.name },
        { header: 'PLAN', value: (project) => project.plan },
        { header: 'ROLE', value: (project) => project.viewerRole },
        { header: 'KEYS', value: (project) => project.keyCount, right: true },
        { header: 'CREATED', value: (project) => shortTime(project.createdAt) },
      ]);
    }),
  );
}
