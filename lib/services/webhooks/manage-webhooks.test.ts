// Managing webhook endpoints: only owners and admins, only in their own workspace (another
// workspace's ids are not found), at most 10, addresses Cadence may call, the secret shown once
// (at creation and rotation) and stored encrypted, disabling ends open deliveries.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { createWebhookEndpointSchema, updateWebhookEndpointSchema } from "@/lib/schemas/webhooks";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";
import { isWebhookSecret } from "@/lib/webhooks/webhook-signature";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhookEndpoints } from "./list-webhook-endpoints";
import { resendWebhookDelivery } from "./resend-webhook-delivery";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { sendTestWebhook } from "./send-test-webhook";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";
import { openWebhookSecret } from "./webhook-secret-vault";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let owner: { userId: string; workspaceId: string };
let other: { userId: string; workspaceId: string };

const allEvents = [...WEBHOOK_EVENT_TYPES];
/** Literal IPs need no DNS, so these tests run offline. */
const PUBLIC_URL = "https://93.184.215.14/hooks/cadence";
const LOCAL_URL = "http://127.0.0.1:9/hooks";

beforeAll(async () => {
  owner = await createTestWorkspace();
  other = await createTestWorkspace();
});

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

const create = (overrides: Partial<Parameters<typeof createWebhookEndpoint>[0]> = {}) =>
  createWebhookEndpoint({
    ...owner,
    role: "OWNER",
    url: PUBLIC_URL,
    description: "CRM",
    events: allEvents,
    ...overrides,
  });

