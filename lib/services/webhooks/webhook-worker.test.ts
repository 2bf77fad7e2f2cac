// Webhooks through the real queue and worker: a receiver that fails twice and then answers 200
// sees three tries (RETRYING in between, each try in the log) with the retry schedule scaled down
// by CADENCE_WEBHOOK_RETRY_BASE_MS; a delivery whose wake-up was lost is found by the sweep.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { type LocalServer, startLocalServer } from "@/lib/net/testing/local-server";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { buildWebhookEvent } from "@/lib/webhooks/webhook-events";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { sendTestWebhook } from "./send-test-webhook";
import { pollFor } from "@/lib/testing/poll-for";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let worker: RunningWorker;
let receiver: LocalServer;
let owner: { userId: string; workspaceId: string };
const answers: number[] = [];
const seenIds: string[] = [];

beforeAll(async () => {
  // 5 s → 50 ms, so the second retry (5 min) comes after 3 s.
  vi.stubEnv("CADENCE_WEBHOOK_RETRY_BASE_MS", "50");
  vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "true");
  resetEnvCache();
  receiver = await startLocalServer({
    "/flaky": (request, response) => {
      request.resume();
      request.on("end", () => {
        seenIds.push(String(request.headers["webhook-id"]));
        const status = answers.shift() ?? 200;
        response.writeHead(status).end(status === 200 ? "ok" : "try again");
      });
    },
    "/ok": (request, response) => {
      request.resume();
      request.on("end", () => response.writeHead(204).end());
    },
  });
  owner = await createTestWorkspace();
  worker = await startWorker("embedded");
});

afterAll(async () => {
  await worker.stop();
  await receiver.close();
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("webhooks through the worker", () => {
  it("retries a receiver that answers 500 twice, then succeeds on the third try", async () => {
    answers.push(500, 500);
    const { endpoint } = await createWebhookEndpoint({
      ...owner,
      role: "OWNER",
      url: receiver.url("/flaky"),
      description: "",
      events: ["post.published"],
    });
    const { deliveryId, eventId } = await sendTestWebhook({
      ...owner,
      role: "OWNER",
      endpointId: endpoint.id,
    });
    const read = () => prisma().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });

    const retrying = await pollFor(async () => {
      const row = await read();
      return row.status === "RETRYING" && row.attempts >= 1 && row;
    });
    expect(retrying).toMatchObject({ responseStatus: 500, responseBody: "try again" });
    const delivered = await pollFor(async () => {
      const row = await read();
      return row.status === "SUCCEEDED" && row;
    });
    expect(delivered).toMatchObject({ attempts: 3, responseStatus: 200, responseBody: "ok", error: null });
    const attempts = await prisma().webhookAttempt.findMany({
      where: { deliveryId },
      orderBy: { createdAt: "asc" },
    });
    expect(attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 500, 200]);
    // The second retry waited for the (scaled) 5-minute step: 3 s after the second try.
    expect(attempts[2]!.createdAt.getTime() - attempts[1]!.createdAt.getTime()).toBeGreaterThanOrEqual(2_900);
    expect(seenIds).toEqual([eventId, eventId, eventId]);
  });

  it("delivers an event whose wake-up was lost, through the sweep", async () => {
    const { endpoint } = await createWebhookEndpoint({
      ...owner,
      role: "OWNER",
      url: receiver.url("/ok"),
      description: "",
      events: ["post.published"],
    });
    const lostAt = new Date(Date.now() - 60_000);
    const payload = buildWebhookEvent({
      type: "webhook.test",
      workspaceId: owner.workspaceId,
      data: { endpoint_id: endpoint.id, message: "lost" },
      createdAt: lostAt,
    });
    // Recorded, but no job was ever queued for it.
    const lost = await prisma().webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        eventId: payload.id,
        eventType: payload.type,
        payload,
        nextAttemptAt: lostAt,
        createdAt: lostAt,
      },
    });
    const delivered = await pollFor(async () => {
      const row = await prisma().webhookDelivery.findUniqueOrThrow({ where: { id: lost.id } });
      return row.status === "SUCCEEDED" && row;
    });
    expect(delivered).toMatchObject({ attempts: 1, responseStatus: 204 });
  });
});
