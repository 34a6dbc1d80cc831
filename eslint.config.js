// Strict, type-checked linting for every TypeScript file in the project, plus the boundaries
// between its rooms (docs/architecture.md): who may import the database driver and the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DRIVER = {
  group: ['neo4j-driver', 'neo4j-driver/*', 'neo4j-driver-*'],
  message: 'Only graph/ talks to Neo4j: call a query in graph/queries/ instead.',
};
const RENDERER = {
  group: ['cytoscape', 'cytoscape/*', 'cytoscape-*'],
  message: 'Only web/src/graph-view/ draws the graph: go through GraphView instead.',
};

/** `no-restricted-imports` with the given boundary patterns (type-only imports count too). */
const restrict = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'graph/launcher/',
      'server/generated/',
      'web/generated/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // neo4j-driver and DOM events hand back values we narrow ourselves.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `afterAll(() => db.close())` reads better with the shorthand arrow.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // neo4j-driver declares its option bags as classes; its docs pass object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Types are erased at build time: saying so keeps modules free of runtime import cycles.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // A new kind, layout or error code must be handled wherever a switch covers them.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      ...restrict(DRIVER, RENDERER),
    },
  },
  // The rooms that own a dependency. The benchmark's raw contender is the driver itself.
  { files: ['graph/**/*.ts'], rules: restrict(RENDERER) },
  { files: ['bench/**/*.ts'], rules: restrict(RENDERER) },
  { files: ['web/src/graph-view/**/*.ts'], rules: restrict(DRIVER) },
);
