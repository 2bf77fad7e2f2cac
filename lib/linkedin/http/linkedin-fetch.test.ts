import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setLogLevel } from "@/lib/logger";
import { createLinkedInConfig, type LinkedInConfigInput } from "../config";
import {
  LinkedInTokenError,
  LinkedInTransientError,
  LinkedInUnexpectedResponseError,
} from "../errors/linkedin-errors";
import { linkedinFetch } from "./linkedin-fetch";

const TOKEN = "AQ-super-secret-access-token";

function configWith(fetchImpl: typeof fetch, extra: Partial<LinkedInConfigInput> = {}) {
  return createLinkedInConfig({
    target: "linkedin",
    oauthBaseUrl: "https://www.linkedin.com/oauth/v2",
    apiBaseUrl: "https://api.linkedin.com",
    apiVersion: "202611",
    clientId: "id",
    clientSecret: "client-secret-value",
    sleep: async () => {},
    random: () => 0,
    fetch: fetchImpl,
    ...extra,
  });
}

const get = { api: "rest" as const, method: "GET" as const, path: "/organizationAcls", accessToken: TOKEN };

afterEach(() => {
  vi.restoreAllMocks();
  setLogLevel("info");
});

describe("linkedinFetch", () => {
  it("validates the body and reads x-restli-id whatever its casing", async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response("", {
          status: 201,
          headers: { "X-RestLi-Id": "urn%3Ali%3Ashare%3A6844785523593134080" },
        }),
    );
    const response = await linkedinFetch(configWith(fetchImpl), {
      api: "rest",
      method: "POST",
      path: "/posts",
      json: {},
      accessToken: TOKEN,
      schema: z.undefined(),
    });
    expect(response).toMatchObject({
      status: 201,
      data: undefined,
      restliId: "urn:li:share:6844785523593134080",
    });
  });

  it("turns a body that does not match the schema into LinkedInUnexpectedResponseError", async () => {
    const fetchImpl = vi.fn(async () => Response.json({ elements: "nope" }));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = linkedinFetch(configWith(fetchImpl), {
      ...get,
      schema: z.object({ elements: z.array(z.unknown()) }),
    });
    await expect(failing).rejects.toBeInstanceOf(LinkedInUnexpectedResponseError);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it("retries a GET after network failures (bounded), but never a create", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fetchImpl = vi.fn(async () => {
      throw new TypeError("fetch failed");
    });
    const config = configWith(fetchImpl);
    await expect(linkedinFetch(config, { ...get, schema: z.unknown() })).rejects.toMatchObject({
      kind: "transient",
      failure: "network",
      status: null,
    });
    expect(fetchImpl).toHaveBeenCalledTimes(3);
    fetchImpl.mockClear();
    await expect(
      linkedinFetch(config, {
        api: "rest",
        method: "POST",
        path: "/posts",
        json: {},
        accessToken: TOKEN,
        schema: z.unknown(),
      }),
    ).rejects.toBeInstanceOf(LinkedInTransientError);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it("times out a hanging request as a transient timeout", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const hang: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const config = configWith(hang, {
      timeoutMs: 30,
      retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    });
    await expect(linkedinFetch(config, { ...get, schema: z.unknown() })).rejects.toMatchObject({
      kind: "transient",
      failure: "timeout",
    });
  });

  it("passes the caller's own abort through without retrying", async () => {
    const controller = new AbortController();
    const fetchImpl = vi.fn<typeof fetch>(async (_url, init) => {
      controller.abort(new Error("user went away"));
      throw init?.signal?.reason;
    });
    await expect(
      linkedinFetch(configWith(fetchImpl), { ...get, schema: z.unknown(), signal: controller.signal }),
    ).rejects.toThrow("user went away");
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it("never writes the token or the client secret to logs or error messages", async () => {
    setLogLevel("debug");
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    const fetchImpl = vi.fn(async () =>
      Response.json(
        { status: 401, serviceErrorCode: 65601, code: "REVOKED_ACCESS_TOKEN", message: "revoked" },
        { status: 401 },
      ),
    );
    const config = configWith(fetchImpl);
    const error = await linkedinFetch(config, { ...get, schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInTokenError);
    const oauthError = await linkedinFetch(config, {
      api: "oauth",
      method: "POST",
      path: "/accessToken",
      form: {
        grant_type: "refresh_token",
        refresh_token: TOKEN,
        client_id: "id",
        client_secret: "client-secret-value",
      },
      schema: z.unknown(),
    }).catch((e: unknown) => e);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(config)).toContain('"clientSecret":"[redacted]"');
    const everything = [
      JSON.stringify(config),
      ...lines,
      String(error),
      JSON.stringify(error),
      String(oauthError),
      JSON.stringify(oauthError),
    ].join("\n");
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain("client-secret-value");
  });
});
