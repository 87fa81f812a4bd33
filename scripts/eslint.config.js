// ESLint config for the static regex-safety check, and only for it: eslint-plugin-regexp over
// src/ (TypeScript parsed by @typescript-eslint/parser, no type information needed).
//   npm run lint:regex                         (scripts/lint-regex.mjs: compact report, exit 1 on errors)
//   npx eslint -c scripts/eslint.config.js src (eslint's own report)
// test/regex-safety.test.ts runs it, so `npm test` fails on any error below.
//
// Errors: catastrophic backtracking (regexp/no-super-linear-backtracking: exponential or
// polynomial backtracking inside one match attempt; regexp/no-super-linear-move: quadratic
// scanning when a regex without a start anchor is tried at every position of a long input) and
// the plugin's recommended rules of category "Possible Errors" (regexes that cannot do what
// they say). The other recommended rules (best practices, style) are warnings.
import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

const recommended = Object.fromEntries(
  Object.entries(regexp.configs.recommended.rules).map(([name, level]) => {
    const category = regexp.rules[name.replace(/^regexp\//, '')]?.meta?.docs?.category
    return [name, category === 'Possible Errors' ? level : 'warn']
  }),
)

export default [
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { regexp },
    rules: {
      ...recommended,
      'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignoreSticky: true, ignorePartial: true }],
    },
  },
]
