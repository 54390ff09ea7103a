/** `latchkey permissions …`: the permission catalog of your project's own API (DESIGN.md section 13). */
import type { Command } from 'commander';
import { CreatePermissionOperation, DeletePermissionOperation, PermissionsOperation } from '../../gql/operations.js';
import { action, examples } from '../command.js';
import { CliError, EXIT } from '../failures.js';
import { listOf, shortTime } from '../parse.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const projectOption = '-p, --project <id>';
const projectHelp = 'the project (else LATCHKEY_PROJECT, the saved one, or your only one)';

export function registerPermissions(program: Command): void {
  const permissions = program.command('permissions').description("The permissions of your project's own API");

  examples(permissions.command('list').alias('ls').description('List the catalog'), ['latchkey permissions list'])
    .option(projectOption, projectHelp)
    .action(
      action<{ project?: string }>(async (session, options) => {
        const { out } = session;
        const projectId = await session.project(options.project);
        const data = await out.spin('Loading permissions', () =>
          session.client().request(PermissionsOperation, { projectId }),
        );
        if (!data.project) throw new CliError('Project not found. [NOT_FOUND]', EXIT.failed, 'NOT_FOUND');
        if (out.json) return out.data(data.project.permissions);
        out.table(data.project.permissions, [
          { header: 'ID', value: (permission) => permission.id },
          { header: 'NAME', value: (permission) => permission.name },
          { header: 'IMPLIES', value: (permission) => permission.implies.join(' ') || '—' },
          { header: 'KEYS', value: (permission) => permission.keyCount, right: true },
          { header: 'DESCRIPTION', value: (permission) => permission.description },
          { header: 'CREATED', value: (permission) => shortTime(permission.createdAt) },
        ]);
      }),
    );

  examples(permissions.command('create').argument('<name>', 'e.g. bots:read').description('Add a permission'), [
    'latchkey permissions create bots:read --description "Read bots"',
    'latchkey permissions create bots:admin --implies bots:read,bots:write',
  ])
    .option(projectOption, projectHelp)
    .option('-d, --description <text>', 'what it grants')
    .option('--implies <names>', 'permissions it implies, comma-separated or repeated', collect)
    .action(
      action<{ project?: string; description?: string; implies?: string[] }>(async (session, options, [name]) => {
        const { out } = session;
        const projectId = await session.project(options.project);
        const implies = listOf(options.implies);
        const { createPermission } = await out.spin('Creating the permission', () =>
          session.client().request(CreatePermissionOperation, {
            input: {
              projectId,
              name: name ?? '',
              description: options.description,
              ...(implies.length ? { implies } : {}),
            },
          }),
        );
        if (out.json) return out.data(createPermission);
        out.line(`Created ${createPermission.name} (${createPermission.id}).`);
      }),
    );

  examples(
    permissions
      .command('delete')
      .argument('<id>', 'the permission')
      .description('Remove a permission (--force also takes it from the keys holding it)'),
    ['latchkey permissions delete 0193…', 'latchkey permissions delete 0193… --force --yes'],
  )
    .option('--force', 'also remove it from every key holding it')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action<{ force?: boolean; yes?: boolean }>(async (session, options, [id = '']) => {
        const { out } = session;
        await out.confirm(
          `Delete the permission ${id}${options.force ? ' and remove it from every key' : ''}?`,
          options.yes,
        );
        const { deletePermission } = await out.spin('Deleting the permission', () =>
          session.client().request(DeletePermissionOperation, { input: { id, force: options.force ?? false } }),
        );
        if (out.json) return out.data(deletePermission);
        out.line(`Deleted ${id}; removed from ${deletePermission.removedFromKeys} key(s).`);
      }),
    );
}
