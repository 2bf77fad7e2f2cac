import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { SANDBOX_BASIC_CLIENT_ID, SANDBOX_CLIENT_ID } from "../seed";
import { startSandbox } from "../server";
import {
  mintToken,
  postJson,
  restGet,
  restHeaders,
  TEST_NOW,
  setupTestSandbox,
} from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

const state = async () => (await (await fetch(`${t.url}/_sandbox/state`)).json()) as Record<string, unknown>;

describe("POST /_sandbox/reset", () => {
  it("restores the seeded world, clock, config, tokens, faults and counters", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ["rw_organization_admin"] });
    await postJson(`${t.url}/_sandbox/clock`, { advanceMs: 86_400_000 });
    await postJson(`${t.url}/_sandbox/config`, { scopeSeparator: " " });
    await postJson(`${t.url}/_sandbox/faults`, { path: "nothing", status: 500 });
    await fetch(`${t.url}/rest/organizationAcls`, {
      method: "POST",
      headers: {
        ...restHeaders(access_token),
        "Content-Type": "application/json",
        "X-RestLi-Method": "BATCH_CREATE",
      },
      body: JSON.stringify({
        elements: [
          {
            roleAssignee: "urn:li:person:Mx9CfG4jWs",
            role: "ANALYST",
            organization: "urn:li:organization:5515001",
          },
        ],
      }),
    });
    t.sandbox.state.posts["urn:li:share:1"] = {
      id: "urn:li:share:1",
      author: "urn:li:person:8kQvT3mZpA",
      commentary: "hello",
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED" },
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
      isEditedByAuthor: false,
      createdAt: TEST_NOW,
      lastModifiedAt: TEST_NOW,
      createdBy: { clientId: SANDBOX_CLIENT_ID, memberId: "8kQvT3mZpA" },
    };

    const res = await fetch(`${t.url}/_sandbox/reset`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reset: true, now: TEST_NOW });
    const after = await state();
    expect(after.now).toBe(TEST_NOW);
    expect(after.tokens).toEqual([]);
    expect(after.posts).toEqual([]);
    expect(after.faults).toEqual([]);
    expect(after.calls).toEqual({});
    expect((after.world as { acls: unknown[] }).acls).toHaveLength(20);
    expect(
      ((await (await fetch(`${t.url}/_sandbox/config`)).json()) as { scopeSeparator: string }).scopeSeparator,
    ).toBe(",");
    expect((await restGet(t.url, "/rest/organizationAcls?q=roleAssignee", access_token)).status).toBe(401);
  });
});

describe("POST /_sandbox/tokens", () => {
  it("mints a token for the default member with LinkedIn's lifetime", async () => {
    const res = await postJson(`${t.url}/_sandbox/tokens`, {
      member: "default",
      scopes: ["openid", "profile"],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^AQ/),
      expires_in: 5_184_000,
      member_urn: "urn:li:person:8kQvT3mZpA",
    });
    const info = await fetch(`${t.url}/v2/userinfo`, {
      headers: { Authorization: `Bearer ${String(body.access_token)}` },
    });
    expect(info.status).toBe(200);
  });

  it("honours member, expiresIn and clientId (person ids are per app)", async () => {
    const priya = await mintToken(t.url, { member: "R2dNw7LxYc", scopes: ["profile"], expiresIn: 120 });
    expect(priya.member_urn).toBe("urn:li:person:R2dNw7LxYc");
    expect(priya.expires_in).toBe(120);
    const basic = await mintToken(t.url, {
      member: "R2dNw7LxYc",
      scopes: ["profile"],
      clientId: SANDBOX_BASIC_CLIENT_ID,
    });
    expect(basic.member_urn).toMatch(/^urn:li:person:[A-Za-z0-9]{10}$/);
    expect(basic.member_urn).not.toBe(priya.member_urn);
  });

  it.each([
    [{ member: "nobody", scopes: [] }, "Unknown member: nobody"],
    [{ scopes: ["r_everything"] }, "Unknown scopes: r_everything"],
    [{ scopes: [], clientId: "other-app" }, "Unknown clientId: other-app"],
    [
      { member: "default" },
      "Invalid request body: scopes: Invalid input: expected array, received undefined",
    ],
    [{ scopes: [], expiresIn: -5 }, "Invalid request body: expiresIn: Too small: expected number to be >0"],
  ])("rejects %j", async (body, message) => {
    const res = await postJson(`${t.url}/_sandbox/tokens`, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ status: 400, message });
  });
});

