// Test-only settings. Kept apart from lib/env.ts, which describes the product's configuration.
export function testDatabaseServerUrl(): string | undefined {
  // eslint-disable-next-line no-restricted-properties -- test harness switch, not a product setting
  return process.env.CADENCE_TEST_DATABASE_URL || undefined;
}
