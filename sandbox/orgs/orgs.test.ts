import { describe, expect, it } from "vitest";
import { MEMBER_IDS, ORG_IDS, SANDBOX_BASIC_CLIENT_ID } from "../seed";
import { mintToken, restGet, restHeaders, setupTestSandbox } from "../testing/sandbox-test-kit";
import { personUrnFor } from "../world";
import { canPostAsOrganization, canReadOrgStatistics } from "./permissions";

const t = setupTestSandbox();

const ADMIN_SCOPES = ["rw_organization_admin", "w_organization_social", "r_organization_social"];
const token = async (member: string = MEMBER_IDS.alex, scopes = ADMIN_SCOPES) =>
  (await mintToken(t.url, { member, scopes })).access_token;
const getJson = async (path: string, tok: string) => {
  const res = await restGet(t.url, path, tok);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const alexUrn = `urn:li:person:${MEMBER_IDS.alex}`;
const acl = (org: number, role: string, state: string, member = alexUrn) => ({
  roleAssignee: member,
  state,
  role,
  organization: `urn:li:organization:${org}`,
});

describe("GET /rest/organizationAcls?q=roleAssignee", () => {
  it("lists every role of the caller in every state", async () => {
    const { status, body } = await getJson("/rest/organizationAcls?q=roleAssignee", await token());
    expect(status).toBe(200);
    expect(body).toEqual({
      elements: [
        acl(ORG_IDS.northwind, "ADMINISTRATOR", "APPROVED"),
        acl(ORG_IDS.acme, "CONTENT_ADMINISTRATOR", "APPROVED"),
        acl(ORG_IDS.blueHarbor, "DIRECT_SPONSORED_CONTENT_POSTER", "APPROVED"),
        acl(ORG_IDS.lumen, "ANALYST", "APPROVED"),
        acl(ORG_IDS.greenfield, "ADMINISTRATOR", "REQUESTED"),
        acl(ORG_IDS.oldMill, "ADMINISTRATOR", "REVOKED"),
        acl(ORG_IDS.quartz, "CURATOR", "APPROVED"),
        acl(ORG_IDS.roastery, "ADMINISTRATOR", "APPROVED"),
      ],
      paging: { start: 0, count: 10, links: [], total: 8 },
    });
  });

  it.each([
    [
      "role=ADMINISTRATOR&state=APPROVED",
      [
        acl(ORG_IDS.northwind, "ADMINISTRATOR", "APPROVED"),
        acl(ORG_IDS.roastery, "ADMINISTRATOR", "APPROVED"),
      ],
    ],
    ["role=CONTENT_ADMINISTRATOR", [acl(ORG_IDS.acme, "CONTENT_ADMINISTRATOR", "APPROVED")]],
    ["state=REQUESTED", [acl(ORG_IDS.greenfield, "ADMINISTRATOR", "REQUESTED")]],
    ["state=REVOKED", [acl(ORG_IDS.oldMill, "ADMINISTRATOR", "REVOKED")]],
    ["role=RECRUITING_POSTER", []],
  ])("filters %s", async (filter, elements) => {
    const { body } = await getJson(`/rest/organizationAcls?q=roleAssignee&${filter}`, await token());
    expect(body.elements).toEqual(elements);
  });

  it("pages with start and count", async () => {
    const { body } = await getJson("/rest/organizationAcls?q=roleAssignee&start=3&count=3", await token());
    expect((body.elements as { organization: string }[]).map((e) => e.organization)).toEqual([
      `urn:li:organization:${ORG_IDS.lumen}`,
      `urn:li:organization:${ORG_IDS.greenfield}`,
      `urn:li:organization:${ORG_IDS.oldMill}`,
    ]);
    expect(body.paging).toEqual({
      start: 3,
      count: 3,
      total: 8,
      links: [
        {
          rel: "prev",
          href: "/rest/organizationAcls?q=roleAssignee&count=3&start=0",
          type: "application/json",
        },
        {
          rel: "next",
          href: "/rest/organizationAcls?q=roleAssignee&count=3&start=6",
          type: "application/json",
        },
      ],
    });
  });

  it("applies projections to each element", async () => {
    const { body } = await getJson(
      "/rest/organizationAcls?q=roleAssignee&state=REVOKED&projection=(elements*(organization,role))",
      await token(),
    );
    expect(body).toEqual({
      elements: [{ organization: `urn:li:organization:${ORG_IDS.oldMill}`, role: "ADMINISTRATOR" }],
      paging: { start: 0, count: 10, links: [], total: 1 },
    });
    const bad = await getJson(
      "/rest/organizationAcls?q=roleAssignee&projection=(elements*(organization",
      await token(),
    );
    expect(bad).toEqual({
      status: 400,
      body: {
        status: 400,
        code: "ILLEGAL_ARGUMENT",
        message: 'Invalid projection "(elements*(organization" at offset 23',
      },
    });
  });

  it("writes roleAssignee in the calling app's person-id space", async () => {
    const tok = (await mintToken(t.url, { clientId: SANDBOX_BASIC_CLIENT_ID, scopes: ADMIN_SCOPES }))
      .access_token;
    const { body } = await getJson("/rest/organizationAcls?q=roleAssignee&state=REQUESTED", tok);
    const basicUrn = personUrnFor(MEMBER_IDS.alex, SANDBOX_BASIC_CLIENT_ID, "cadence-sandbox");
    expect(basicUrn).not.toBe(alexUrn);
    expect(body.elements).toEqual([acl(ORG_IDS.greenfield, "ADMINISTRATOR", "REQUESTED", basicUrn)]);
  });

  it.each([
    [
      "/rest/organizationAcls?q=roleAssignee&role=OWNER",
      400,
      {
        status: 400,
        code: "PARAM_INVALID",
        message:
          'Invalid value for parameter "role": OWNER (expected one of ADMINISTRATOR, CONTENT_ADMINISTRATOR, DIRECT_SPONSORED_CONTENT_POSTER, RECRUITING_POSTER, LEAD_CAPTURE_ADMINISTRATOR, LEAD_GEN_FORMS_MANAGER, ANALYST, CURATOR)',
      },
    ],
    [
      "/rest/organizationAcls?q=roleAssignee&state=PENDING",
      400,
      {
        status: 400,
        code: "PARAM_INVALID",
        message:
          'Invalid value for parameter "state": PENDING (expected one of APPROVED, REQUESTED, REJECTED, REVOKED)',
      },
    ],
    [
      "/rest/organizationAcls",
      400,
      {
        status: 400,
        code: "ILLEGAL_ARGUMENT",
        message: 'Missing required parameter "q": use q=roleAssignee or q=organization',
      },
    ],
    [
      "/rest/organizationAcls?q=everyone",
      400,
      {
        status: 400,
        code: "ILLEGAL_ARGUMENT",
        message: "Unsupported finder q=everyone: use roleAssignee or organization",
      },
    ],
  ])("%s → %i", async (path, status, body) => {
    expect(await getJson(path, await token())).toEqual({ status, body });
  });

  it("needs rw_organization_admin or r_organization_admin", async () => {
    const tok = await token(MEMBER_IDS.alex, ["w_member_social", "w_organization_social"]);
    expect(await getJson("/rest/organizationAcls?q=roleAssignee", tok)).toEqual({
      status: 403,
      body: {
        status: 403,
        serviceErrorCode: 100,
        code: "ACCESS_DENIED",
        message: "Not enough permissions to access: organizationAcls.FINDER-roleAssignee.20261101",
      },
    });
    const readOnly = await token(MEMBER_IDS.alex, ["r_organization_admin"]);
    expect((await getJson("/rest/organizationAcls?q=roleAssignee", readOnly)).status).toBe(200);
  });
});

describe("GET /rest/organizationAcls?q=organization", () => {
  it("lists a Page's roles for its administrator", async () => {
    const { status, body } = await getJson(
      `/rest/organizationAcls?q=organization&organization=urn%3Ali%3Aorganization%3A${ORG_IDS.northwind}`,
      await token(),
    );
    expect(status).toBe(200);
    expect(body.elements).toEqual([
      acl(ORG_IDS.northwind, "ADMINISTRATOR", "APPROVED"),
      acl(ORG_IDS.northwind, "ANALYST", "APPROVED", `urn:li:person:${MEMBER_IDS.priya}`),
      acl(ORG_IDS.northwind, "CONTENT_ADMINISTRATOR", "APPROVED", `urn:li:person:${MEMBER_IDS.sam}`),
    ]);
  });

  it("is forbidden to non-administrators (content admin, pending, unknown Page)", async () => {
    const denied = {
      status: 403,
      body: {
        status: 403,
        serviceErrorCode: 100,
        code: "ACCESS_DENIED",
        message: "Not enough permissions to access: organizationAcls.FINDER-organization.20261101",
      },
    };
    for (const org of [ORG_IDS.acme, ORG_IDS.greenfield, 424242]) {
      expect(
        await getJson(
          `/rest/organizationAcls?q=organization&organization=urn%3Ali%3Aorganization%3A${org}`,
          await token(),
        ),
      ).toEqual(denied);
    }
  });

  it("validates the organization URN", async () => {
    expect(
      await getJson(
        "/rest/organizationAcls?q=organization&organization=urn%3Ali%3Aperson%3Aabc",
        await token(),
      ),
    ).toEqual({
      status: 400,
      body: {
        status: 400,
        code: "INVALID_URN_ID",
        message: 'Invalid URN for parameter "organization": urn:li:person:abc',
      },
    });
    expect(await getJson("/rest/organizationAcls?q=organization", await token())).toEqual({
      status: 400,
      body: { status: 400, code: "PARAM_INVALID", message: 'Missing required parameter "organization"' },
    });
  });
});

describe("organizationAcls writes", () => {
  const key = (org: number, role: string, member: string) =>
    `(organization:urn%3Ali%3Aorganization%3A${org},role:${role},roleAssignee:urn%3Ali%3Aperson%3A${member})`;

  const partialUpdate = async (tok: string, keys: string[], state: string) =>
    fetch(`${t.url}/rest/organizationAcls?ids=List(${keys.join(",")})`, {
      method: "POST",
      headers: {
        ...restHeaders(tok),
        "Content-Type": "application/json",
        "X-RestLi-Method": "BATCH_PARTIAL_UPDATE",
      },
      body: JSON.stringify({
        entities: Object.fromEntries(keys.map((k) => [k, { patch: { $set: { state } } }])),
      }),
    });

  it("an administrator approves a pending request, which lets the member post", async () => {
    const pending = key(ORG_IDS.greenfield, "ADMINISTRATOR", MEMBER_IDS.alex);
    expect(canPostAsOrganization(t.sandbox.state, alexUrn, `urn:li:organization:${ORG_IDS.greenfield}`)).toBe(
      false,
    );

    const refused = await partialUpdate(await token(), [pending], "APPROVED");
    expect(await refused.json()).toEqual({
      results: {},
      errors: {
        [pending]: {
          status: 403,
          message: "Not enough permissions to access: organizationAcls.BATCH_PARTIAL_UPDATE.20261101",
        },
      },
    });

    const res = await partialUpdate(await token(MEMBER_IDS.priya), [pending], "APPROVED");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ results: { [pending]: { status: 204 } }, errors: {} });
    expect(canPostAsOrganization(t.sandbox.state, alexUrn, `urn:li:organization:${ORG_IDS.greenfield}`)).toBe(
      true,
    );
  });

  it("refuses impossible transitions and unknown assignments", async () => {
    const revoked = key(ORG_IDS.oldMill, "ADMINISTRATOR", MEMBER_IDS.alex);
    const missing = key(ORG_IDS.oldMill, "CURATOR", MEMBER_IDS.alex);
    const res = await partialUpdate(await token(MEMBER_IDS.sam), [revoked, missing], "APPROVED");
    expect(await res.json()).toEqual({
      results: {},
      errors: {
        [revoked]: { status: 400, message: "Invalid state transition REVOKED → APPROVED" },
        [missing]: { status: 404, message: `No role assignment for ${missing}` },
      },
    });
  });

  it("BATCH_CREATE adds role assignments on administered Pages only", async () => {
    const create = async (elements: unknown[]) =>
      fetch(`${t.url}/rest/organizationAcls`, {
        method: "POST",
        headers: {
          ...restHeaders(await token()),
          "Content-Type": "application/json",
          "X-RestLi-Method": "BATCH_CREATE",
        },
        body: JSON.stringify({ elements }),
      });
    const jordan = `urn:li:person:${MEMBER_IDS.jordan}`;
    const res = await create([
      {
        roleAssignee: jordan,
        role: "CONTENT_ADMINISTRATOR",
        organization: `urn:li:organization:${ORG_IDS.northwind}`,
      },
      {
        roleAssignee: jordan,
        role: "CONTENT_ADMINISTRATOR",
        organization: `urn:li:organization:${ORG_IDS.acme}`,
      },
      {
        roleAssignee: alexUrn,
        role: "ADMINISTRATOR",
        organization: `urn:li:organization:${ORG_IDS.northwind}`,
      },
      { roleAssignee: jordan, role: "OWNER", organization: `urn:li:organization:${ORG_IDS.northwind}` },
    ]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      elements: [
        { status: 201, id: key(ORG_IDS.northwind, "CONTENT_ADMINISTRATOR", MEMBER_IDS.jordan) },
        {
          status: 403,
          error: {
            status: 403,
            message: "Not enough permissions to access: organizationAcls.BATCH_CREATE.20261101",
          },
        },
        { status: 409, error: { status: 409, message: "The role assignment already exists" } },
        { status: 400, error: { status: 400, message: "Invalid role: OWNER" } },
      ],
    });
    expect(canPostAsOrganization(t.sandbox.state, jordan, `urn:li:organization:${ORG_IDS.northwind}`)).toBe(
      true,
    );
  });
});

