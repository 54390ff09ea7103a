import { useQuery } from '../api/use-query';
import type { PermissionFieldsFragment } from '../gql/graphql';
import { ProjectPermissionsQuery } from './documents';

const NONE: readonly PermissionFieldsFragment[] = [];

/**
 * The project's permission catalog, for the Permissions tab and the key dialogs' picker. A person
 * without permissions:read gets an error here, and an empty catalog.
 */
export function usePermissionCatalog(projectId: string) {
  const query = useQuery(ProjectPermissionsQuery, { projectId });
  return {
    catalog: query.data?.project?.permissions ?? NONE,
    loaded: query.data !== undefined || query.error !== undefined,
    error: query.error,
    loading: query.loading,
    reload: query.reload,
  };
}
