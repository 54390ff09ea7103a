import type { DomainModule } from '../module.js';
import { Deployment } from './deployment.entity.js';

/** This deployment's id and its claim on the Redis prefix (redis-prefix-claim.ts). */
export const deploymentModule: DomainModule = {
  name: 'deployment',
  entities: [Deployment],
};
