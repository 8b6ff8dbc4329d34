/** Test levels are selected by file name (see STYLE.md): *.unit.test.ts, *.int.test.ts, *.e2e.test.ts. */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: false, diagnostics: false }] },
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  reporters: ['default', '<rootDir>/tests/support/plain-summary-reporter.js'],
  // Servers start in hooks; on a loaded 2-core machine that can take longer than jest's 5 s default. (A root
  // option: jest ignores it inside a project's config, with a warning.)
  testTimeout: 60_000,
  globalSetup: '<rootDir>/tests/support/global-setup.js',
  globalTeardown: '<rootDir>/tests/support/global-teardown.js',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/**/*.unit.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/tests/**/*.int.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/**/*.e2e.test.ts'] },
  ],
};
