// Delivering webhooks to a real receiver on 127.0.0.1: requests are signed per the Standard
// Webhooks spec (checked by a verifier written here from the spec, not Cadence's signer), a 3xx
// is not followed, failures retry on the spec's schedule until FAILED, two workers never send the
// same attempt, a resend keeps the event id, and only the first 1 KB of an answer is kept.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { nowMs, setClockOffset } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { type LocalServer, startLocalServer } from "@/lib/net/testing/local-server";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deliverWebhook } from "./deliver-webhook";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { resendWebhookDelivery } from "./resend-webhook-delivery";
import { sendTestWebhook } from "./send-test-webhook";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let owner: { userId: string; workspaceId: string };
let receiver: LocalServer;
type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];

beforeAll(async () => {
  vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "true");
  resetEnvCache();
  owner = await createTestWorkspace();
  const record = (status: number, answer: string | ((req: Received) => void) = "ok") =>
    ((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({
          path: request.url ?? "",
          headers: request.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        if (typeof answer === "function") return;
        response.writeHead(status, { "Content-Type": "text/plain" }).end(answer);
      });
    }) satisfies Parameters<typeof startLocalServer>[0][string];
  receiver = await startLocalServer({
    "/ok": record(200, "thanks"),
    "/fail": record(500, "receiver is down"),
    "/big": record(500, "x".repeat(5000)),
    "/redirect": (request, response) => {
      request.resume();
      request.on("end", () => response.writeHead(302, { Location: receiver.url("/ok") }).end());
    },
  });
});

afterAll(async () => {
  await receiver.close();
  vi.unstubAllEnvs();
  resetEnvCache();
});

afterEach(() => {
  setClockOffset(0);
  received.length = 0;
});

/**
 * A receiver's check, written from standardwebhooks.com rather than from Cadence's code: the key is
 * the base64 after "whsec_"; the signed content is "{id}.{timestamp}.{raw body}"; the header holds
 * space-separated "v1,{base64 HMAC-SHA256}"; timestamps more than 5 minutes off are refused.
 */
