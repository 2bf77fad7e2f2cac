// Contract: organization roles and lookups against the sandbox in-process (doc §5).
import { describe, expect, it } from "vitest";
import { MEMBER_IDS, ORG_IDS } from "@/sandbox/seed";
import { LinkedInPermissionError } from "../errors/linkedin-errors";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import { getOrganizations } from "./get-organizations";
import { listOrganizationAccess } from "./list-organization-access";
import { listOrganizationAcls } from "./list-organization-acls";
import { classifyOrganizationRole } from "./organization-roles";

const sandbox = setupLinkedInSandbox();
const ADMIN_SCOPES = ["rw_organization_admin", "w_organization_social"];

describe("organization ACLs", () => {
  it("lists every APPROVED role of the member across all pages of results", async () => {
    const { client, memberUrn } = await sandbox.client({ scopes: ADMIN_SCOPES });
    const acls = await listOrganizationAcls(client, { pageSize: 2 });
    expect(acls.map((a) => [a.organizationId, a.role])).toEqual([
      [ORG_IDS.northwind, "ADMINISTRATOR"],
      [ORG_IDS.acme, "CONTENT_ADMINISTRATOR"],
      [ORG_IDS.blueHarbor, "DIRECT_SPONSORED_CONTENT_POSTER"],
      [ORG_IDS.lumen, "ANALYST"],
      [ORG_IDS.quartz, "CURATOR"],
      [ORG_IDS.roastery, "ADMINISTRATOR"],
    ]);
    expect(acls.every((a) => a.state === "APPROVED" && a.roleAssigneeUrn === memberUrn)).toBe(true);
    expect(acls[0]?.organizationUrn).toBe("urn:li:organization:5515001");
    // Six roles, two per page: three requests, stopped by paging.total.
    expect((await sandbox.calls("GET /rest/organizationAcls"))?.total).toBe(3);
  });

  it("lists pending, rejected and revoked roles on request", async () => {
    const { client } = await sandbox.client({ scopes: ADMIN_SCOPES });
    const acls = await listOrganizationAcls(client, { state: "ANY" });
    expect(acls.filter((a) => a.state !== "APPROVED").map((a) => [a.organizationId, a.state])).toEqual([
      [ORG_IDS.greenfield, "REQUESTED"],
      [ORG_IDS.oldMill, "REVOKED"],
    ]);
    const { client: jordan } = await sandbox.client({ scopes: ADMIN_SCOPES, member: MEMBER_IDS.jordan });
    expect(await listOrganizationAcls(jordan)).toEqual([]);
    expect((await listOrganizationAcls(jordan, { state: "ANY" })).map((a) => a.state)).toEqual(["REJECTED"]);
  });

  it("classifies who may post and who may read statistics", async () => {
    const { client } = await sandbox.client({ scopes: ADMIN_SCOPES });
    const acls = await listOrganizationAcls(client, { state: "ANY" });
    const can = (what: "canPost" | "canReadStatistics") =>
      acls.filter((a) => classifyOrganizationRole(a.role, a.state)[what]).map((a) => a.organizationId);
    // The sandbox README: Alex can post as 5515001/2/3/8 and read statistics of 5515001/8.
    expect(can("canPost")).toEqual([ORG_IDS.northwind, ORG_IDS.acme, ORG_IDS.blueHarbor, ORG_IDS.roastery]);
    expect(can("canReadStatistics")).toEqual([ORG_IDS.northwind, ORG_IDS.roastery]);
  });

  it("without an organization scope, the 403 names the missing scope", async () => {
    const { client } = await sandbox.client({ scopes: ["openid", "profile", "w_member_social"] });
    const error = await listOrganizationAcls(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInPermissionError);
    expect(error).toMatchObject({
      reason: "scope",
      requiredScopes: ["rw_organization_admin", "r_organization_admin"],
      resource: "organizationAcls.FINDER-roleAssignee",
    });
  });
});

describe("organization lookup", () => {
  it("returns names, vanity names and logo URLs, and per-id failures", async () => {
    const { client } = await sandbox.client({ scopes: ADMIN_SCOPES });
    const result = await getOrganizations(client, { ids: [ORG_IDS.northwind, ORG_IDS.acme, 9_999_999] });
    expect(result.organizations).toEqual([
      {
        id: ORG_IDS.northwind,
        urn: "urn:li:organization:5515001",
        name: "Northwind Coffee",
        vanityName: "northwind-coffee",
        logoUrl: `${sandbox.url}/_sandbox/logos/5515001.png`,
        logoAssetUrn: expect.stringMatching(/^urn:li:digitalmediaAsset:/),
      },
      {
        id: ORG_IDS.acme,
        urn: "urn:li:organization:5515002",
        name: "Acme Robotics",
        vanityName: "acme-robotics",
        logoUrl: `${sandbox.url}/_sandbox/logos/5515002.png`,
        logoAssetUrn: expect.stringMatching(/^urn:li:digitalmediaAsset:/),
      },
    ]);
    expect(result.failures).toEqual([
      { organizationId: 9_999_999, status: 404, message: expect.stringContaining("does not exist") },
    ]);
    const logo = await fetch(result.organizations[0]?.logoUrl ?? "");
    expect(logo.headers.get("content-type")).toContain("image/png");
  });

  it("tunnels a lookup whose query passes 4,000 characters (doc §2.4)", async () => {
    const sent: { method: string | undefined; override: string | null }[] = [];
    const config = sandbox.config({
      fetch: (url, init) => {
        sent.push({
          method: init?.method,
          override: new Headers(init?.headers).get("X-HTTP-Method-Override"),
        });
        return fetch(url, init);
      },
    });
    const { client } = await sandbox.client({ scopes: ADMIN_SCOPES, config });
    const unknown = Array.from({ length: 700 }, (_, i) => 6_000_000 + i);
    const result = await getOrganizations(client, { ids: [ORG_IDS.lumen, ...unknown] });
    expect(result.organizations.map((o) => o.name)).toEqual(["Lumen Analytics"]);
    expect(result.failures).toHaveLength(700);
    expect(sent).toEqual([{ method: "POST", override: "GET" }]);
    // The tunnelled POST is counted as the GET it stands for.
    expect((await sandbox.calls("GET /rest/organizationsLookup"))?.total).toBe(1);
  });

  it("lists the Pages a member can use, with names, logos and access", async () => {
    const { client } = await sandbox.client({ scopes: ADMIN_SCOPES });
    const { pages, failures } = await listOrganizationAccess(client);
    expect(failures).toEqual([]);
    expect(pages.map((p) => [p.organization.name, p.canPost, p.canReadStatistics])).toEqual([
      ["Northwind Coffee", true, true],
      ["Acme Robotics", true, false],
      ["Blue Harbor Studio", true, false],
      ["Lumen Analytics", false, false],
      ["Quartz Labs", false, false],
      ["Northwind Coffee Roastery", true, true],
    ]);
    expect(pages.find((p) => p.organization.name === "Lumen Analytics")?.reason).toContain("Analysts");
  });
});
