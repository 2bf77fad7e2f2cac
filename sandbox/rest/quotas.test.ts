import { describe, expect, it } from "vitest";
import { SANDBOX_BASIC_CLIENT_ID } from "../seed";
import {
  advanceClock,
  mintToken,
  postJson,
  restGet,
  TEST_NOW,
  setupTestSandbox,
} from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

const ACLS = "/rest/organizationAcls?q=roleAssignee";
const SCOPES = ["rw_organization_admin", "openid", "profile"];
const MEMBER_DAY = {
  status: 429,
  serviceErrorCode: 101,
  code: "TOO_MANY_REQUESTS",
  message: "Resource level throttle MEMBER DAY limit for calls to this resource is reached.",
};
const APPLICATION_DAY = {
  ...MEMBER_DAY,
  message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
};

async function limit(endpoint: string, quota: { app?: number | null; member?: number | null }) {
  const res = await postJson(`${t.url}/_sandbox/config`, { quotas: { endpoints: { [endpoint]: quota } } });
  expect(res.status).toBe(200);
}

describe("daily quotas", () => {
  it("per member and per app, per endpoint, with LinkedIn's 429 bodies and no rate headers", async () => {
    await limit("GET /rest/organizationAcls", { app: 5, member: 2 });
    const alex = (await mintToken(t.url, { member: "8kQvT3mZpA", scopes: SCOPES })).access_token;
    const priya = (await mintToken(t.url, { member: "R2dNw7LxYc", scopes: SCOPES })).access_token;
    const sam = (await mintToken(t.url, { member: "Zt5HbQ1uKe", scopes: SCOPES })).access_token;

    expect((await restGet(t.url, ACLS, alex)).status).toBe(200);
    expect((await restGet(t.url, ACLS, alex)).status).toBe(200);
    const throttled = await restGet(t.url, ACLS, alex);
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toEqual(MEMBER_DAY);
    for (const name of throttled.headers.keys()) expect(name).not.toMatch(/retry-after|ratelimit/i);

    // Other endpoints are counted separately.
    expect((await restGet(t.url, "/rest/organizationsLookup/5515001", alex)).status).toBe(200);

    expect((await restGet(t.url, ACLS, priya)).status).toBe(200);
    expect((await restGet(t.url, ACLS, priya)).status).toBe(200);
    expect((await restGet(t.url, ACLS, sam)).status).toBe(200);
    const appThrottled = await restGet(t.url, ACLS, sam);
    expect(appThrottled.status).toBe(429);
    expect(await appThrottled.json()).toEqual(APPLICATION_DAY);

    const state = (await (await fetch(`${t.url}/_sandbox/state`)).json()) as {
      quotas: { day: string; app: Record<string, number>; member: Record<string, number> };
      calls: Record<string, { total: number; statuses: Record<string, number> }>;
    };
    expect(state.quotas.day).toBe("2026-11-16");
    expect(state.quotas.app["cadence-sandbox GET /rest/organizationAcls"]).toBe(5);
    expect(state.quotas.member["cadence-sandbox 8kQvT3mZpA GET /rest/organizationAcls"]).toBe(2);
    expect(state.calls["GET /rest/organizationAcls"]).toEqual({ total: 7, statuses: { "200": 5, "429": 2 } });
  });

  it("stays exhausted until 00:00 UTC of the sandbox clock, then resets", async () => {
    await limit("GET /rest/organizationAcls", { member: 1 });
    const tok = (await mintToken(t.url, { scopes: SCOPES })).access_token;
    expect((await restGet(t.url, ACLS, tok)).status).toBe(200);
    expect((await restGet(t.url, ACLS, tok)).status).toBe(429);
    const midnight = Date.UTC(2026, 10, 17);
    expect(midnight).toBeGreaterThan(TEST_NOW);
    await advanceClock(t.url, { now: midnight - 1 });
    expect((await restGet(t.url, ACLS, tok)).status).toBe(429);
    await advanceClock(t.url, { now: midnight });
    expect((await restGet(t.url, ACLS, tok)).status).toBe(200);
    expect((await restGet(t.url, ACLS, tok)).status).toBe(429);
  });

  it("keeps each app's counters apart (userinfo counts too)", async () => {
    await limit("GET /v2/userinfo", { app: 1 });
    const main = (await mintToken(t.url, { scopes: ["profile"] })).access_token;
    const basic = (await mintToken(t.url, { scopes: ["profile"], clientId: SANDBOX_BASIC_CLIENT_ID }))
      .access_token;
    const userinfo = (token: string) =>
      fetch(`${t.url}/v2/userinfo`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await userinfo(main)).status).toBe(200);
    const second = await userinfo(main);
    expect(second.status).toBe(429);
    expect(await second.json()).toEqual(APPLICATION_DAY);
    expect((await userinfo(basic)).status).toBe(200);
  });

  it("null means unlimited", async () => {
    await limit("GET /rest/organizationAcls", { app: null, member: null });
    await postJson(`${t.url}/_sandbox/config`, { quotas: { default: { app: 1, member: 1 } } });
    const tok = (await mintToken(t.url, { scopes: SCOPES })).access_token;
    for (let i = 0; i < 3; i++) expect((await restGet(t.url, ACLS, tok)).status).toBe(200);
    expect((await restGet(t.url, "/rest/organizationsLookup/5515001", tok)).status).toBe(200);
    expect((await restGet(t.url, "/rest/organizationsLookup/5515001", tok)).status).toBe(429);
  });
});
