/**
 * The intended parts of Pameran, written down as rules that CI checks (scripts/test.sh runs
 * `npm run depcruise`). Why each rule exists: docs/decisions/0008-module-graph-and-domain-events.md.
 */
const MOD = '^server/src/modules/';
const npm = (names) => `node_modules/(${names})/`;

module.exports = {
  forbidden: [
    {
      name: 'contracts-stand-alone',
      comment: 'packages/contracts is shared by server and client and imports nothing of ours.',
      severity: 'error',
      from: { path: '^packages/contracts/src' },
      to: { path: '^(server|client|bench)/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server and the client share only packages/contracts.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^client/' },
    },
    {
      name: 'client-not-server',
      comment: 'The server and the client share only packages/contracts.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-cycle-between-modules',
      comment: 'Feature modules depend one way; break a cycle with a domain event or a port.',
      severity: 'error',
      scope: 'folder',
      from: { path: `${MOD}[^/]+/?$` },
      to: { circular: true, viaOnly: { path: `${MOD}[^/]+/?$` } },
    },
    {
      name: 'no-file-cycle',
      comment: 'No import cycles between files (type-only imports aside).',
      severity: 'error',
      from: { path: '^(server/src|client/src|packages/contracts/src)' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'only-hall-holds-sockets',
      comment: 'Only the hall imports socket.io; others publish domain events or use its ports.',
      severity: 'error',
      from: { path: '^server/src', pathNot: `${MOD}hall/` },
      to: { path: npm('socket\\.io|@socket\\.io/[^/]+|@nestjs/platform-socket\\.io|@nestjs/websockets') },
    },
    {
      name: 'socket-client-only-for-the-demo-crowd',
      comment: 'The demo crowd walks the hall as a real client would; no other server code is a client.',
      severity: 'error',
      from: { path: '^server/src', pathNot: `${MOD}demo/` },
      to: { path: npm('socket\\.io-client') },
    },
    {
      name: 'hall-public-api',
      comment:
        'Other modules use the hall only through its index.ts (module and ports), never its internals.',
      severity: 'error',
      from: { path: '^server/src', pathNot: `${MOD}hall/` },
      to: { path: `${MOD}hall/`, pathNot: `${MOD}hall/index\\.ts$` },
    },
    {
      name: 'only-video-talks-to-livekit',
      severity: 'error',
      from: { path: '^server/src', pathNot: `${MOD}video/` },
      to: { path: npm('livekit-server-sdk') },
    },
    {
      name: 'entities-stay-home',
      comment:
        "A module's code uses only its own entities; a join across modules lives in a *.read-model.ts file.",
      severity: 'error',
      from: {
        path: `${MOD}([^/]+)/`,
        pathNot: ['\\.read-model\\.ts$', '\\.entit(y|ies)\\.ts$', '\\.spec\\.ts$'],
      },
      to: { path: `${MOD}[^/]+/.+\\.entit(y|ies)\\.ts$`, pathNot: `${MOD}$1/` },
    },
    {
      name: 'entity-relations-are-type-only',
      comment:
        'Relations to another module’s entity name it by string with a type-only import: the foreign key is part ' +
        'of one schema, the other module’s class is not part of this one.',
      severity: 'error',
      from: { path: `${MOD}([^/]+)/.+\\.entit(y|ies)\\.ts$` },
      to: {
        path: `${MOD}[^/]+/.+\\.entit(y|ies)\\.ts$`,
        pathNot: `${MOD}$1/`,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'three-only-in-the-hall',
      severity: 'error',
      from: { path: '^client/src', pathNot: '^client/src/features/hall/' },
      to: { path: npm('three|@react-three/[^/]+') },
    },
    {
      name: 'livekit-only-in-call-and-stage',
      severity: 'error',
      from: { path: '^client/src', pathNot: '^client/src/features/(call|stage)/' },
      to: { path: npm('livekit-client|@livekit/[^/]+') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage)/' },
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      archi: {
        collapsePattern:
          '^(server/src/modules/[^/]+|server/src/[^/]+|client/src/features/[^/]+|client/src/[^/]+|packages/contracts)',
      },
    },
  },
};
