import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // A function fits on a screen.
    files: ['src/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }],
      // Log lines carry what AWS, GitHub and templates say: `say` keeps them from being commands.
      'no-restricted-properties': [
        'error',
        { object: 'core', property: 'info', message: "Use say() from 'exec/inert-log.js'." }
      ]
    }
  },
  {
    files: ['__tests__/**', 'testbed/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' }
  },
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked }
)
