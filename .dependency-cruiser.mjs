// The import graph's rules, checked by `pnpm lint` (so by CI): `depcruise server/src client/src`.
//
// Cycles. A cycle of runtime imports makes the order modules initialise in depend on which
// one is imported first: one of them sees the other's exports still undefined (a class in
// its temporal dead zone, `undefined is not a constructor`), and only in some entry points.
// So a cycle in which every import is a runtime import is an error.
//
// A cycle that goes through at least one type-only import (`import type`, or every name
// imported `type X`) cannot cause that: type-only imports are erased when the server is
// compiled (SWC) and the client bundled (Vite) (and where a decorated field's type comes
// from an `import type`, the emitted `design:type` is `Object`, not the class);
// `consistent-type-imports` in eslint.config.js keeps them written as such. It is still two
// modules knowing each other, so it is an error too (`type-only-cycle`): the type both
// need goes into a file of its own (a client room's query result: `room-briefing.ts`,
// `room-types.ts`), or the one naming the other asks for what it uses only (a mail takes
// `{ publicUrl }`, not the service's deps). A cycle through the app and a feature is also
// `no-app-feature-cycle`, whose message says what to do there (below).
//
// MikroORM entities that name each other both ways (`@ManyToOne(() => Quiz)` on one side,
// `@OneToMany(() => QuizQuestion, …)` on the other) import each other at run time, but
// only inside thunks that MikroORM calls at discovery, after every module has loaded, and
// their fields are typed `Rel<T>`/`Collection<T>` so no `design:type` names the other
// class while it loads. A cycle made only of `*.entity.ts` files is that pattern and is
// allowed (`entity-cycle` lists them, severity info); one that passes through any other
// file is not, runtime or type-only.
//
// Features and the app. A feature (server/src/modules/<feature>/) exports one module object
// (modules/shared/module.ts) and app/modules.ts lists them; the app imports features, and a
// feature imports nothing from app/, not even a type. What features run (errors, the
// viewer, loaders, the live hub) and the contracts they are typed against (the module
// contract, the request's context `RequestContext`) are in server/src/modules/shared/. A
// feature's resolvers name the context they read with the services they use, by class
// (`RequestContext<{ quiz: QuizService }>`), and its module declares it (`withContext`);
// app/context.ts checks the app's context is each of them. A cycle through both app/ and
// modules/, type-only or not, is an error (`no-app-feature-cycle`): the app's `Context`
// is derived from the list of modules, so a feature naming it would know every feature.
//
// Client features import from one another never: what several use is in client/src/components/
// (UI) or client/src/lib/ (helpers), and those two import no feature and nothing of the app.

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      severity: 'error',
      comment:
        'These modules import each other at run time: whichever loads first sees the other half-initialised. ' +
        'Move what both need into a third module, or make the imports that only name types `import type`.',
      from: { path: '^(server|client)/src/' },
      to: {
        circular: true,
        viaOnly: { dependencyTypesNot: ['type-only'] },
        // Entities may name each other both ways (see the header).
        via: { pathNot: '\\.entity\\.ts$' },
      },
    },
    {
      name: 'no-import-from-app',
      severity: 'error',
      comment:
        'A feature module imports the app that wires it, even if only a type. What features run (errors, ' +
        'the viewer, loaders, the live hub) and the contracts they are typed against (the module, the ' +
        'request context) are in server/src/modules/shared/. The app reaches features through ' +
        'app/modules.ts, never the reverse.',
      from: { path: '^server/src/modules/' },
      to: { path: '^server/src/app/' },
    },
    {
      name: 'no-app-feature-cycle',
      severity: 'error',
      comment:
        'A cycle through both the app and a feature, type-only imports included. The app lists the features ' +
        '(app/modules.ts) and derives its types from that list, so a feature that names anything of app/ ' +
        'depends on every feature: name the contracts in server/src/modules/shared/ instead (the request ' +
        'context is `RequestContext` in modules/shared/context.ts, with the services the feature uses).',
      from: { path: '^server/src/app/' },
      to: { circular: true, via: { path: '^server/src/modules/' } },
    },
    {
      name: 'type-only-cycle',
      severity: 'error',
      comment:
        'A cycle through type-only imports: harmless at run time, but two modules knowing each other. ' +
        'Move the type both name into a file of its own, or let the one that names the other ask for ' +
        'only what it uses.',
      from: { path: '^(server|client)/src/' },
      // At least one import of it type-only (one with none is `no-runtime-cycle`), and a file in
      // it other than an entity (see the header).
      to: { circular: true, via: { dependencyTypes: ['type-only'], pathNot: '\\.entity\\.ts$' } },
    },
    {
      name: 'entity-cycle',
      severity: 'info',
      comment:
        'MikroORM entities naming each other both ways, inside relation thunks (see the header): allowed, ' +
        'listed so they stay visible.',
      from: { path: '\\.entity\\.ts$' },
      to: { circular: true, viaOnly: { path: '\\.entity\\.ts$' } },
    },
    {
      name: 'client-feature-to-feature',
      severity: 'error',
      comment:
        'A client feature imports another feature. Shared UI belongs in client/src/components/, helpers in client/src/lib/.',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { path: '^client/src/features/', pathNot: '^client/src/features/$1/' },
    },
    {
      name: 'client-shared-to-feature',
      severity: 'error',
      comment:
        'client/src/components/ and client/src/lib/ serve every feature and the app, so they import neither: ' +
        'move what they need out of the feature or the app into them.',
      from: { path: '^client/src/(components|lib)/' },
      to: { path: '^client/src/(features|app)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing: a typo, or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '^client/src/gql/'] },
    // See type-only imports too (otherwise they vanish before the rules see them).
    tsPreCompilationDeps: true,
    // NodeNext: `.js` in the server's imports of `.ts` files.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
