import { describe, expect, it } from "vitest";
import { createLinkedInConfig } from "../config";
import { buildAuthorizationUrl } from "./build-authorization-url";

const config = createLinkedInConfig({
  target: "linkedin",
  oauthBaseUrl: "https://www.linkedin.com/oauth/v2",
  apiBaseUrl: "https://api.linkedin.com",
  apiVersion: "202611",
  clientId: "86abc",
  clientSecret: "never-in-urls",
});

describe("buildAuthorizationUrl", () => {
  it("matches the doc's example: %20-separated scopes, encoded redirect_uri (doc §3.1)", () => {
    const url = buildAuthorizationUrl(
      {
        scopes: ["openid", "profile", "email", "w_member_social"],
        state: "9f2c1e",
        redirectUri: "https://app.example.com/callback",
      },
      config,
    );
    expect(url).toBe(
      "https://www.linkedin.com/oauth/v2/authorization?response_type=code&client_id=86abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=9f2c1e&scope=openid%20profile%20email%20w_member_social",
    );
  });

  it("never asks for prompt=none and never carries the secret (pitfall §15.4)", () => {
    const url = buildAuthorizationUrl(
      { scopes: ["openid"], state: "s", redirectUri: "http://localhost:3000/cb" },
      config,
    );
    expect(url).not.toContain("prompt");
    expect(url).not.toContain("never-in-urls");
  });

  it("encodes state and de-duplicates scopes; optional extended login", () => {
    const url = new URL(
      buildAuthorizationUrl(
        {
          scopes: ["openid", "openid", "profile"],
          state: "a b&c=d",
          redirectUri: "http://localhost/cb?x=1",
          enableExtendedLogin: true,
        },
        config,
      ),
    );
    expect(url.searchParams.get("state")).toBe("a b&c=d");
    expect(url.searchParams.get("scope")).toBe("openid profile");
    expect(url.searchParams.get("redirect_uri")).toBe("http://localhost/cb?x=1");
    expect(url.searchParams.get("enable_extended_login")).toBe("true");
  });

  it.each([
    ["no scopes", { scopes: [], state: "s", redirectUri: "https://a.example/cb" }],
    ["a scope with a space", { scopes: ["openid profile"], state: "s", redirectUri: "https://a.example/cb" }],
    ["a comma-joined scope", { scopes: ["openid,profile"], state: "s", redirectUri: "https://a.example/cb" }],
    ["no state", { scopes: ["openid"], state: " ", redirectUri: "https://a.example/cb" }],
    ["a relative redirect", { scopes: ["openid"], state: "s", redirectUri: "/cb" }],
    ["a redirect with #", { scopes: ["openid"], state: "s", redirectUri: "https://a.example/cb#x" }],
  ])("rejects %s", (_name, input) => {
    expect(() => buildAuthorizationUrl(input, config)).toThrow(TypeError);
  });
});