describe("GET /rest/organizations", () => {
  it("returns the full entity of an administered Page", async () => {
    const { status, body } = await getJson(`/rest/organizations/${ORG_IDS.northwind}`, await token());
    expect(status).toBe(200);
    expect(body).toEqual({
      id: ORG_IDS.northwind,
      localizedName: "Northwind Coffee",
      name: { localized: { en_US: "Northwind Coffee" }, preferredLocale: { country: "US", language: "en" } },
      vanityName: "northwind-coffee",
      primaryOrganizationType: "NONE",
      locations: [
        {
          locationType: "HEADQUARTERS",
          address: { country: "US", city: "Portland", line1: "701 Main Street", postalCode: "35062" },
          streetAddressFieldState: "SET",
          description: {
            localized: { en_US: "Headquarters" },
            preferredLocale: { country: "US", language: "en" },
          },
          localizedDescription: "Headquarters",
        },
      ],
      logoV2: {
        original: expect.stringMatching(/^urn:li:digitalmediaAsset:C4E0BAQ[A-Za-z0-9]{12}$/),
        cropped: expect.stringMatching(/^urn:li:digitalmediaAsset:C4E0BAQ[A-Za-z0-9]{12}$/),
        cropInfo: { x: 0, y: 0, width: 400, height: 400 },
      },
      localizedDescription: "Small-batch coffee roasters since 2012.",
      description: {
        localized: { en_US: "Small-batch coffee roasters since 2012." },
        preferredLocale: { country: "US", language: "en" },
      },
      localizedWebsite: "https://northwind-coffee.example.com",
      website: {
        localized: { en_US: "https://northwind-coffee.example.com" },
        preferredLocale: { country: "US", language: "en" },
      },
      organizationType: "PRIVATELY_HELD",
      staffCountRange: "SIZE_11_TO_50",
      industries: ["urn:li:industry:34"],
      specialties: [],
      localizedSpecialties: [],
      foundedOn: { year: 2013 },
      defaultLocale: { country: "US", language: "en" },
      organizationStatus: "ACTIVE",
      autoCreated: false,
      versionTag: "1",
    });
  });

  it("answers 403 ADMIN_ONLY for Pages the caller does not administer, 404 and 400 otherwise", async () => {
    const tok = await token();
    expect(await getJson(`/rest/organizations/${ORG_IDS.acme}`, tok)).toEqual({
      status: 403,
      body: {
        status: 403,
        message: `Viewer don't have permission to the ADMIN_ONLY VisibilityReduction for urn:li:organization:${ORG_IDS.acme}`,
      },
    });
    expect(await getJson("/rest/organizations/424242", tok)).toEqual({
      status: 404,
      body: {
        status: 404,
        code: "NOT_FOUND",
        message: "Organization urn:li:organization:424242 does not exist",
      },
    });
    expect(await getJson("/rest/organizations/acme", tok)).toEqual({
      status: 400,
      body: { status: 400, code: "PARAM_INVALID", message: "Invalid organization id: acme" },
    });
  });

  it("batch get: results for administered Pages, per-id errors for the rest", async () => {
    const { status, body } = await getJson(
      `/rest/organizations?ids=List(${ORG_IDS.northwind},${ORG_IDS.acme},424242)&projection=(results*(id,vanityName))`,
      await token(),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      results: { [ORG_IDS.northwind]: { id: ORG_IDS.northwind, vanityName: "northwind-coffee" } },
      statuses: { [ORG_IDS.northwind]: 200, [ORG_IDS.acme]: 403, "424242": 404 },
      errors: {
        [ORG_IDS.acme]: {
          status: 403,
          message: `Viewer don't have permission to the ADMIN_ONLY VisibilityReduction for urn:li:organization:${ORG_IDS.acme}`,
        },
        "424242": { status: 404, message: "Organization urn:li:organization:424242 does not exist" },
      },
    });
  });

  it("finds by vanity name (limited view for non-admins), email domain and parent", async () => {
    const tok = await token();
    const acme = await getJson("/rest/organizations?q=vanityName&vanityName=ACME-robotics", tok);
    expect(acme.body.elements).toEqual([
      expect.objectContaining({
        id: ORG_IDS.acme,
        vanityName: "acme-robotics",
        localizedName: "Acme Robotics",
      }),
    ]);
    expect(Object.keys((acme.body.elements as Record<string, unknown>[])[0] ?? {}).sort()).toEqual([
      "id",
      "localizedName",
      "locations",
      "logoV2",
      "name",
      "primaryOrganizationType",
      "vanityName",
    ]);
    const northwind = await getJson("/rest/organizations?q=vanityName&vanityName=northwind-coffee", tok);
    expect((northwind.body.elements as Record<string, unknown>[])[0]).toHaveProperty(
      "organizationType",
      "PRIVATELY_HELD",
    );
    expect((await getJson("/rest/organizations?q=vanityName&vanityName=nope", tok)).body.elements).toEqual(
      [],
    );
    const byDomain = await getJson(
      "/rest/organizations?q=emailDomain&emailDomain=quartz-labs.example.com",
      tok,
    );
    expect((byDomain.body.elements as { id: number }[]).map((o) => o.id)).toEqual([ORG_IDS.quartz]);
    const children = await getJson(
      `/rest/organizations?q=parentOrganization&parent=urn%3Ali%3Aorganization%3A${ORG_IDS.northwind}`,
      tok,
    );
    expect(children.body.elements).toEqual([
      expect.objectContaining({
        id: ORG_IDS.roastery,
        parentRelationship: {
          relationshipType: "SHOWCASE_OF",
          parent: `urn:li:organization:${ORG_IDS.northwind}`,
          relationshipStatus: "ACTIVE",
        },
      }),
    ]);
    expect(await getJson("/rest/organizations", tok)).toEqual({
      status: 400,
      body: {
        status: 400,
        code: "ILLEGAL_ARGUMENT",
        message: "Use ids=List(...) or a finder: q=vanityName, q=emailDomain or q=parentOrganization",
      },
    });
  });

  it("decorates logo URLs when the projection asks for original~", async () => {
    const { body } = await getJson(
      `/rest/organizations/${ORG_IDS.northwind}?projection=(id,logoV2(original~:playableStreams))`,
      await token(),
    );
    expect(body).toEqual({
      id: ORG_IDS.northwind,
      logoV2: {
        "original~": {
          elements: [
            expect.objectContaining({
              identifiers: [
                expect.objectContaining({
                  identifier: `${t.url}/_sandbox/logos/${ORG_IDS.northwind}.png`,
                  mediaType: "image/png",
                }),
              ],
            }),
          ],
          paging: { count: 10, start: 0, links: [] },
        },
      },
    });
    const logo = await fetch(`${t.url}/_sandbox/logos/${ORG_IDS.northwind}.png`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toBe("image/png");
  });

  it("needs an organization admin scope", async () => {
    const tok = await token(MEMBER_IDS.alex, ["w_organization_social"]);
    expect((await getJson(`/rest/organizations/${ORG_IDS.northwind}`, tok)).body).toEqual({
      status: 403,
      serviceErrorCode: 100,
      code: "ACCESS_DENIED",
      message: "Not enough permissions to access: organizations.GET.20261101",
    });
    expect((await getJson(`/rest/organizations?ids=List(${ORG_IDS.northwind})`, tok)).body.message).toBe(
      "Not enough permissions to access: organizations.BATCH_GET.20261101",
    );
  });
});

