// Contract: finding a Page by its exact vanity name against the sandbox in-process (doc §5.4).
import { describe, expect, it } from "vitest";
import { MEMBER_IDS, ORG_IDS } from "@/sandbox/seed";
import { LinkedInPermissionError, LinkedInRateLimitError } from "../errors/linkedin-errors";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import { findOrganizationByVanityName } from "./find-organization-by-vanity-name";

const sandbox = setupLinkedInSandbox();
const ADMIN_SCOPES = ["rw_organization_admin", "w_organization_social"];

/** A client that records the path and query of every request it sends. */
async function recordingClient(input: { scopes?: string[]; member?: string } = {}) {
  const sent: string[] = [];
  const config = sandbox.config({
    fetch: (url, init) => {
      const parsed = new URL(String(url));
      sent.push(`${parsed.pathname}${parsed.search}`);
      return fetch(url, init);
    },
  });
  const { client } = await sandbox.client({
    scopes: input.scopes ?? ADMIN_SCOPES,
    member: input.member,
    config,
  });
  return { client, sent };
}

describe("findOrganizationByVanityName", () => {
  it("finds a Page the member does not administer, with its name and logo", async () => {
    const { client, sent } = await recordingClient({ member: MEMBER_IDS.jordan });
    expect(await findOrganizationByVanityName(client, "acme-robotics")).toEqual({
      id: ORG_IDS.acme,
      urn: "urn:li:organization:5515002",
      name: "Acme Robotics",
      vanityName: "acme-robotics",
      logoUrl: `${sandbox.url}/_sandbox/logos/5515002.png`,
      logoAssetUrn: expect.stringMatching(/^urn:li:digitalmediaAsset:/),
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(
      /^\/rest\/organizations\?q=vanityName&vanityName=acme-robotics&projection=\(elements\*\(/,
    );
    expect((await sandbox.calls("GET /rest/organizations"))?.total).toBe(1);
  });

  it("matches case-insensitively and returns LinkedIn's spelling", async () => {
    const { client } = await recordingClient();
    const found = await findOrganizationByVanityName(client, "  Northwind-COFFEE ");
    expect(found).toMatchObject({
      id: ORG_IDS.northwind,
      name: "Northwind Coffee",
      vanityName: "northwind-coffee",
    });
  });

  it("answers null for a vanity name no Page has", async () => {
    const { client } = await recordingClient();
    expect(await findOrganizationByVanityName(client, "no-such-page")).toBeNull();
    expect(await findOrganizationByVanityName(client, "   ")).toBeNull();
  });

  it("Rest.li-encodes reserved characters in the value (doc §6.2)", async () => {
    const { client, sent } = await recordingClient();
    expect(await findOrganizationByVanityName(client, "acme (uk)")).toBeNull();
    expect(await findOrganizationByVanityName(client, "a,b:c'd")).toBeNull();
    expect(sent.map((s) => /vanityName=([^&]*)/.exec(s.replace("q=vanityName&", ""))?.[1])).toEqual([
      "acme%20%28uk%29",
      "a%2Cb%3Ac%27d",
    ]);
  });

  it("asks again without the logo projection when LinkedIn refuses it", async () => {
    await sandbox.addFault({ path: "projection=", status: 400, times: 1 });
    const { client, sent } = await recordingClient();
    const found = await findOrganizationByVanityName(client, "quartz-labs");
    expect(found).toMatchObject({ id: ORG_IDS.quartz, name: "Quartz Labs", logoUrl: null });
    expect(found?.logoAssetUrn).toMatch(/^urn:li:digitalmediaAsset:/);
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toContain("projection");
  });

  it("without an organization scope, the 403 names the missing scope", async () => {
    const { client } = await recordingClient({ scopes: ["openid", "profile", "w_member_social"] });
    const error = await findOrganizationByVanityName(client, "acme-robotics").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInPermissionError);
    expect(error).toMatchObject({ reason: "scope" });
  });

  it("passes a 429 to the caller without retrying", async () => {
    await sandbox.addFault({ path: "^/rest/organizations\\?", status: 429, times: 1 });
    const { client, sent } = await recordingClient();
    const error = await findOrganizationByVanityName(client, "acme-robotics").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInRateLimitError);
    expect(sent).toHaveLength(1);
  });
});