describe("/_sandbox/clock", () => {
  it("reads, sets, advances, and starts or stops the clock", async () => {
    expect(await (await fetch(`${t.url}/_sandbox/clock`)).json()).toEqual({
      now: TEST_NOW,
      iso: "2026-11-16T09:30:00.000Z",
      frozen: true,
    });
    expect(await (await postJson(`${t.url}/_sandbox/clock`, { advanceMs: 60_000 })).json()).toEqual({
      now: TEST_NOW + 60_000,
      iso: "2026-11-16T09:31:00.000Z",
      frozen: true,
    });
    const target = Date.UTC(2027, 0, 1);
    expect(await (await postJson(`${t.url}/_sandbox/clock`, { now: target })).json()).toMatchObject({
      now: target,
      frozen: true,
    });
    const running = (await (await postJson(`${t.url}/_sandbox/clock`, { frozen: false })).json()) as {
      now: number;
      frozen: boolean;
    };
    expect(running.frozen).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const later = (await (await fetch(`${t.url}/_sandbox/clock`)).json()) as { now: number };
    expect(later.now).toBeGreaterThan(target);
    expect(later.now - target).toBeLessThan(5000);
  });

  it("rejects an empty or invalid body", async () => {
    expect(await (await postJson(`${t.url}/_sandbox/clock`, {})).json()).toEqual({
      status: 400,
      message: "Invalid request body: body: send advanceMs, now or frozen",
    });
    const bad = await postJson(`${t.url}/_sandbox/clock`, { advanceMs: "soon" });
    expect(bad.status).toBe(400);
    const malformed = await fetch(`${t.url}/_sandbox/clock`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{",
    });
    expect(await malformed.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: "Unable to parse the request body as JSON",
    });
  });
});

describe("GET /_sandbox/state", () => {
  it("shows tokens, call counters and the world", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ["rw_organization_admin"] });
    await restGet(t.url, "/rest/organizationAcls?q=roleAssignee", access_token);
    await restGet(t.url, "/rest/organizationAcls?q=roleAssignee", "AQbad");
    const s = await state();
    expect(Object.keys(s).sort()).toEqual(
      [
        "calls",
        "createdAt",
        "ext",
        "faults",
        "frozen",
        "grants",
        "iso",
        "media",
        "now",
        "posts",
        "quotas",
        "refreshTokens",
        "tokens",
        "world",
      ].sort(),
    );
    expect(s.tokens).toEqual([
      {
        token: access_token,
        clientId: SANDBOX_CLIENT_ID,
        memberId: "8kQvT3mZpA",
        memberUrn: "urn:li:person:8kQvT3mZpA",
        scopes: ["rw_organization_admin"],
        authType: "3L",
        source: "sandbox",
        createdAt: TEST_NOW,
        expiresAt: TEST_NOW + 5_184_000_000,
        revokedAt: null,
        status: "active",
        refreshToken: null,
      },
    ]);
    // The control API itself is not counted.
    expect(s.calls).toEqual({ "GET /rest/organizationAcls": { total: 2, statuses: { "200": 1, "401": 1 } } });
    const world = s.world as { members: unknown[]; organizations: unknown[] };
    expect(world.members).toHaveLength(4);
    expect(world.organizations).toHaveLength(8);
  });
});

describe("/_sandbox/config and /_sandbox/routes", () => {
  it("merges partial configuration and validates it", async () => {
    const res = await postJson(`${t.url}/_sandbox/config`, {
      versionWindowMonths: 3,
      apps: { "demo-app": { clientSecret: "demo-secret", products: ["OPENID_CONNECT"] } },
    });
    expect(res.status).toBe(200);
    const config = (await res.json()) as {
      versionWindowMonths: number;
      apps: Record<string, { clientSecret: string; refreshTokens: boolean }>;
    };
    expect(config.versionWindowMonths).toBe(3);
    expect(config.apps["demo-app"]).toMatchObject({ clientSecret: "demo-secret", refreshTokens: false });
    expect(config.apps[SANDBOX_CLIENT_ID]).toMatchObject({ refreshTokens: true });
    const { access_token } = await mintToken(t.url, { scopes: ["rw_organization_admin"] });
    expect(
      (
        await restGet(t.url, "/rest/organizationAcls?q=roleAssignee", access_token, {
          "LinkedIn-Version": "202608",
        })
      ).status,
    ).toBe(426);

    const bad = await postJson(`${t.url}/_sandbox/config`, { scopeSeparator: ";" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      status: 400,
      message: 'Invalid request body: scopeSeparator: Invalid option: expected one of ","|" "',
    });
    expect((await postJson(`${t.url}/_sandbox/config`, { unknownSwitch: true })).status).toBe(400);
  });

  it("lists routes with their endpoint keys", async () => {
    const { routes } = (await (await fetch(`${t.url}/_sandbox/routes`)).json()) as {
      routes: { endpoint: string; area: string }[];
    };
    expect(routes).toContainEqual(
      expect.objectContaining({ endpoint: "GET /rest/organizationAcls", area: "rest" }),
    );
    expect(routes).toContainEqual(
      expect.objectContaining({ endpoint: "POST /oauth/v2/accessToken", area: "oauth" }),
    );
    expect(routes).toContainEqual(expect.objectContaining({ endpoint: "GET /v2/userinfo", area: "v2" }));
  });
});

