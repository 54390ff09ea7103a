import { useQuery } from '../api/use-query';
import type { PermissionFieldsFragment } from '../gql/graphql';
import { ProjectPermissionsQuery } from './documents';

const NONE: readonly PermissionFieldsFragment[] = [];

/**
 * The project's permission catalog, for the Permissions tab, the key dialogs' picker and the key
 * detail. `readable` is false for a person without permissions:read (a DEVELOPER, who may still
 * write keys): the catalog is then not asked for, and stays empty.
 */
export function usePermissionCatalog(projectId: string, held: ReadonlySet<string>) {
  const readable = held.has('permissions:read');
  const query = useQuery(ProjectPermissionsQuery, { projectId }, { skip: !readable });
  return {
    readable,
    catalog: query.data?.project?.permissions ?? NONE,
    loaded: !readable || query.data !== undefined || query.error !== undefined,
    error: query.error,
    loading: query.loading,
    reload: query.reload,
  };
}