describe("GET /rest/organizationsLookup", () => {
  it("returns the limited view of any Page, alone or in batch", async () => {
    const tok = await token(MEMBER_IDS.jordan);
    const single = await getJson(`/rest/organizationsLookup/${ORG_IDS.lumen}`, tok);
    expect(single.status).toBe(200);
    expect(Object.keys(single.body).sort()).toEqual([
      "id",
      "localizedName",
      "locations",
      "logoV2",
      "name",
      "primaryOrganizationType",
      "vanityName",
    ]);
    const batch = await getJson(
      `/rest/organizationsLookup?ids=List(${ORG_IDS.lumen},${ORG_IDS.quartz},7)&projection=(results*(localizedName))`,
      tok,
    );
    expect(batch.body).toEqual({
      results: {
        [ORG_IDS.lumen]: { localizedName: "Lumen Analytics" },
        [ORG_IDS.quartz]: { localizedName: "Quartz Labs" },
      },
      statuses: { [ORG_IDS.lumen]: 200, [ORG_IDS.quartz]: 200, "7": 404 },
      errors: { "7": { status: 404, message: "Organization urn:li:organization:7 does not exist" } },
    });
    expect(await getJson("/rest/organizationsLookup/7", tok)).toEqual({
      status: 404,
      body: { status: 404, code: "NOT_FOUND", message: "Organization urn:li:organization:7 does not exist" },
    });
  });
});

