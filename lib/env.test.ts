import { afterEach, describe, expect, it, vi } from "vitest";
import { getEnv, resetEnvCache, SANDBOX_APP } from "@/lib/env";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from "@/sandbox/seed";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("getEnv", () => {
  it("defaults to the embedded mode and the sandbox", () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("LINKEDIN_CLIENT_ID", "");
    vi.stubEnv("LINKEDIN_CLIENT_SECRET", "");
    vi.stubEnv("SANDBOX_PORT", "4999");
    const env = getEnv();
    expect(env.mode).toBe("embedded");
    expect(env.embeddedWorker).toBe(true);
    expect(env.linkedin).toMatchObject({
      target: "sandbox",
      oauthBaseUrl: "http://localhost:4999/oauth/v2",
      apiBaseUrl: "http://localhost:4999",
    });
  });

  it("switches to PostgreSQL and LinkedIn when configured", () => {
    vi.stubEnv("DATABASE_URL", "postgres://u:p@db:5432/cadence");
    vi.stubEnv("LINKEDIN_CLIENT_ID", "abc");
    vi.stubEnv("LINKEDIN_CLIENT_SECRET", "xyz");
    const env = getEnv();
    expect(env.mode).toBe("postgres");
    expect(env.embeddedWorker).toBe(false);
    expect(env.linkedin).toMatchObject({
      target: "linkedin",
      oauthBaseUrl: "https://www.linkedin.com/oauth/v2",
      apiBaseUrl: "https://api.linkedin.com",
      clientId: "abc",
    });
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL must start with postgres://"],
    [{ LINKEDIN_API_VERSION: "2026-11" }, "LINKEDIN_API_VERSION must be YYYYMM"],
    [
      { LINKEDIN_CLIENT_ID: "abc", LINKEDIN_CLIENT_SECRET: "" },
      "set both LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET",
    ],
    [{ PORT: "99999" }, "PORT"],
  ])("rejects %j with a message naming the setting", (values, message) => {
    for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
    expect(() => getEnv()).toThrow(message);
  });

  it.each([
    ["", false],
    ["false", false],
    ["0", false],
    ["true", true],
    ["1", true],
  ])("reads CADENCE_ALLOW_PRIVATE_URLS=%j as allowPrivateUrls %s", (value, expected) => {
    vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", value);
    expect(getEnv().allowPrivateUrls).toBe(expected);
  });

  it("uses the sandbox's seeded app credentials", () => {
    expect(SANDBOX_APP).toEqual({ clientId: SANDBOX_CLIENT_ID, clientSecret: SANDBOX_CLIENT_SECRET });
  });
});
