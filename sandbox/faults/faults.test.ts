import { describe, expect, it } from "vitest";
import { advanceClock, mintToken, postJson, restGet, setupTestSandbox } from "../testing/sandbox-test-kit";
import { takeFault } from "./faults";

const t = setupTestSandbox();

const ACLS = "/rest/organizationAcls?q=roleAssignee";
const SCOPES = ["rw_organization_admin", "profile"];
const token = async () => (await mintToken(t.url, { scopes: SCOPES })).access_token;
const addFault = (body: unknown) => postJson(`${t.url}/_sandbox/faults`, body);

describe("http faults", () => {
  it("answer with the status `times` times, matching method and path regex", async () => {
    const res = await addFault({ method: "get", path: "^/rest/organizationAcls", status: 503, times: 2 });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: "fault-1",
      kind: "http",
      method: "GET",
      path: "^/rest/organizationAcls",
      status: 503,
      times: 2,
      probability: 1,
      delayMs: 0,
      body: null,
      headers: {},
      reason: null,
      lagMs: 0,
      hits: 0,
    });
    const tok = await token();
    const first = await restGet(t.url, ACLS, tok);
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ status: 503, message: "Service Unavailable" });
    expect((await restGet(t.url, "/rest/organizationsLookup/5515001", tok)).status).toBe(200);
    expect((await restGet(t.url, ACLS, tok)).status).toBe(503);
    expect((await restGet(t.url, ACLS, tok)).status).toBe(200);
    expect(await (await fetch(`${t.url}/_sandbox/faults`)).json()).toEqual({ faults: [] });
  });

  it.each([
    [
      429,
      {
        status: 429,
        serviceErrorCode: 101,
        code: "TOO_MANY_REQUESTS",
        message: "Resource level throttle limit for calls to this resource is reached.",
      },
    ],
    [
      401,
      {
        status: 401,
        serviceErrorCode: 65601,
        code: "REVOKED_ACCESS_TOKEN",
        message: "The token used in the request has been revoked by the user",
      },
    ],
    [426, { status: 426, code: "NONEXISTENT_VERSION", message: "Requested version 20261101 is not active" }],
    [500, { status: 500, message: "Internal Server Error" }],
  ])("default body for %i is LinkedIn's", async (status, body) => {
    await addFault({ path: "organizationAcls", status, times: 1 });
    const res = await restGet(t.url, ACLS, await token());
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(body);
  });

  it("send a custom body and headers, and match the query string too", async () => {
    await addFault({
      path: "role=ANALYST",
      status: 502,
      body: { oops: true },
      headers: { "X-Fault": "yes" },
    });
    const tok = await token();
    expect((await restGet(t.url, ACLS, tok)).status).toBe(200);
    const res = await restGet(t.url, `${ACLS}&role=ANALYST`, tok);
    expect(res.status).toBe(502);
    expect(res.headers.get("x-fault")).toBe("yes");
    expect(await res.json()).toEqual({ oops: true });
  });

  it("status 0 drops the connection", async () => {
    await addFault({ path: "/oauth/v2/accessToken", status: 0, times: 1 });
    await expect(fetch(`${t.url}/oauth/v2/accessToken`, { method: "POST" })).rejects.toThrow("fetch failed");
    expect((await fetch(`${t.url}/oauth/v2/accessToken`, { method: "POST" })).status).toBe(400);
    const state = (await (await fetch(`${t.url}/_sandbox/state`)).json()) as {
      calls: Record<string, unknown>;
    };
    expect(state.calls["POST /oauth/v2/accessToken"]).toEqual({ total: 2, statuses: { "0": 1, "400": 1 } });
  });

  it("delayMs without a status slows the request down and then answers normally", async () => {
    await addFault({ path: "organizationAcls", delayMs: 300, times: 1 });
    const tok = await token();
    const started = Date.now();
    const res = await restGet(t.url, ACLS, tok);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("probability uses a seeded generator: deterministic after reset", async () => {
    const run = async () => {
      await addFault({ path: "organizationAcls", status: 500, probability: 0.5 });
      const tok = await token();
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) statuses.push((await restGet(t.url, ACLS, tok)).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(200);
    expect(first).toContain(500);
    await fetch(`${t.url}/_sandbox/reset`, { method: "POST" });
    expect(await run()).toEqual(first);

    await fetch(`${t.url}/_sandbox/faults`, { method: "DELETE" });
    await addFault({ path: ".*", status: 500, probability: 0 });
    expect((await restGet(t.url, ACLS, await token())).status).toBe(200);
  });

  it("never touch the control API", async () => {
    await addFault({ path: ".*", status: 500 });
    expect((await fetch(`${t.url}/_sandbox/state`)).status).toBe(200);
  });

  it("can be listed and removed one by one or all at once", async () => {
    await addFault({ path: "a", status: 500 });
    const second = (await (await addFault({ path: "b", status: 500 })).json()) as { id: string };
    expect(second.id).toBe("fault-2");
    const removed = await fetch(`${t.url}/_sandbox/faults/fault-1`, { method: "DELETE" });
    expect(await removed.json()).toEqual({ cleared: 1 });
    const missing = await fetch(`${t.url}/_sandbox/faults/fault-9`, { method: "DELETE" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ status: 404, code: "NOT_FOUND", message: "No fault fault-9" });
    const list = (await (await fetch(`${t.url}/_sandbox/faults`)).json()) as { faults: { id: string }[] };
    expect(list.faults.map((f) => f.id)).toEqual(["fault-2"]);
    expect(await (await fetch(`${t.url}/_sandbox/faults`, { method: "DELETE" })).json()).toEqual({
      cleared: 1,
    });
  });

  it("reject invalid definitions", async () => {
    const badRegex = await addFault({ path: "(", status: 500 });
    expect(badRegex.status).toBe(400);
    expect(await badRegex.json()).toEqual({
      status: 400,
      message: "Invalid request body: path: not a valid regular expression",
    });
    const nothing = await addFault({ path: "x" });
    expect(await nothing.json()).toEqual({
      status: 400,
      message:
        "Invalid request body: status: an http fault needs a status (0 drops the connection) or a delayMs",
    });
    const typo = await addFault({ path: "x", status: 500, tmes: 2 });
    expect(typo.status).toBe(400);
    const badStatus = await addFault({ status: 42 });
    expect(await badStatus.json()).toEqual({
      status: 400,
      message: "Invalid request body: status: must be 0 or an HTTP status (100-599)",
    });
  });
});

describe("token faults", () => {
  it("revokeMember revokes every token of the member", async () => {
    const a = await token();
    const b = await token();
    const other = (await mintToken(t.url, { member: "R2dNw7LxYc", scopes: SCOPES })).access_token;
    const res = await addFault({ revokeMember: "default" });
    expect(await res.json()).toEqual({ revoked: 2 });
    expect((await restGet(t.url, ACLS, a)).status).toBe(401);
    expect((await restGet(t.url, ACLS, b)).status).toBe(401);
    expect((await restGet(t.url, ACLS, other)).status).toBe(200);
    expect(await (await addFault({ revokeToken: "AQunknown" })).json()).toEqual({ revoked: 0 });
  });

  it("TOKEN_LAG makes fresh tokens look revoked for a while (sandbox time)", async () => {
    await addFault({ kind: "TOKEN_LAG", lagMs: 5000 });
    const tok = await token();
    const res = await restGet(t.url, ACLS, tok);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe("REVOKED_ACCESS_TOKEN");
    await advanceClock(t.url, { advanceMs: 5000 });
    expect((await restGet(t.url, ACLS, tok)).status).toBe(200);
  });
});

describe("named faults for other handlers", () => {
  it("takeFault consumes PROCESSING_FAILED faults whose match fits the subject", async () => {
    await addFault({
      kind: "PROCESSING_FAILED",
      match: "^urn:li:video:",
      reason: "Video too short",
      times: 1,
    });
    const { state } = t.sandbox;
    expect(takeFault(state, "PROCESSING_FAILED", "urn:li:image:C4E10AQabc")).toBeUndefined();
    expect(takeFault(state, "PUBLISH_FAILED", "urn:li:video:C5F10AQabc")).toBeUndefined();
    expect(takeFault(state, "PROCESSING_FAILED", "urn:li:video:C5F10AQabc")?.reason).toBe("Video too short");
    expect(takeFault(state, "PROCESSING_FAILED", "urn:li:video:C5F10AQabc")).toBeUndefined();
  });
});