describe("pages and generated images", () => {
  it("the home page lists members, organizations, apps and recent posts", async () => {
    t.sandbox.state.posts["urn:li:share:7"] = {
      id: "urn:li:share:7",
      author: "urn:li:organization:5515001",
      commentary: "Fresh roast <today>",
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED" },
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
      isEditedByAuthor: false,
      createdAt: TEST_NOW,
      lastModifiedAt: TEST_NOW,
      createdBy: { clientId: SANDBOX_CLIENT_ID, memberId: "8kQvT3mZpA" },
    };
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<strong>Alex Morgan</strong>");
    expect(page).toContain('<img src="/_sandbox/logos/5515001.svg" alt="">');
    expect(page).toContain("<code>cadence-sandbox-secret</code>");
    expect(page).toContain(
      '<a href="/feed/update/urn:li:share:7">urn:li:share:7</a></td><td>Northwind Coffee</td>',
    );
    expect(page).toContain("Fresh roast &lt;today&gt;");
  });

  it("serves SVG and PNG logos and avatars", async () => {
    const svg = await fetch(`${t.url}/_sandbox/logos/5515002.svg`);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(await svg.text()).toContain(">AR</text>");
    const png = Buffer.from(await (await fetch(`${t.url}/_sandbox/avatars/8kQvT3mZpA.png`)).arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await fetch(`${t.url}/_sandbox/logos/1.svg`)).status).toBe(404);
    expect((await fetch(`${t.url}/_sandbox/avatars/8kQvT3mZpA.gif`)).status).toBe(404);
  });
});

describe("snapshots", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sandbox-snapshot-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("saves state on change and restores it on the next start", async () => {
    const file = path.join(dir, "state.json");
    const first = await startSandbox({ port: 0, snapshotFile: file, now: TEST_NOW });
    const { access_token } = await mintToken(first.url, { scopes: ["profile"] });
    await postJson(`${first.url}/_sandbox/clock`, { advanceMs: 5000 });
    first.state.media["urn:li:image:X"] = {
      id: "urn:li:image:X",
      kind: "image",
      owner: "urn:li:person:8kQvT3mZpA",
      status: "AVAILABLE",
      createdAt: TEST_NOW,
      extra: { bytes: Buffer.from([1, 2, 3]) },
    };
    await first.close();

    const second = await startSandbox({ port: 0, snapshotFile: file, config: { scopeSeparator: " " } });
    try {
      expect(second.state.clock.now()).toBe(TEST_NOW + 5000);
      expect(second.state.config.scopeSeparator).toBe(" ");
      expect(second.state.media["urn:li:image:X"]?.extra?.bytes).toEqual(Buffer.from([1, 2, 3]));
      const info = await fetch(`${second.url}/v2/userinfo`, {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      expect(info.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("ignores a corrupt snapshot and starts from the seeded world", async () => {
    const file = path.join(dir, "corrupt.json");
    writeFileSync(file, "{not json");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const sandbox = await startSandbox({ port: 0, snapshotFile: file });
    try {
      expect(logged).toHaveBeenCalledOnce();
      expect(sandbox.state.world.members).toHaveLength(4);
    } finally {
      logged.mockRestore();
      await sandbox.close();
    }
  });
});

describe("cli", () => {
  it("starts on the requested port, logs the URL and stops cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "..", "cli.ts"), "--port", "0"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL logged: ${output}`)), 20_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    });
    expect((await fetch(`${url}/_sandbox/clock`)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(output).toContain("client_id=cadence-sandbox client_secret=cadence-sandbox-secret");
  });
});