describe("webhook endpoints", () => {
  it("shows the secret once and stores it only encrypted", async () => {
    const { endpoint, secret } = await create();
    expect(isWebhookSecret(secret)).toBe(true);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = await prisma().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(stored.encryptedSecret).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(6));
    expect(openWebhookSecret(stored, stored.encryptedSecret)).toBe(secret);
    // Bound to its endpoint: copied into another row it does not decrypt.
    expect(() => openWebhookSecret({ ...stored, id: "another" }, stored.encryptedSecret)).toThrow();
    const listed = await listWebhookEndpoints(owner.workspaceId);
    expect(listed.find((item) => item.id === endpoint.id)).toMatchObject({
      url: PUBLIC_URL,
      description: "CRM",
      events: allEvents,
      enabled: true,
      createdBy: "Owner",
      lastDelivery: null,
    });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    expect(JSON.stringify(listed)).not.toContain(stored.encryptedSecret);

    const rotated = await rotateWebhookSecret({ ...owner, role: "ADMIN", endpointId: endpoint.id });
    expect(isWebhookSecret(rotated.secret)).toBe(true);
    expect(rotated.secret).not.toBe(secret);
    const after = await prisma().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(openWebhookSecret(after, after.encryptedSecret)).toBe(rotated.secret);
  });

  it("refuses private and loopback addresses unless CADENCE_ALLOW_PRIVATE_URLS, beside the field", async () => {
    for (const url of [LOCAL_URL, "http://10.1.2.3/x", "http://[::1]/x", "http://192.168.0.10:8080/"])
      await expect(create({ url })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { url: [expect.stringContaining("CADENCE_ALLOW_PRIVATE_URLS")] },
      });
    await expect(create({ url: "http://169.254.169.254/latest/meta-data" })).rejects.toMatchObject({
      fieldErrors: { url: [expect.stringContaining("metadata")] },
    });
    const before = await prisma().webhookEndpoint.count({ where: { workspaceId: owner.workspaceId } });

    vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "true");
    resetEnvCache();
    const { endpoint } = await create({ url: LOCAL_URL });
    expect(endpoint.url).toBe(LOCAL_URL);
    // Cloud metadata stays refused whatever the setting.
    await expect(create({ url: "http://169.254.169.254/" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma().webhookEndpoint.count({ where: { workspaceId: owner.workspaceId } })).toBe(
      before + 1,
    );
    await deleteWebhookEndpoint({ ...owner, role: "OWNER", endpointId: endpoint.id });
  });

  it("validates the input shape with messages for each field", () => {
    const problems = (input: unknown) =>
      createWebhookEndpointSchema
        .safeParse(input)
        .error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(problems({ url: "", events: allEvents })).toEqual([
      ["url", "Enter the address that should receive the events."],
    ]);
    expect(problems({ url: "not a url", events: allEvents })?.[0]?.[1]).toMatch(/complete address/);
    expect(problems({ url: "ftp://example.com/x", events: allEvents })?.[0]?.[1]).toMatch(
      /https:\/\/ or http:\/\//,
    );
    expect(problems({ url: "https://user:pw@example.com/", events: allEvents })?.[0]?.[1]).toMatch(
      /password/,
    );
    expect(problems({ url: `https://example.com/${"a".repeat(2000)}`, events: allEvents })?.[0]?.[1]).toMatch(
      /2,000 characters/,
    );
    expect(problems({ url: PUBLIC_URL, events: [] })).toEqual([["events", "Choose at least one event."]]);
    expect(problems({ url: PUBLIC_URL, events: ["post.deleted"] })?.[0]?.[0]).toBe("events.0");
    expect(problems({ url: PUBLIC_URL, events: allEvents, description: "x".repeat(201) })?.[0]?.[0]).toBe(
      "description",
    );
    // Stored in the documented order, once each.
    expect(
      createWebhookEndpointSchema.parse({
        url: ` ${PUBLIC_URL} `,
        events: ["post.failed", "post.published", "post.failed"],
      }),
    ).toEqual({ url: PUBLIC_URL, description: "", events: ["post.published", "post.failed"] });
    expect(updateWebhookEndpointSchema.safeParse({ endpointId: "x", enabled: "yes" }).success).toBe(false);
  });

  it("updates the address, events and description, and disabling ends open deliveries", async () => {
    const { endpoint } = await create();
    const updated = await updateWebhookEndpoint({
      ...owner,
      role: "ADMIN",
      endpointId: endpoint.id,
      url: "https://93.184.215.14/v2",
      description: "CRM v2",
      events: ["post.failed"],
    });
    expect(updated).toMatchObject({
      url: "https://93.184.215.14/v2",
      description: "CRM v2",
      events: ["post.failed"],
    });
    await expect(
      updateWebhookEndpoint({ ...owner, role: "ADMIN", endpointId: endpoint.id, url: LOCAL_URL }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { url: [expect.any(String)] } });

    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    const disabled = await updateWebhookEndpoint({
      ...owner,
      role: "OWNER",
      endpointId: endpoint.id,
      enabled: false,
    });
    expect(disabled.enabled).toBe(false);
    expect(await prisma().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      error: expect.stringContaining("disabled"),
      nextAttemptAt: null,
    });
    await expect(sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    await expect(resendWebhookDelivery({ ...owner, role: "OWNER", deliveryId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const log = await listWebhookDeliveries({ workspaceId: owner.workspaceId, endpointId: endpoint.id });
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.payload)).toMatchObject({
      type: "webhook.test",
      data: { endpoint_id: endpoint.id },
    });
  });

  it("only owners and admins manage endpoints, and only their workspace's", async () => {
    for (const role of ["EDITOR", "VIEWER"] as const)
      await expect(create({ role })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Only workspace owners and admins can manage webhooks.",
      });
    const { endpoint } = await create();
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    const ofOther = { workspaceId: other.workspaceId, role: "OWNER" as const, endpointId: endpoint.id };
    for (const attempt of [
      () => updateWebhookEndpoint({ ...ofOther, enabled: false }),
      () => rotateWebhookSecret(ofOther),
      () => sendTestWebhook(ofOther),
      () => deleteWebhookEndpoint(ofOther),
      () => listWebhookDeliveries(ofOther),
      () => resendWebhookDelivery({ workspaceId: other.workspaceId, role: "OWNER", deliveryId }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const attempt of [
      () => updateWebhookEndpoint({ ...owner, role: "EDITOR", endpointId: endpoint.id, enabled: false }),
      () => rotateWebhookSecret({ ...owner, role: "VIEWER", endpointId: endpoint.id }),
      () => sendTestWebhook({ ...owner, role: "EDITOR", endpointId: endpoint.id }),
      () => deleteWebhookEndpoint({ ...owner, role: "VIEWER", endpointId: endpoint.id }),
      () => resendWebhookDelivery({ ...owner, role: "EDITOR", deliveryId }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listWebhookEndpoints(other.workspaceId)).toEqual([]);
    const still = await prisma().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(still.enabled).toBe(true);

    await deleteWebhookEndpoint({ ...owner, role: "ADMIN", endpointId: endpoint.id });
    expect(await prisma().webhookEndpoint.count({ where: { id: endpoint.id } })).toBe(0);
    // Its log went with it.
    expect(await prisma().webhookDelivery.count({ where: { id: deliveryId } })).toBe(0);
    await expect(
      deleteWebhookEndpoint({ ...owner, role: "ADMIN", endpointId: endpoint.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("allows 10 endpoints per workspace, even when created at once", async () => {
    const fresh = await createTestWorkspace();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        createWebhookEndpoint({
          ...fresh,
          role: "OWNER",
          url: `${PUBLIC_URL}/${i}`,
          description: "",
          events: allEvents,
        }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
    const refused = results.filter((result) => result.status === "rejected");
    expect(refused).toHaveLength(2);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("10 webhook endpoints"),
    });
    expect(await prisma().webhookEndpoint.count({ where: { workspaceId: fresh.workspaceId } })).toBe(10);
  });
});
