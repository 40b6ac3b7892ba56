import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.tools/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned or explicitly voided, and never handed to something
    // that ignores it (an event handler, a callback expecting void). Errors are never swallowed by accident.
    files: ['server/**/*.ts', 'client/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Specs read loosely typed JSON answers; `any` keeps them readable.
    files: ['server/test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // A module owns its tables: its own repositories and the UnitOfWork; only read models read across modules
    // (docs/decisions/0008-module-graph-and-domain-events.md).
    files: ['server/src/modules/**/*.ts'],
    ignores: ['**/*.read-model.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: ['DataSource'],
              message:
                'Use @InjectRepository(OwnEntity) and UnitOfWork; a join across modules is a *.read-model.ts.',
            },
            {
              name: '@nestjs/typeorm',
              importNames: ['InjectDataSource'],
              message:
                'Use @InjectRepository(OwnEntity) and UnitOfWork; a join across modules is a *.read-model.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
