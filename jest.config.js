// One jest run, three projects: fast unit tests, integration tests against the real
// PostgreSQL / NATS / Redis, and whole-system (e2e) tests. The servers are made sure of once,
// in the global setup, which fails loudly naming any server it cannot reach or start.
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
};
const common = {
  transform,
  testEnvironment: 'node',
  testEnvironmentOptions: { globalsCleanup: 'off' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/services/portal/'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,services}/*/test/**/*.spec.ts', '<rootDir>/deploy/*/test/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/{libs,services}/*/test/**/*.integration-spec.ts',
        '<rootDir>/deploy/*/test/**/*.integration-spec.ts',
      ],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      // also builds the portal once, for the browser specs
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
    },
  ],
};
