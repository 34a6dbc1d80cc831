// Strict, type-checked linting for every TypeScript file in the project.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    },
  },
);
