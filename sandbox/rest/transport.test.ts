import { request } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { json } from "../http/reply";
import type { Router } from "../http/router";
import { createdReply, finderResponse, readPaging } from "../restli/responses";
import { requireRestliMethod } from "./restli-method";
import { requireScope } from "./require-scope";
import {
  advanceClock,
  mintToken,
  postJson,
  restGet,
  restHeaders,
  TEST_VERSION,
  setupTestSandbox,
} from "../testing/sandbox-test-kit";

// Test-only routes exercising the shared helpers the same way the posts and media handlers will.
function testRoutes(router: Router) {
  router.register({
    method: "GET",
    path: "/rest/explode",
    handler: () => {
      throw new Error("boom");
    },
  });
  router.register({
    method: "POST",
    path: "/rest/widgets",
    handler: (ctx) => {
      requireScope(ctx, "w_member_social");
      return createdReply("urn:li:share:7045020441609936898");
    },
  });
  router.register({
    method: "POST",
    path: "/rest/widgets/{id}",
    requireRestliMethod: ["PARTIAL_UPDATE"],
    handler: (ctx) => json(200, { id: ctx.params.id, body: ctx.body }),
  });
  router.register({
    method: "GET",
    path: "/rest/widgets",
    handler: (ctx) => {
      requireRestliMethod(ctx, "FINDER", "GET_ALL");
      const all = Array.from({ length: 25 }, (_, i) => ({ n: i }));
      return json(200, finderResponse(ctx, all, readPaging(ctx)));
    },
  });
}

const t = setupTestSandbox({ routes: [testRoutes] });

const ALL_ORG_SCOPES = [
  "rw_organization_admin",
  "w_organization_social",
  "w_member_social",
  "openid",
  "profile",
];
const token = async (scopes = ALL_ORG_SCOPES) => (await mintToken(t.url, { scopes })).access_token;
const ACLS = "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("LinkedIn-Version", () => {
  it("is required on /rest: 400 VERSION_MISSING", async () => {
    const res = await fetch(`${t.url}${ACLS}`, {
      headers: { Authorization: `Bearer ${await token()}`, "X-Restli-Protocol-Version": "2.0.0" },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      code: "VERSION_MISSING",
      message: "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
    });
  });

  it.each([
    ["202409", "Requested version 20240901 is not active"],
    ["202511", "Requested version 20251101 is not active"],
    ["202612", "Requested version 20261201 is not active"],
    ["20241101", "Requested version 20241101 is not active"],
    ["20261115", "Requested version 20261115 is not active"],
    ["202511.02", "Requested version 20251101.02 is not active"],
    ["latest", "Requested version latest is not active"],
  ])("answers 426 NONEXISTENT_VERSION for %s", async (version, message) => {
    const res = await restGet(t.url, ACLS, await token(), { "LinkedIn-Version": version });
    expect(res.status).toBe(426);
    expect(await res.json()).toEqual({ status: 426, code: "NONEXISTENT_VERSION", message });
  });

  it.each(["202512", "202611", "202611.01", "20261101", "202606"])(
    "accepts %s (12 months ending at the clock's month)",
    async (version) => {
      const res = await restGet(t.url, ACLS, await token(), { "LinkedIn-Version": version });
      expect(res.status).toBe(200);
    },
  );

  it("sunsets the oldest version when the sandbox clock moves to the next month", async () => {
    const tok = await token();
    expect((await restGet(t.url, ACLS, tok, { "LinkedIn-Version": "202512" })).status).toBe(200);
    await advanceClock(t.url, { now: Date.UTC(2026, 11, 1) });
    expect((await restGet(t.url, ACLS, tok, { "LinkedIn-Version": "202512" })).status).toBe(426);
    expect((await restGet(t.url, ACLS, tok, { "LinkedIn-Version": "202612" })).status).toBe(200);
  });

  it("is not needed on /v2/userinfo", async () => {
    const res = await fetch(`${t.url}/v2/userinfo`, {
      headers: { Authorization: `Bearer ${await token()}` },
    });
    expect(res.status).toBe(200);
  });
});

