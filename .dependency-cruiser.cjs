/**
 * The import rules of src/ (docs/development.md, "Layout"), checked by `npm run check:imports`.
 * Type-only imports count: a cycle through types is still a cycle for a reader.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Files import each other in one direction only.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-is-a-leaf',
      severity: 'error',
      comment: 'src/shared holds infrastructure with no knowledge of domains, auth, GraphQL or HTTP.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'modules-below-the-application',
      severity: 'error',
      comment: 'Domain modules never reach up into the HTTP server, the module list, or the entry points.',
      from: { path: '^src/(modules|auth|graphql)/', pathNot: '^src/graphql/schema\\.ts$' },
      to: { path: '^src/(http/|main\\.ts|worker\\.ts|modules\\.ts|database\\.ts|scripts/)' },
    },
    {
      name: 'module-index-only-from-the-list',
      severity: 'error',
      comment: "A module's index.ts is read by src/modules.ts alone; other code imports the file it needs.",
      from: { path: '^src/', pathNot: '^src/modules\\.ts$' },
      to: { path: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'http-only-from-entry-points',
      severity: 'error',
      comment: 'The HTTP server is started by main.ts; nothing below it depends on it.',
      from: { path: '^src/', pathNot: '^src/(main\\.ts|http/)' },
      to: { path: '^src/http/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
