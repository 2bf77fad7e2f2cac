// Webhook events are recorded where things happen, in the same transaction, and only for the
// enabled endpoints of the same workspace that subscribe to them: published, failed and retry
// scheduled posts (through the publishing engine against the sandbox), expiring, disconnected and
// needs-reconnect channels. No worker runs here: the test reads the outbox rows.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { linkedInPostUrl } from "@/lib/linkedin/post-link";
import { disconnectChannel } from "@/lib/services/channels/disconnect-channel";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";
import { sendExpiryWarnings } from "@/lib/services/channels/send-expiry-warnings";
import { savePost } from "@/lib/services/posts/save-post";
import { moveTarget, moveTargetIn } from "@/lib/services/publishing/move-target";
import { publishTarget } from "@/lib/services/publishing/publish-target";
import { connectTestChannels, createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { dailyQuotaFault, setupTestSandbox } from "@/lib/testing/test-sandbox";
import {
  WEBHOOK_EVENT_TYPES,
  webhookEventSchema,
  type WebhookEventType,
} from "@/lib/webhooks/webhook-events";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";
import { WebhookOutbox } from "./webhook-outbox";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

let owner: { userId: string; workspaceId: string };
let channels: { id: string; name: string; authorUrn: string }[];
const endpoints = { all: "", channelsOnly: "", disabled: "", otherWorkspace: "" };

async function endpoint(workspace: { userId: string; workspaceId: string }, events: WebhookEventType[]) {
  // A literal public address: no DNS needed, and no worker runs to call it.
  const { endpoint } = await createWebhookEndpoint({
    ...workspace,
    role: "OWNER",
    url: "https://93.184.215.14/hooks",
    description: "",
    events,
  });
  return endpoint.id;
}

beforeAll(async () => {
  vi.stubEnv("CADENCE_PUBLISH_RETRY_BASE_MS", "20");
  resetEnvCache();
  owner = await createTestWorkspace();
  const other = await createTestWorkspace();
  const added = await connectTestChannels(owner, [
    "urn:li:organization:5515001",
    "urn:li:organization:5515002",
  ]);
  channels = await prisma().channel.findMany({
    where: { id: { in: added.channels.map((channel) => channel.id) } },
    select: { id: true, name: true, authorUrn: true },
    orderBy: { authorUrn: "asc" },
  });
  endpoints.all = await endpoint(owner, [...WEBHOOK_EVENT_TYPES]);
  endpoints.channelsOnly = await endpoint(owner, ["channel.expiring", "channel.disconnected"]);
  endpoints.disabled = await endpoint(owner, [...WEBHOOK_EVENT_TYPES]);
  await updateWebhookEndpoint({ ...owner, role: "OWNER", endpointId: endpoints.disabled, enabled: false });
  endpoints.otherWorkspace = await endpoint(other, [...WEBHOOK_EVENT_TYPES]);
});

beforeEach(async () => {
  await fetch(`${linkedin.sandbox().url}/_sandbox/faults`, { method: "DELETE" });
  await prisma().webhookDelivery.deleteMany({});
});

/** Every recorded delivery, as [endpoint, event type], and the payloads (validated). */
async function outbox() {
  const rows = await prisma().webhookDelivery.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const name = (id: string) => Object.entries(endpoints).find(([, value]) => value === id)?.[0];
  return {
    sent: rows.map((row) => [name(row.endpointId), row.eventType]),
    payloads: rows.map((row) => webhookEventSchema.parse(row.payload)),
    rows,
  };
}

async function duePost(text: string, channelId = channels[0]!.id) {
  const { postId } = await savePost({
    ...owner,
    channelIds: [channelId],
    body: [{ type: "text", text }],
    content: { kind: "TEXT" },
    intent: "publish",
  });
  return prisma().post.findUniqueOrThrow({ where: { id: postId }, include: { targets: true } });
}

describe("webhook events", () => {
  it("post.published goes to subscribed, enabled endpoints of the workspace, with the post's link", async () => {
    const post = await duePost("Webhooks are live");
    const target = post.targets[0]!;
    expect(await publishTarget({ targetId: target.id, revision: post.revision })).toBe("published");
    const { sent, payloads, rows } = await outbox();
    expect(sent).toEqual([["all", "post.published"]]);
    const published = await prisma().postTarget.findUniqueOrThrow({ where: { id: target.id } });
    expect(payloads[0]).toMatchObject({
      id: rows[0]!.eventId,
      type: "post.published",
      workspace_id: owner.workspaceId,
      data: {
        post_id: post.id,
        target_id: target.id,
        channel_id: channels[0]!.id,
        channel_name: channels[0]!.name,
        state: "PUBLISHED",
        linkedin_urn: published.linkedInUrn,
        linkedin_url: linkedInPostUrl(published.linkedInUrn!),
        error_code: null,
        error: null,
        retry_at: null,
      },
    });
    expect(rows[0]).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("post.retry_scheduled for a quota wait, with retry_at; post.failed with the reason", async () => {
    await linkedin.control("/_sandbox/faults", dailyQuotaFault("^/rest/posts$"));
    const limited = await duePost("Quota");
    expect(await publishTarget({ targetId: limited.targets[0]!.id, revision: limited.revision })).toBe(
      "retry",
    );
    const waiting = await prisma().postTarget.findUniqueOrThrow({ where: { id: limited.targets[0]!.id } });
    let { sent, payloads } = await outbox();
    expect(sent).toEqual([["all", "post.retry_scheduled"]]);
    expect(payloads[0]!.data).toMatchObject({
      state: "RETRY_WAIT",
      error_code: "RATE_LIMITED",
      retry_at: waiting.nextAttemptAt!.toISOString(),
      linkedin_url: null,
    });
    expect(waiting.nextAttemptAt!.toISOString()).toMatch(/T00:00:00\.000Z$/);

    await prisma().webhookDelivery.deleteMany({});
    await linkedin.control("/_sandbox/faults", {
      method: "POST",
      path: "^/rest/posts$",
      status: 403,
      times: 1,
      body: { status: 403, code: "ACCESS_DENIED", message: "Not enough permissions to create this post." },
    });
    const refused = await duePost("Refused");
    expect(await publishTarget({ targetId: refused.targets[0]!.id, revision: refused.revision })).toBe(
      "failed",
    );
    ({ sent, payloads } = await outbox());
    expect(sent).toEqual([["all", "post.failed"]]);
    expect(payloads[0]!.data).toMatchObject({
      target_id: refused.targets[0]!.id,
      state: "FAILED",
      error_code: "PERMISSION",
      error: expect.any(String),
      retry_at: null,
    });
  });

  it("records nothing for a move that did not happen or was rolled back", async () => {
    const post = await duePost("Not moved");
    const targetId = post.targets[0]!.id;
    expect(await moveTarget({ targetId, from: ["CLAIMED"], to: "PUBLISHED" })).toBe(false);
    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        expect(
          await moveTargetIn(
            tx,
            { targetId, from: ["SCHEDULED"], to: "FAILED", data: { lastError: "x" } },
            new WebhookOutbox(),
          ),
        ).toBe(true);
        throw new Error("the rest of the change failed");
      }),
    ).rejects.toThrow("the rest of the change failed");
    expect((await outbox()).sent).toEqual([]);
    expect((await prisma().postTarget.findUniqueOrThrow({ where: { id: targetId } })).state).toBe(
      "SCHEDULED",
    );
  });

  it("channel.expiring per channel as access nears its end, once per threshold", async () => {
    await linkedin.advanceDays(365 - 13);
    expect(await sendExpiryWarnings()).toEqual({ warned: 1 });
    const { sent, payloads } = await outbox();
    expect(sent).toEqual([
      ["all", "channel.expiring"],
      ["channelsOnly", "channel.expiring"],
      ["all", "channel.expiring"],
      ["channelsOnly", "channel.expiring"],
    ]);
    expect(new Set(payloads.map((payload) => (payload.data as { channel_id: string }).channel_id))).toEqual(
      new Set(channels.map((channel) => channel.id)),
    );
    expect(payloads[0]!.data).toMatchObject({
      author_urn: expect.stringMatching(/^urn:li:organization:/),
      days_left: 13,
    });
    // The same event for both endpoints has the same id; each channel its own.
    expect(payloads[0]!.id).toBe(payloads[1]!.id);
    expect(payloads[0]!.id).not.toBe(payloads[2]!.id);
    expect(await sendExpiryWarnings()).toEqual({ warned: 0 });
    expect((await outbox()).sent).toHaveLength(4);
  });

  it("channel.disconnected when a channel is disconnected, once; and when LinkedIn refuses the sign-in", async () => {
    await disconnectChannel({ workspaceId: owner.workspaceId, channelId: channels[0]!.id });
    let { sent, payloads } = await outbox();
    expect(sent).toEqual([
      ["all", "channel.disconnected"],
      ["channelsOnly", "channel.disconnected"],
    ]);
    expect(payloads[0]!.data).toEqual({
      channel_id: channels[0]!.id,
      channel_name: channels[0]!.name,
      author_urn: channels[0]!.authorUrn,
      status: "DISCONNECTED",
      reason: "The channel was disconnected. Reconnect it to publish.",
    });
    await disconnectChannel({ workspaceId: owner.workspaceId, channelId: channels[0]!.id });
    expect((await outbox()).sent).toHaveLength(2);

    await prisma().webhookDelivery.deleteMany({});
    // What the publishing engine and the token refresh call when LinkedIn refuses the token.
    const { connectionId } = await prisma().channel.findUniqueOrThrow({ where: { id: channels[1]!.id } });
    await markConnectionNeedsReconnect({ connectionId: connectionId!, reason: "LinkedIn access expired." });
    await markConnectionNeedsReconnect({ connectionId: connectionId!, reason: "LinkedIn access expired." });
    ({ sent, payloads } = await outbox());
    expect(sent).toEqual([
      ["all", "channel.disconnected"],
      ["channelsOnly", "channel.disconnected"],
    ]);
    // Only the channel that was still healthy (the other one was disconnected above), and once.
    expect(payloads[0]!.data).toEqual({
      channel_id: channels[1]!.id,
      channel_name: channels[1]!.name,
      author_urn: channels[1]!.authorUrn,
      status: "NEEDS_RECONNECT",
      reason: "LinkedIn access expired.",
    });
  });
});