function verifyStandardWebhook(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  nowSeconds: number,
): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (typeof id !== "string" || typeof timestamp !== "string" || typeof signatures !== "string") return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.split("_")[1]!, "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(" ").some((signature) => {
    const [version, value] = signature.split(",");
    const given = Buffer.from(value ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

async function endpointAt(path: string) {
  return createWebhookEndpoint({
    ...owner,
    role: "OWNER",
    url: receiver.url(path),
    description: path,
    events: [...WEBHOOK_EVENT_TYPES],
  });
}

const deliveryRow = (id: string) =>
  prisma().webhookDelivery.findUniqueOrThrow({
    where: { id },
    include: { attemptLog: { orderBy: { createdAt: "asc" } } },
  });

describe("webhook delivery", () => {
  it("POSTs a Standard Webhooks–signed event that an independent verifier accepts, and logs it", async () => {
    const { endpoint, secret } = await endpointAt("/ok");
    const { deliveryId, eventId } = await sendTestWebhook({
      ...owner,
      role: "OWNER",
      endpointId: endpoint.id,
    });
    expect(await deliverWebhook(deliveryId)).toBe("succeeded");

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "Cadence-Webhooks/1",
      "webhook-id": eventId,
    });
    expect(request!.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    const timestamp = Number(request!.headers["webhook-timestamp"]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(10);
    const now = Date.now() / 1000;
    expect(verifyStandardWebhook(secret, request!.headers, request!.body, now)).toBe(true);
    // Tampering with the body or the timestamp, or replaying it later, breaks it.
    expect(verifyStandardWebhook(secret, request!.headers, request!.body.replace("test", "tset"), now)).toBe(
      false,
    );
    expect(
      verifyStandardWebhook(
        secret,
        { ...request!.headers, "webhook-timestamp": String(timestamp + 1) },
        request!.body,
        now,
      ),
    ).toBe(false);
    expect(verifyStandardWebhook(secret, request!.headers, request!.body, now + 3600)).toBe(false);
    expect(
      verifyStandardWebhook(
        `whsec_${Buffer.alloc(32, 1).toString("base64")}`,
        request!.headers,
        request!.body,
        now,
      ),
    ).toBe(false);

    // The documented envelope, keys in the documented order.
    const payload = JSON.parse(request!.body) as Record<string, unknown>;
    expect(Object.keys(payload)).toEqual(["id", "type", "created_at", "workspace_id", "data"]);
    expect(payload).toMatchObject({
      id: eventId,
      type: "webhook.test",
      workspace_id: owner.workspaceId,
      data: { endpoint_id: endpoint.id },
    });

    const row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({
      status: "SUCCEEDED",
      attempts: 1,
      responseStatus: 200,
      responseBody: "thanks",
      error: null,
    });
    expect(row.deliveredAt).not.toBeNull();
    expect(row.nextAttemptAt).toBeNull();
    expect(row.attemptLog).toHaveLength(1);
    expect(row.attemptLog[0]!.requestHeaders).toMatchObject({
      "webhook-id": eventId,
      "webhook-signature": request!.headers["webhook-signature"],
      "webhook-timestamp": request!.headers["webhook-timestamp"],
    });
    // Sent once: another wake-up does nothing.
    expect(await deliverWebhook(deliveryId)).toBe("skipped");
    expect(received).toHaveLength(1);
  });

  it("never lets two workers send the same attempt", async () => {
    const { endpoint } = await endpointAt("/ok");
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    const results = await Promise.all([
      deliverWebhook(deliveryId),
      deliverWebhook(deliveryId),
      deliverWebhook(deliveryId),
    ]);
    expect(results.sort()).toEqual(["skipped", "skipped", "succeeded"]);
    expect(received).toHaveLength(1);
    expect((await deliveryRow(deliveryId)).attemptLog).toHaveLength(1);
  });

  it("does not follow redirects: a 3xx is a failed attempt", async () => {
    const { endpoint } = await endpointAt("/redirect");
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    expect(await deliverWebhook(deliveryId)).toBe("retrying");
    // The redirect's target never heard of it.
    expect(received).toHaveLength(0);
    const row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ status: "RETRYING", responseStatus: 302 });
    expect(row.error).toMatch(
      /redirect \(HTTP 302 to http:\/\/127\.0\.0\.1:\d+\/ok\)\. Cadence does not follow redirects/,
    );
  });

  it("retries on the Standard Webhooks schedule, then marks the delivery FAILED", async () => {
    const { endpoint } = await endpointAt("/fail");
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    const schedule = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];
    for (let attempt = 1; attempt <= 8; attempt++) {
      const result = await deliverWebhook(deliveryId);
      const row = await deliveryRow(deliveryId);
      expect(row.attempts).toBe(attempt);
      expect(row.attemptLog).toHaveLength(attempt);
      expect(row.attemptLog.at(-1)).toMatchObject({ responseStatus: 500, responseBody: "receiver is down" });
      if (attempt === 8) {
        expect(result).toBe("failed");
        expect(row).toMatchObject({ status: "FAILED", nextAttemptAt: null, deliveredAt: null });
        expect(row.error).toBe("The endpoint answered HTTP 500; only 2xx counts as delivered.");
        break;
      }
      expect(result).toBe("retrying");
      expect(row.status).toBe("RETRYING");
      const wait = row.nextAttemptAt!.getTime() - nowMs();
      expect(wait).toBeGreaterThan(schedule[attempt - 1]! - 2_000);
      expect(wait).toBeLessThanOrEqual(schedule[attempt - 1]!);
      // Not due yet: a wake-up does nothing.
      expect(await deliverWebhook(deliveryId)).toBe("not-due");
      // Cadence's clock moves to the retry time.
      setClockOffset(row.nextAttemptAt!.getTime() - Date.now() + 1);
    }
    expect(received).toHaveLength(8);
    // All eight carried the same event id.
    expect(new Set(received.map((request) => request.headers["webhook-id"])).size).toBe(1);
  });

  it("resends an event as a new delivery with the same event id and body", async () => {
    const { endpoint, secret } = await endpointAt("/ok");
    const first = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    await deliverWebhook(first.deliveryId);
    const again = await resendWebhookDelivery({ ...owner, role: "ADMIN", deliveryId: first.deliveryId });
    expect(again.deliveryId).not.toBe(first.deliveryId);
    expect(again.eventId).toBe(first.eventId);
    expect(await deliverWebhook(again.deliveryId)).toBe("succeeded");
    expect(received).toHaveLength(2);
    expect(received[1]!.headers["webhook-id"]).toBe(first.eventId);
    expect(received[1]!.body).toBe(received[0]!.body);
    expect(verifyStandardWebhook(secret, received[1]!.headers, received[1]!.body, Date.now() / 1000)).toBe(
      true,
    );
    const log = await listWebhookDeliveries({ workspaceId: owner.workspaceId, endpointId: endpoint.id });
    expect(log.map((delivery) => [delivery.id, delivery.resend, delivery.status])).toEqual([
      [again.deliveryId, true, "SUCCEEDED"],
      [first.deliveryId, false, "SUCCEEDED"],
    ]);
    expect(Object.keys(log[0]!.attemptLog[0]!.requestHeaders)).toEqual([
      "content-type",
      "user-agent",
      "webhook-id",
      "webhook-timestamp",
      "webhook-signature",
    ]);
    expect(log[0]!.attemptLog[0]!.requestHeaders["webhook-id"]).toBe(first.eventId);
  });

  it("keeps only the first 1 KB of an answer", async () => {
    const { endpoint } = await endpointAt("/big");
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    await deliverWebhook(deliveryId);
    const row = await deliveryRow(deliveryId);
    expect(row.responseBody).toBe("x".repeat(1024));
    expect(row.attemptLog[0]!.responseBody).toBe("x".repeat(1024));
  });

  it("sends nothing unsigned when the secret no longer decrypts, and says what to do", async () => {
    const { endpoint } = await endpointAt("/ok");
    const { endpoint: another } = await endpointAt("/ok");
    // Another endpoint's ciphertext: bound to that endpoint, it does not decrypt here.
    const { encryptedSecret } = await prisma().webhookEndpoint.findUniqueOrThrow({
      where: { id: another.id },
    });
    await prisma().webhookEndpoint.update({ where: { id: endpoint.id }, data: { encryptedSecret } });
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    expect(await deliverWebhook(deliveryId)).toBe("retrying");
    expect(received).toHaveLength(0);
    const row = await deliveryRow(deliveryId);
    expect(row.error).toMatch(/cannot read this endpoint's signing secret.*Rotate the secret/);
    expect(row.attemptLog).toHaveLength(1);
  });

  it("refuses a private address at send time without the allowance, and says why", async () => {
    const { endpoint } = await endpointAt("/ok");
    const { deliveryId } = await sendTestWebhook({ ...owner, role: "OWNER", endpointId: endpoint.id });
    expect(await deliverWebhook(deliveryId, { allowPrivate: false })).toBe("retrying");
    expect(received).toHaveLength(0);
    const row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ responseStatus: null, error: expect.stringContaining("private network") });
  });
});
