import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { ApiKey } from '../api-keys/api-keys.entity.js';
import { Project } from '../projects/projects.entity.js';

/** Who reported a leak: GitHub's secret scanning (`POST /leaks/github`) or anyone (`reportLeakedKey`). */
export const LEAK_REPORTERS = ['GITHUB', 'REPORT'] as const;
export type LeakReporter = (typeof LEAK_REPORTERS)[number];

/**
 * One report of a key found in public (docs/leaked-keys.md): where it was seen. Never the key
 * itself. Rows go with their project when the purge worker removes it.
 */
export const KeyLeak = defineEntity({
  name: 'KeyLeak',
  tableName: 'key_leaks',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    apiKey: () => p.manyToOne(ApiKey).mapToPk().deleteRule('cascade'),
    project: () => p.manyToOne(Project).mapToPk().deleteRule('cascade'),
    reporter: p.enum(LEAK_REPORTERS),
    /** Where the key was found (a commit, a gist, a paste), as reported; null when none was given. */
    url: p.string().length(2048).nullable(),
    /** The scanner's `source` (`content`, `commit`, `issue_comment`, ...), or `report`. */
    source: p.string().length(64),
    reportedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['apiKey', 'reportedAt'] }, { properties: ['project', 'reportedAt'] }],
});
export type KeyLeak = InferEntity<typeof KeyLeak>;
