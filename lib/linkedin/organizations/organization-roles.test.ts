import { describe, expect, it } from "vitest";
import { classifyOrganizationRole, combineRoleAccess } from "./organization-roles";

describe("classifyOrganizationRole (doc §5.3, pitfall §15.8)", () => {
  it.each([
    ["ADMINISTRATOR", "APPROVED", true, true],
    ["CONTENT_ADMINISTRATOR", "APPROVED", true, false],
    ["DIRECT_SPONSORED_CONTENT_POSTER", "APPROVED", true, false],
    ["ANALYST", "APPROVED", false, false],
    ["CURATOR", "APPROVED", false, false],
    ["RECRUITING_POSTER", "APPROVED", false, false],
    ["LEAD_CAPTURE_ADMINISTRATOR", "APPROVED", false, false],
    ["LEAD_GEN_FORMS_MANAGER", "APPROVED", false, false],
    ["SOMETHING_NEW", "APPROVED", false, false],
    ["ADMINISTRATOR", "REQUESTED", false, false],
    ["ADMINISTRATOR", "REJECTED", false, false],
    ["ADMINISTRATOR", "REVOKED", false, false],
  ])("%s %s → post %s, statistics %s", (role, state, canPost, canReadStatistics) => {
    const access = classifyOrganizationRole(role, state);
    expect(access).toMatchObject({ canPost, canReadStatistics });
    if (canPost && canReadStatistics) expect(access.reason).toBeNull();
    else expect(access.reason).toMatch(/\w+ \w+/);
  });

  it("explains in plain words", () => {
    expect(classifyOrganizationRole("CONTENT_ADMINISTRATOR").reason).toContain("only Super admins");
    expect(classifyOrganizationRole("ADMINISTRATOR", "REQUESTED").reason).toContain("waiting");
    expect(classifyOrganizationRole("ANALYST").reason).toContain("Content admin");
  });
});

describe("combineRoleAccess", () => {
  it("takes the best of several roles on one Page", () => {
    expect(
      combineRoleAccess([
        { role: "ANALYST", state: "APPROVED" },
        { role: "CONTENT_ADMINISTRATOR", state: "APPROVED" },
      ]),
    ).toMatchObject({
      canPost: true,
      canReadStatistics: false,
      reason: expect.stringContaining("Content admins"),
    });
    expect(
      combineRoleAccess([
        { role: "CONTENT_ADMINISTRATOR", state: "APPROVED" },
        { role: "ADMINISTRATOR", state: "APPROVED" },
      ]),
    ).toEqual({ canPost: true, canReadStatistics: true, reason: null });
    expect(combineRoleAccess([])).toMatchObject({ canPost: false, reason: expect.any(String) });
  });
});
