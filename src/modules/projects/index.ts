import type { DomainModule } from '../module.js';
import { Membership, Project } from './projects.entity.js';
import { ProjectsResolver } from './projects.resolver.js';
import { projectsRules } from './projects.rules.js';

/** Projects and their plans. */
export const projectsModule: DomainModule = {
  name: 'projects',
  resolvers: [ProjectsResolver],
  rules: projectsRules,
  entities: [Project, Membership],
};
