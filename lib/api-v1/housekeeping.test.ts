// The hourly API housekeeping forgets exactly what has expired.
import { describe, expect, it } from "vitest";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { pruneWebhookDeliveries } from "@/lib/services/webhooks/prune-webhook-deliveries";
import { dropExpiredIdempotencyKeys } from "./idempotency";
import { consumeRateLimit, dropOldRateWindows } from "./rate-limit";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;

describe("API housekeeping", () => {
  it("drops idempotency keys past their day and rate windows older than an hour", async () => {
    const { workspaceId } = await createTestWorkspace();
    const now = new Date("2026-11-29T12:00:00Z");
    await prisma().apiIdempotencyKey.createMany({
      data: [
        { workspaceId, key: "old", fingerprint: "f", expiresAt: new Date(now.getTime() - 1) },
        { workspaceId, key: "fresh", fingerprint: "f", expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });
    expect(await dropExpiredIdempotencyKeys(now)).toBe(1);
    expect((await prisma().apiIdempotencyKey.findMany()).map((row) => row.key)).toEqual(["fresh"]);

    await consumeRateLimit("key-a", now.getTime() - 2 * 60 * 60_000);
    await consumeRateLimit("key-a", now.getTime() + 10_000);
    const verdict = await consumeRateLimit("key-a", now.getTime());
    expect(verdict).toMatchObject({ allowed: true, remaining: 118, resetSeconds: 60 });
    expect(await dropOldRateWindows(now.getTime())).toBe(1);
    expect(await prisma().apiRateWindow.count()).toBe(1);
  });

  it("drops settled webhook deliveries older than 30 days, never ones still retrying", async () => {
    const { workspaceId } = await createTestWorkspace();
    const now = new Date("2026-11-29T12:00:00Z");
    const endpoint = await prisma().webhookEndpoint.create({
      data: { workspaceId, url: "https://example.com/hook", encryptedSecret: "v1.x", events: ["post.published"] },
    });
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const delivery = (status: "SUCCEEDED" | "FAILED" | "RETRYING", createdAt: Date) => ({
      endpointId: endpoint.id,
      eventId: `evt_${status}${createdAt.getTime()}`,
      eventType: "post.published",
      payload: {},
      status,
      createdAt,
    });
    await prisma().webhookDelivery.createMany({
      data: [
        delivery("SUCCEEDED", daysAgo(31)),
        delivery("FAILED", daysAgo(40)),
        delivery("RETRYING", daysAgo(45)),
        delivery("SUCCEEDED", daysAgo(29)),
      ],
    });
    expect(await pruneWebhookDeliveries(now)).toBe(2);
    expect((await prisma().webhookDelivery.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.status)).toEqual([
      "RETRYING",
      "SUCCEEDED",
    ]);
  });
});
