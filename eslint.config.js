// @ts-check
const { defineConfig, globalIgnores } = require('eslint/config');
// @eslint/js is ESLint's own rule set; eslint pins it as an exact dependency, so it is always installed with it.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');
const ngrx = require('@ngrx/eslint-plugin/v9');

/** The Angular projects: both apps and the shared library. */
const ANGULAR_TS = ['projects/**/*.ts'];
const ANGULAR_HTML = ['projects/**/*.html'];

module.exports = defineConfig([
  globalIgnores(['dist/', 'node_modules/', '.angular/', 'out/', 'out-tsc/', 'coverage/', 'test-results/', 'playwright-report/', 'bench/results/']),

  // Every TypeScript and JavaScript file: ESLint and typescript-eslint recommended, plus a few rules that catch real bugs.
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: 'broadcaster/all',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-throw-literal': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-constant-binary-expression': 'error',
    },
  },

  // Root CommonJS config files (package.json has no "type": "module").
  {
    name: 'broadcaster/commonjs-config',
    files: ['*.js', '*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Angular TypeScript: components, services, the NgRx store.
  {
    name: 'broadcaster/angular-ts',
    files: ANGULAR_TS,
    extends: [...angular.configs.tsRecommended, ...ngrx.configs.store, ...ngrx.configs.operators],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'bc', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'bc', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@angular-eslint/prefer-output-emitter-ref': 'error',
      '@angular-eslint/prefer-output-readonly': 'error',
      '@angular-eslint/computed-must-return': 'error',
      '@angular-eslint/no-async-lifecycle-method': 'error',
      '@angular-eslint/no-lifecycle-call': 'error',
      '@angular-eslint/no-duplicates-in-metadata-arrays': 'error',
      '@angular-eslint/use-lifecycle-interface': 'error',
      // Windows are browser code: console.log is noise; warnings and errors are allowed.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },

  // Angular templates, inline and external.
  {
    name: 'broadcaster/angular-html',
    files: ANGULAR_HTML,
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {
      '@angular-eslint/template/button-has-type': 'error',
      '@angular-eslint/template/no-any': 'error',
      '@angular-eslint/template/no-duplicate-attributes': 'error',
      '@angular-eslint/template/no-positive-tabindex': 'error',
      '@angular-eslint/template/no-empty-control-flow': 'error',
    },
  },
]);
