// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerFences } from './eslint/layer-fences.js';

// eslint finds its config through the default export; the one place named exports cannot be used.
// eslint-disable-next-line no-restricted-syntax
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'demo-output/', 'coverage/', 'config/schema.json', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'interface'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string-literal union instead of an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports only.' },
      ],
    },
  },
  ...layerFences(),
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