describe("posting and statistics permissions", () => {
  const org = (id: number) => `urn:li:organization:${id}`;

  it.each([
    [ORG_IDS.northwind, true, true],
    [ORG_IDS.acme, true, false],
    [ORG_IDS.blueHarbor, true, false],
    [ORG_IDS.lumen, false, false],
    [ORG_IDS.greenfield, false, false],
    [ORG_IDS.oldMill, false, false],
    [ORG_IDS.quartz, false, false],
    [ORG_IDS.roastery, true, true],
    [424242, false, false],
  ])("Alex on %i: post %s, statistics %s", (id, post, stats) => {
    expect(canPostAsOrganization(t.sandbox.state, alexUrn, org(id))).toBe(post);
    expect(canReadOrgStatistics(t.sandbox.state, alexUrn, org(id))).toBe(stats);
  });

  it("resolves app-scoped person URNs and rejects junk", () => {
    const basicUrn = personUrnFor(MEMBER_IDS.alex, SANDBOX_BASIC_CLIENT_ID, "cadence-sandbox");
    expect(canPostAsOrganization(t.sandbox.state, basicUrn, org(ORG_IDS.northwind))).toBe(true);
    expect(canPostAsOrganization(t.sandbox.state, "urn:li:person:nobody", org(ORG_IDS.northwind))).toBe(
      false,
    );
    expect(canPostAsOrganization(t.sandbox.state, alexUrn, "urn:li:organization:abc")).toBe(false);
    expect(
      canPostAsOrganization(t.sandbox.state, `urn:li:person:${MEMBER_IDS.sam}`, org(ORG_IDS.northwind)),
    ).toBe(true);
    expect(
      canReadOrgStatistics(t.sandbox.state, `urn:li:person:${MEMBER_IDS.priya}`, org(ORG_IDS.northwind)),
    ).toBe(false);
  });
});