describe("bearer authentication", () => {
  const call = (authorization?: string) =>
    fetch(`${t.url}${ACLS}`, {
      headers: {
        ...(authorization === undefined ? {} : { Authorization: authorization }),
        "LinkedIn-Version": TEST_VERSION,
        "X-Restli-Protocol-Version": "2.0.0",
      },
    });

  it.each([
    [undefined, { status: 401, serviceErrorCode: 401, message: "Empty oauth2_access_token" }],
    ["Bearer ", { status: 401, serviceErrorCode: 401, message: "Empty oauth2_access_token" }],
    ["Basic dXNlcjpwYXNz", { status: 401, message: "Unknown authentication schema" }],
    ["Bearer AQnot-a-real-token", { status: 401, serviceErrorCode: 65600, message: "Invalid access token" }],
  ])("%s → 401", async (authorization, body) => {
    const res = await call(authorization);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(body);
  });

  it("revoked → 401 65601 REVOKED_ACCESS_TOKEN", async () => {
    const tok = await token();
    const revoke = await postJson(`${t.url}/_sandbox/faults`, { revokeToken: tok });
    expect(await revoke.json()).toEqual({ revoked: 1 });
    const res = await call(`Bearer ${tok}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      status: 401,
      serviceErrorCode: 65601,
      code: "REVOKED_ACCESS_TOKEN",
      message: "The token used in the request has been revoked by the user",
    });
  });

  it("expired → 401 65602 EXPIRED_ACCESS_TOKEN", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ALL_ORG_SCOPES, expiresIn: 3600 });
    expect((await call(`bearer ${access_token}`)).status).toBe(200);
    await advanceClock(t.url, { advanceMs: 3_600_000 });
    const res = await call(`Bearer ${access_token}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      status: 401,
      serviceErrorCode: 65602,
      code: "EXPIRED_ACCESS_TOKEN",
      message: "The token used in the request has expired",
    });
  });

  it("reads headers case-insensitively", async () => {
    const tok = await token();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${t.url}${ACLS}`, {
        headers: {
          AUTHORIZATION: `Bearer ${tok}`,
          "linkedin-version": TEST_VERSION,
          "X-RESTLI-PROTOCOL-VERSION": "2.0.0",
        },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(200);
  });
});

describe("X-Restli-Protocol-Version", () => {
  it("is required by default", async () => {
    const res = await fetch(`${t.url}${ACLS}`, {
      headers: { Authorization: `Bearer ${await token()}`, "LinkedIn-Version": TEST_VERSION },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "The X-Restli-Protocol-Version header must be 2.0.0 for this API",
    });
  });

  it("in lenient mode reads Rest.li 1.0, where List(...) fails", async () => {
    await postJson(`${t.url}/_sandbox/config`, { protocolHeader: "lenient" });
    const headers = { Authorization: `Bearer ${await token()}`, "LinkedIn-Version": TEST_VERSION };
    expect((await fetch(`${t.url}${ACLS}`, { headers })).status).toBe(200);
    const res = await fetch(`${t.url}/rest/organizations?ids=List(5515001)`, { headers });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message:
        'Invalid Rest.li syntax in query parameter "ids": Rest.li 2.0 syntax needs the header X-Restli-Protocol-Version: 2.0.0',
    });
  });
});

describe("routing and Rest.li syntax", () => {
  it("unknown resources → 404 LinkedIn-style (after authentication)", async () => {
    const res = await restGet(t.url, "/rest/nothingHere?q=x", await token());
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      status: 404,
      code: "NOT_FOUND",
      message: "No virtual resource found",
    });
    const anonymous = await fetch(`${t.url}/rest/nothingHere`, {
      headers: { "LinkedIn-Version": TEST_VERSION, "X-Restli-Protocol-Version": "2.0.0" },
    });
    expect(anonymous.status).toBe(401);
    const outside = await fetch(`${t.url}/no/such/page`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual({
      status: 404,
      code: "NOT_FOUND",
      message: "No virtual resource found",
    });
  });

  it("wrong method → 405 with Allow", async () => {
    const res = await fetch(`${t.url}/rest/organizations`, {
      method: "DELETE",
      headers: restHeaders(await token()),
    });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(await res.json()).toEqual({
      status: 405,
      message: "Method DELETE is not allowed on this resource; allowed: GET",
    });
  });

  it.each([
    [
      "/rest/organizations?ids=List(5515001,5515002",
      'Invalid Rest.li syntax in query parameter "ids": expected "," or ")" but found end of input at offset 20',
    ],
    [
      "/rest/organizationAcls?q=organization&organization=urn:li:organization:5515001",
      'Invalid Rest.li syntax in query parameter "organization": expected end of value but found ":" at offset 3',
    ],
    ["/rest/organizationAcls?q=roleAssignee&q=roleAssignee", 'query parameter "q" appears more than once'],
    [
      "/rest/organizations?ids=List(%ZZ)",
      'Invalid Rest.li syntax in query parameter "ids": invalid percent-encoding in "%ZZ"',
    ],
    [
      "/rest/organizations/(id:1",
      'Invalid Rest.li syntax in path key: expected "," or ")" but found end of input at offset 5',
    ],
  ])("%s → 400", async (path, message) => {
    const res = await restGet(t.url, path, await token());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ status: 400, code: "ILLEGAL_ARGUMENT", message });
  });

  it("percent-encoded structure is a plain string and fails validation", async () => {
    const res = await restGet(t.url, "/rest/organizations?ids=List%285515001%29", await token());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      code: "PARAM_INVALID",
      message: 'Invalid value for parameter "ids": expected List(...)',
    });
  });

  it("an exception in a handler is a LinkedIn-style 500, and the server keeps serving", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await restGet(t.url, "/rest/explode", await token());
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ status: 500, message: "Internal Server Error" });
    expect(logged).toHaveBeenCalledOnce();
    expect((await restGet(t.url, ACLS, await token())).status).toBe(200);
  });
});

describe("X-RestLi-Method", () => {
  it("is required for PARTIAL_UPDATE, in any case", async () => {
    const tok = await token();
    const without = await fetch(`${t.url}/rest/widgets/urn%3Ali%3Ashare%3A1`, {
      method: "POST",
      headers: { ...restHeaders(tok), "Content-Type": "application/json" },
      body: JSON.stringify({ patch: { $set: { commentary: "x" } } }),
    });
    expect(without.status).toBe(400);
    expect(await without.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "The X-RestLi-Method header is required for this request: expected PARTIAL_UPDATE",
    });
    const lower = await fetch(`${t.url}/rest/widgets/urn%3Ali%3Ashare%3A1`, {
      method: "POST",
      headers: {
        ...restHeaders(tok),
        "Content-Type": "application/json",
        "x-restli-method": "partial_update",
      },
      body: JSON.stringify({ patch: { $set: { commentary: "x" } } }),
    });
    expect(lower.status).toBe(200);
    expect(await lower.json()).toEqual({
      id: "urn%3Ali%3Ashare%3A1",
      body: { patch: { $set: { commentary: "x" } } },
    });
  });

  it("is required for BATCH_* writes on organizationAcls", async () => {
    const res = await fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: { ...restHeaders(await token()), "Content-Type": "application/json" },
      body: JSON.stringify({ elements: [] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message:
        "The X-RestLi-Method header is required for this request: expected BATCH_CREATE or BATCH_PARTIAL_UPDATE",
    });
  });

  it("must be a known method matching the HTTP method", async () => {
    const tok = await token();
    const unknown = await restGet(t.url, ACLS, tok, { "X-RestLi-Method": "FETCH" });
    expect(await unknown.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "Unknown X-RestLi-Method: FETCH",
    });
    const mismatch = await restGet(t.url, ACLS, tok, { "X-RestLi-Method": "batch_create" });
    expect(await mismatch.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "X-RestLi-Method BATCH_CREATE cannot be used with HTTP GET; it requires POST",
    });
    expect((await restGet(t.url, "/rest/widgets?q=all", tok, { "X-RestLi-Method": "finder" })).status).toBe(
      200,
    );
    const helper = await restGet(t.url, "/rest/widgets?q=all", tok, { "X-RestLi-Method": "GET" });
    expect(await helper.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "The X-RestLi-Method header is required for this request: expected FINDER or GET_ALL",
    });
  });
});

describe("creates, finders and scope checks", () => {
  it("createdReply sends 201, an empty body and x-restli-id", async () => {
    const res = await fetch(`${t.url}/rest/widgets`, {
      method: "POST",
      headers: { ...restHeaders(await token()), "Content-Type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-restli-id")).toBe("urn:li:share:7045020441609936898");
    expect(await res.text()).toBe("");
  });

  it("requireScope answers LinkedIn's ACCESS_DENIED with resource, operation and version", async () => {
    const res = await fetch(`${t.url}/rest/widgets`, {
      method: "POST",
      headers: { ...restHeaders(await token(["profile"])), "Content-Type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      status: 403,
      serviceErrorCode: 100,
      code: "ACCESS_DENIED",
      message: "Not enough permissions to access: widgets.CREATE.20261101",
    });
  });

  it("finders page with start/count and Rest.li links", async () => {
    const res = await restGet(t.url, "/rest/widgets?q=all&count=10&start=10", await token(), {
      "X-RestLi-Method": "FINDER",
    });
    const body = (await res.json()) as { elements: { n: number }[]; paging: unknown };
    expect(body.elements.map((e) => e.n)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(body.paging).toEqual({
      start: 10,
      count: 10,
      total: 25,
      links: [
        { rel: "prev", href: "/rest/widgets?q=all&count=10&start=0", type: "application/json" },
        { rel: "next", href: "/rest/widgets?q=all&count=10&start=20", type: "application/json" },
      ],
    });
    const bad = await restGet(t.url, "/rest/widgets?q=all&count=-1", await token(), {
      "X-RestLi-Method": "FINDER",
    });
    expect(await bad.json()).toEqual({
      status: 400,
      code: "PARAM_INVALID",
      message: 'Invalid value for parameter "count": must be a non-negative integer',
    });
  });
});

describe("request bodies", () => {
  const batchCreate = async (
    body: string | ReadableStream<Uint8Array>,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: {
        ...restHeaders(await token()),
        "Content-Type": "application/json",
        "X-RestLi-Method": "BATCH_CREATE",
        ...headers,
      },
      body,
      ...(typeof body === "string" ? {} : { duplex: "half" }),
    } as RequestInit);

  it("malformed JSON → 400", async () => {
    const res = await batchCreate('{"elements": [');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "Unable to parse the request body as JSON",
    });
  });

  it("a non-JSON content type → 415", async () => {
    const res = await batchCreate("elements=1", { "Content-Type": "text/plain" });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      status: 415,
      message: "Unsupported Media Type: expected application/json but got text/plain",
    });
  });

  it("an oversized body → 413, whether announced by Content-Length or streamed", async () => {
    await postJson(`${t.url}/_sandbox/config`, { maxBodyBytes: 1024 });
    const big = JSON.stringify({ elements: [], padding: "x".repeat(5000) });
    const res = await batchCreate(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      status: 413,
      message: "Request entity too large: the body exceeds the limit of 1024 bytes",
    });

    const chunks = [big.slice(0, 800), big.slice(800)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const streamed = await batchCreate(stream);
    expect(streamed.status).toBe(413);
    // The server is still healthy.
    expect((await batchCreate('{"elements":[]}')).status).toBe(200);
  });
});

describe("query tunnelling", () => {
  it("POST + X-HTTP-Method-Override: GET with a form body runs the GET", async () => {
    const tok = await token();
    const direct = await (await restGet(t.url, ACLS, tok)).json();
    const res = await fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: {
        ...restHeaders(tok),
        "X-HTTP-Method-Override": "GET",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "q=roleAssignee&role=ADMINISTRATOR&state=APPROVED",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(direct);
  });

  it("multipart/mixed carries the query and the JSON body", async () => {
    const body =
      "--xyz\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n" +
      "ids=List((organization:urn%3Ali%3Aorganization%3A5515001,role:CONTENT_ADMINISTRATOR,roleAssignee:urn%3Ali%3Aperson%3AZt5HbQ1uKe))\r\n" +
      "--xyz\r\nContent-Type: application/json\r\n\r\n" +
      JSON.stringify({
        entities: {
          "(organization:urn%3Ali%3Aorganization%3A5515001,role:CONTENT_ADMINISTRATOR,roleAssignee:urn%3Ali%3Aperson%3AZt5HbQ1uKe)":
            {
              patch: { $set: { state: "REVOKED" } },
            },
        },
      }) +
      "\r\n--xyz--";
    const res = await fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: {
        ...restHeaders(await token()),
        "X-HTTP-Method-Override": "POST",
        "X-RestLi-Method": "BATCH_PARTIAL_UPDATE",
        "Content-Type": "multipart/mixed; boundary=xyz",
      },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      results: {
        "(organization:urn%3Ali%3Aorganization%3A5515001,role:CONTENT_ADMINISTRATOR,roleAssignee:urn%3Ali%3Aperson%3AZt5HbQ1uKe)":
          { status: 204 },
      },
      errors: {},
    });
  });

  it("rejects unusable tunnelled requests", async () => {
    const tok = await token();
    const badType = await fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: { ...restHeaders(tok), "X-HTTP-Method-Override": "GET", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(await badType.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message:
        "A tunnelled request (X-HTTP-Method-Override) must be application/x-www-form-urlencoded or multipart/mixed",
    });
    const badMethod = await fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: {
        ...restHeaders(tok),
        "X-HTTP-Method-Override": "TRACE",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "q=roleAssignee",
    });
    expect(await badMethod.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "Unsupported X-HTTP-Method-Override value: TRACE",
    });
  });
});
