import type { DomainModule } from '../module.js';
import { startPurgeWorker } from './project-purge.worker.js';
import { Membership, Project } from './projects.entity.js';
import { projectsRules } from './projects.rules.js';

/** Projects and their plans; deleting them, and purging them 30 days later. */
export const projectsModule: DomainModule = {
  name: 'projects',
  resolvers: async () => {
    const { ProjectsResolver } = await import('./projects.resolver.js');
    const { DeletedProjectsResolver } = await import('./deleted-projects.resolver.js');
    return [ProjectsResolver, DeletedProjectsResolver];
  },
  rules: projectsRules,
  entities: [Project, Membership],
  workers: [startPurgeWorker],
};
