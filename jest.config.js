// @ts-check
const { createCjsPreset } = require('jest-preset-angular/presets');

const preset = createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });

/** Shared by all projects: TypeScript through jest-preset-angular, path aliases, ESM packages transformed. */
const common = {
  ...preset,
  rootDir: __dirname,
  moduleNameMapper: { '^@broadcast-core/(.*)$': '<rootDir>/projects/broadcast-core/src/$1' },
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@angular|@ngrx|rxjs|fast-check|pure-rand))'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/electron/**/*.spec.ts', '<rootDir>/projects/broadcast-core/src/{room-state,bridge}/**/*.spec.ts'],
      setupFiles: ['<rootDir>/jest.node-setup.ts'],
    },
    {
      ...common,
      displayName: 'angular',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/projects/**/*.spec.ts'],
      testPathIgnorePatterns: ['<rootDir>/projects/broadcast-core/src/(room-state|bridge)/'],
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
    },
    {
      ...common,
      displayName: 'scripts',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/scripts/**/*.spec.ts'],
    },
  ],
};
