import type { DomainModule } from '../module.js';
import { Membership, Project } from './projects.entity.js';
import { projectsRules } from './projects.rules.js';

/** Projects and their plans. */
export const projectsModule: DomainModule = {
  name: 'projects',
  resolvers: async () => {
    const { ProjectsResolver } = await import('./projects.resolver.js');
    return [ProjectsResolver];
  },
  rules: projectsRules,
  entities: [Project, Membership],
};
