import { describe, expect, it } from "vitest";
import { splitScopes } from "../scopes";
import { compareScopes } from "./compare-scopes";

describe("splitScopes (doc §3.3: comma or space)", () => {
  it.each([
    ["openid,profile,email", ["openid", "profile", "email"]],
    ["openid profile email", ["openid", "profile", "email"]],
    ["openid, profile ,email  w_member_social", ["openid", "profile", "email", "w_member_social"]],
    ["", []],
    [null, []],
    ["a,a", ["a"]],
  ])("%s", (scope, expected) => {
    expect(splitScopes(scope)).toEqual(expected);
  });
});

describe("compareScopes", () => {
  it("is complete when everything requested was granted", () => {
    expect(compareScopes(["openid", "profile"], "profile,openid,email")).toEqual({
      isComplete: true,
      granted: ["profile", "openid", "email"],
      missing: [],
      explanation: null,
    });
  });

  it.each([
    ["w_organization_social", "Community Management API"],
    ["rw_organization_admin", "Community Management API"],
    ["r_organization_social", "Community Management API"],
    ["r_organization_admin", "Community Management API"],
    ["w_member_social", "Share on LinkedIn"],
    ["openid", "Sign In with LinkedIn using OpenID Connect"],
    ["profile", "Sign In with LinkedIn using OpenID Connect"],
    ["email", "Sign In with LinkedIn using OpenID Connect"],
    ["r_something_new", null],
  ])("names the product that provides a missing %s", (scope, product) => {
    const result = compareScopes([scope], []);
    expect(result.isComplete).toBe(false);
    expect(result.missing).toEqual([expect.objectContaining({ scope, product })]);
    expect(result.missing[0]?.explanation).toContain(scope);
    expect(result.explanation).toContain(scope);
  });

  it("groups missing scopes per product in plain words", () => {
    const result = compareScopes(
      ["openid", "profile", "w_member_social", "w_organization_social", "rw_organization_admin"],
      ["openid", "profile", "w_member_social"],
    );
    expect(result.missing.map((m) => m.scope)).toEqual(["w_organization_social", "rw_organization_admin"]);
    expect(result.explanation).toContain("“Community Management API”");
    expect(result.explanation).toContain("publish posts as your Pages");
    expect(result.explanation?.split("\n\n")).toHaveLength(1);
  });
});
