import { describe, expect, it } from "vitest";
import {
  introspectionResponseSchema,
  toIntrospection,
  toTokenSet,
  tokenResponseSchema,
} from "./token-schemas";

const NOW = Date.UTC(2026, 10, 16, 9, 30);

describe("toTokenSet", () => {
  it("reads the doc's full answer (doc §3.3)", () => {
    const parsed = tokenResponseSchema.parse({
      access_token: "AQUvlL_DYEzvT2wz1QJiEPeLioeA",
      expires_in: 5184000,
      refresh_token: "AQWAft_WjYZKwuWXLC5hQlghgTam",
      refresh_token_expires_in: 31536000,
      scope: "openid,profile,email,w_member_social",
      id_token: "eyJ",
    });
    expect(toTokenSet(parsed, NOW)).toEqual({
      accessToken: "AQUvlL_DYEzvT2wz1QJiEPeLioeA",
      accessTokenExpiresAt: new Date(NOW + 5184000 * 1000),
      refreshToken: "AQWAft_WjYZKwuWXLC5hQlghgTam",
      refreshTokenExpiresAt: new Date(NOW + 31536000 * 1000),
      scopes: ["openid", "profile", "email", "w_member_social"],
      idToken: "eyJ",
    });
  });

  it("reads the doc's minimal answer: no refresh token, space-separated scope", () => {
    const parsed = tokenResponseSchema.parse({
      access_token: "AQ",
      expires_in: 5184000,
      scope: "r_basicprofile w_member_social",
    });
    expect(toTokenSet(parsed, NOW)).toMatchObject({
      refreshToken: null,
      refreshTokenExpiresAt: null,
      scopes: ["r_basicprofile", "w_member_social"],
      idToken: null,
    });
  });

  it("keeps scopes unknown when a refresh answer omits them", () => {
    const parsed = tokenResponseSchema.parse({ access_token: "AQ", expires_in: 10 });
    expect(toTokenSet(parsed, NOW).scopes).toBeNull();
  });
});

describe("toIntrospection", () => {
  it("reads the doc's sample (epoch seconds, comma scopes)", () => {
    const parsed = introspectionResponseSchema.parse({
      active: true,
      client_id: "xxxxxxxx",
      authorized_at: 1493055596,
      created_at: 1493055596,
      status: "active",
      expires_at: 1497497620,
      scope: "r_liteprofile,r_emailaddress,w_member_social",
      auth_type: "3L",
    });
    expect(toIntrospection(parsed)).toEqual({
      active: true,
      status: "active",
      clientId: "xxxxxxxx",
      scopes: ["r_liteprofile", "r_emailaddress", "w_member_social"],
      authorizedAt: new Date(1493055596 * 1000),
      createdAt: new Date(1493055596 * 1000),
      expiresAt: new Date(1497497620 * 1000),
      authType: "3L",
    });
  });

  it("reads an inactive token", () => {
    expect(toIntrospection(introspectionResponseSchema.parse({ active: false }))).toMatchObject({
      active: false,
      status: "unknown",
      scopes: [],
      expiresAt: null,
    });
  });
});
