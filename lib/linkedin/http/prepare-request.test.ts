import { describe, expect, it } from "vitest";
import { untunnel } from "@/sandbox/http/tunnel";
import { parseRestliQuery } from "@/sandbox/restli/parse";
import { createLinkedInConfig } from "../config";
import { MAX_QUERY_STRING_LENGTH, prepareRequest } from "./prepare-request";
import { z } from "zod";

const config = createLinkedInConfig({
  target: "linkedin",
  oauthBaseUrl: "https://www.linkedin.com/oauth/v2/",
  apiBaseUrl: "https://api.linkedin.com",
  apiVersion: "202611",
  clientId: "id",
  clientSecret: "secret",
});
const schema = z.unknown();

describe("prepareRequest", () => {
  it("sends the §2.1 headers on every /rest call, with the one configured version", () => {
    const prepared = prepareRequest(config, {
      api: "rest",
      method: "GET",
      path: "/organizationAcls",
      query: { q: "roleAssignee", state: "APPROVED" },
      restliMethod: "FINDER",
      accessToken: "AQ-token",
      schema,
    });
    expect(prepared.url).toBe("https://api.linkedin.com/rest/organizationAcls?q=roleAssignee&state=APPROVED");
    expect(prepared.headers).toEqual({
      Accept: "application/json",
      Authorization: "Bearer AQ-token",
      "LinkedIn-Version": "202611",
      "X-Restli-Protocol-Version": "2.0.0",
      "X-RestLi-Method": "FINDER",
    });
    expect(prepared.endpoint).toBe("GET /rest/organizationAcls");
    expect(prepared.endpoint).not.toContain("q=");
  });

  it("sends JSON bodies with their content type and the Rest.li method", () => {
    const prepared = prepareRequest(config, {
      api: "rest",
      method: "POST",
      path: "/posts/urn%3Ali%3Ashare%3A1",
      restliMethod: "PARTIAL_UPDATE",
      json: { patch: { $set: { commentary: "x" } } },
      accessToken: "t",
      schema,
    });
    expect(prepared.headers["Content-Type"]).toBe("application/json");
    expect(prepared.headers["X-RestLi-Method"]).toBe("PARTIAL_UPDATE");
    expect(prepared.body).toBe('{"patch":{"$set":{"commentary":"x"}}}');
  });

  it("calls unversioned /v2 only without LinkedIn-Version (OIDC userinfo, doc §4)", () => {
    const prepared = prepareRequest(config, {
      api: "v2",
      method: "GET",
      path: "/userinfo",
      accessToken: "t",
      schema,
    });
    expect(prepared.url).toBe("https://api.linkedin.com/v2/userinfo");
    expect(prepared.headers).not.toHaveProperty("LinkedIn-Version");
    expect(prepared.headers).not.toHaveProperty("X-Restli-Protocol-Version");
  });

  it("posts OAuth forms to the OAuth base, credentials in the body only", () => {
    const prepared = prepareRequest(config, {
      api: "oauth",
      method: "POST",
      path: "/accessToken",
      form: { grant_type: "refresh_token", refresh_token: "r t", client_id: "id", client_secret: "secret" },
      schema,
    });
    expect(prepared.url).toBe("https://www.linkedin.com/oauth/v2/accessToken");
    expect(prepared.url).not.toContain("secret");
    expect(prepared.headers).toEqual({
      Accept: "application/json",
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(prepared.body).toBe(
      "grant_type=refresh_token&refresh_token=r+t&client_id=id&client_secret=secret",
    );
  });

  const longIds = Array.from({ length: 600 }, (_, i) => 5_000_000 + i);

  it("keeps queries up to 4,000 characters in the URL", () => {
    const ids = longIds.slice(0, 400); // "ids=List(" + 400 × 8 - 1 + ")" < 4000
    const prepared = prepareRequest(config, {
      api: "rest",
      method: "GET",
      path: "/organizationsLookup",
      query: { ids },
      accessToken: "t",
      schema,
    });
    expect(prepared.tunnelled).toBe(false);
    expect(new URL(prepared.url).search.length - 1).toBeLessThanOrEqual(MAX_QUERY_STRING_LENGTH);
  });

  it("tunnels a long GET as a form POST with X-HTTP-Method-Override (doc §2.4)", () => {
    const prepared = prepareRequest(config, {
      api: "rest",
      method: "GET",
      path: "/organizationsLookup",
      query: { ids: longIds },
      restliMethod: "BATCH_GET",
      accessToken: "t",
      schema,
    });
    expect(prepared.tunnelled).toBe(true);
    expect(prepared.method).toBe("POST");
    expect(prepared.url).toBe("https://api.linkedin.com/rest/organizationsLookup");
    expect(prepared.headers).toMatchObject({
      "X-HTTP-Method-Override": "GET",
      "Content-Type": "application/x-www-form-urlencoded",
      "LinkedIn-Version": "202611",
    });
    expect(prepared.endpoint).toBe("GET /rest/organizationsLookup");
    // The sandbox's untunnel reads it back as the original GET with the same Rest.li query.
    const back = untunnel("GET", prepared.headers["Content-Type"], Buffer.from(prepared.body ?? ""), "");
    expect(back.method).toBe("GET");
    expect(parseRestliQuery(back.rawQuery)).toEqual({ ids: longIds.map(String) });
  });

  it("tunnels a long request with a body as multipart/mixed", () => {
    const prepared = prepareRequest(config, {
      api: "rest",
      method: "PUT",
      path: "/things",
      query: { ids: longIds },
      json: { hello: "world" },
      accessToken: "t",
      schema,
    });
    expect(prepared.method).toBe("POST");
    expect(prepared.headers["X-HTTP-Method-Override"]).toBe("PUT");
    expect(prepared.headers["Content-Type"]).toMatch(/^multipart\/mixed; boundary=cadence-/);
    const back = untunnel("PUT", prepared.headers["Content-Type"], Buffer.from(prepared.body ?? ""), "");
    expect(back.method).toBe("PUT");
    expect(JSON.parse(back.body?.toString() ?? "")).toEqual({ hello: "world" });
    expect(parseRestliQuery(back.rawQuery)).toEqual({ ids: longIds.map(String) });
  });
});
