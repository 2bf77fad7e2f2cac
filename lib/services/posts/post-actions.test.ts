import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { cancelPost } from "@/lib/services/posts/cancel-post";
import { listPosts } from "@/lib/services/posts/list-posts";
import { publishNow } from "@/lib/services/posts/publish-now";
import { retryTargets } from "@/lib/services/posts/retry-targets";
import { savePost } from "@/lib/services/posts/save-post";
import type { Wake } from "@/lib/services/publishing/wake-targets";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

// The queue is not under test: record what would have been woken up.
const woken = vi.hoisted(() => ({ targets: [] as Wake[], posts: [] as string[] }));
vi.mock("@/lib/services/publishing/wake-targets", () => ({
  wakeTargets: async (wakes: Wake[]) => void woken.targets.push(...wakes),
  wakePost: async (postId: string) => void woken.posts.push(postId),
}));

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let ctx: { workspaceId: string; userId: string };
let other: { workspaceId: string; userId: string };
let channels: string[];
const HOUR = 3_600_000;
const body = [{ type: "text" as const, text: "Launch day" }];

async function draft(channelIds = channels, text = body) {
  return (await savePost({ ...ctx, channelIds, body: text, content: { kind: "TEXT" }, intent: "draft" }))
    .postId;
}

/** A post due at `scheduledAt` whose targets (in channel order) are in `states`. */
async function postIn(states: TargetState[], scheduledAt = new Date(Date.now() - HOUR)) {
  const postId = await draft(channels.slice(0, states.length));
  await prisma().post.update({ where: { id: postId }, data: { status: "SCHEDULED", scheduledAt } });
  const targets = await prisma().postTarget.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });
  for (const [index, state] of states.entries())
    await prisma().postTarget.update({
      where: { id: targets[index]!.id },
      data: {
        state,
        attempts: state === "FAILED" || state === "RETRY_WAIT" ? 3 : 0,
        lastError: state === "FAILED" ? "Commentary is too long" : null,
        lastErrorCode: state === "FAILED" ? "VALIDATION" : state === "PAUSED" ? "TOKEN_INVALID" : null,
        linkedInUrn: state === "PUBLISHED" ? `urn:li:share:${index + 1}` : null,
        publishedAt: state === "PUBLISHED" ? new Date(Date.now() - 2 * HOUR) : null,
      },
    });
  return postId;
}

async function snapshot(postId: string) {
  return prisma().post.findUnique({
    where: { id: postId },
    include: { targets: { orderBy: { createdAt: "asc" }, include: { events: true } } },
  });
}

async function withChannelStatus<T>(channelId: string, status: "NEEDS_RECONNECT", run: () => Promise<T>) {
  await prisma().channel.update({ where: { id: channelId }, data: { status } });
  try {
    return await run();
  } finally {
    await prisma().channel.update({ where: { id: channelId }, data: { status: "HEALTHY" } });
  }
}

beforeAll(async () => {
  const a = await createUser({ name: "Ines", email: "ines@example.com", password: "ines-password" });
  const b = await createUser({ name: "Ugo", email: "ugo@example.com", password: "ugo-password" });
  ctx = { workspaceId: a.workspace.id, userId: a.user.id };
  other = { workspaceId: b.workspace.id, userId: b.user.id };
  channels = await Promise.all(
    [1, 2, 3].map(
      async (n) =>
        (
          await prisma().channel.create({
            data: {
              workspaceId: ctx.workspaceId,
              kind: "ORGANIZATION",
              authorUrn: `urn:li:organization:${n}`,
              name: `Page ${n}`,
            },
          })
        ).id,
    ),
  );
});

beforeEach(() => {
  woken.targets.length = 0;
  woken.posts.length = 0;
});

describe("retryTargets", () => {
  it("reschedules only the failed targets, due now, and never touches a published one", async () => {
    const postId = await postIn(["PUBLISHED", "FAILED", "PAUSED"]);
    const before = await snapshot(postId);
    const now = new Date();

    expect(await retryTargets({ ...ctx, postId, now })).toEqual({ retried: 2 });

    const after = await snapshot(postId);
    expect(after!.targets[0]).toEqual(before!.targets[0]);
    for (const target of after!.targets.slice(1))
      expect(target).toMatchObject({
        state: "SCHEDULED",
        attempts: 0,
        nextAttemptAt: null,
        lastError: null,
        lastErrorCode: null,
      });
    expect(after!.targets.slice(1).map((t) => t.events.map((e) => [e.fromState, e.toState]))).toEqual([
      [["FAILED", "SCHEDULED"]],
      [["PAUSED", "SCHEDULED"]],
    ]);
    // Same revision (the post did not change), same past time, woken now.
    expect(after).toMatchObject({ revision: before!.revision, scheduledAt: before!.scheduledAt });
    expect(after!.status).toBe("PARTIALLY_PUBLISHED");
    expect(woken.targets).toEqual(
      after!.targets.slice(1).map((t) => ({ targetId: t.id, revision: before!.revision, at: now })),
    );
  });

  it("keeps a time still to come, and wakes the targets then", async () => {
    const later = new Date(Date.now() + 5 * HOUR);
    const postId = await postIn(["FAILED"], later);
    await retryTargets({ ...ctx, postId });
    const after = await snapshot(postId);
    expect(after!.scheduledAt).toEqual(later);
    expect(woken.targets).toEqual([{ targetId: after!.targets[0]!.id, revision: 1, at: later }]);
  });

  it("retries only the targets asked for", async () => {
    const postId = await postIn(["FAILED", "FAILED"]);
    const [first, second] = (await snapshot(postId))!.targets;
    expect(await retryTargets({ ...ctx, postId, targetIds: [second!.id] })).toEqual({ retried: 1 });
    const after = await snapshot(postId);
    expect(after!.targets.map((t) => t.state)).toEqual(["FAILED", "SCHEDULED"]);
    expect(after!.targets[0]).toEqual(first);
  });

  it("leaves a paused target alone until its channel is reconnected", async () => {
    const postId = await postIn(["PAUSED"]);
    const before = await snapshot(postId);
    await withChannelStatus(channels[0]!, "NEEDS_RECONNECT", async () => {
      await expect(retryTargets({ ...ctx, postId })).rejects.toMatchObject({
        code: "CONFLICT",
        message: "Reconnect Page 1 first, then retry.",
      });
    });
    expect(await snapshot(postId)).toEqual(before);
    expect(woken.targets).toEqual([]);
  });

  it.each([["PUBLISHED", "SCHEDULED"] as TargetState[], ["RETRY_WAIT", "CREATING_POST"] as TargetState[]])(
    "answers 'Nothing to retry.' for %s + %s, changing nothing",
    async (...states) => {
      const postId = await postIn(states);
      const before = await snapshot(postId);
      await expect(retryTargets({ ...ctx, postId })).rejects.toMatchObject({
        code: "CONFLICT",
        message: "Nothing to retry.",
      });
      expect(await snapshot(postId)).toEqual(before);
    },
  );
});

describe("publishNow", () => {
  it("makes a draft due now with a new revision, then wakes it", async () => {
    const postId = await draft(channels.slice(0, 2));
    const now = new Date();
    expect(await publishNow({ ...ctx, postId, now })).toEqual({ scheduledAt: now, targets: 2 });
    const after = await snapshot(postId);
    expect(after).toMatchObject({ status: "SCHEDULED", scheduledAt: now, revision: 2 });
    expect(after!.targets.map((t) => [t.state, t.events.map((e) => [e.fromState, e.toState])])).toEqual([
      ["SCHEDULED", [["DRAFT", "SCHEDULED"]]],
      ["SCHEDULED", [["DRAFT", "SCHEDULED"]]],
    ]);
    expect(woken.posts).toEqual([postId]);
  });

  it("brings a scheduled post forward", async () => {
    const postId = await postIn(["SCHEDULED"], new Date(Date.now() + 24 * HOUR));
    const now = new Date();
    await publishNow({ ...ctx, postId, now });
    expect(await snapshot(postId)).toMatchObject({ scheduledAt: now, revision: 2, status: "SCHEDULED" });
  });

  it("refuses a post with nothing to say", async () => {
    const postId = await draft(channels.slice(0, 1), []);
    const before = await snapshot(postId);
    await expect(publishNow({ ...ctx, postId })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Write something or add media first.",
    });
    expect(await snapshot(postId)).toEqual(before);
    expect(woken.posts).toEqual([]);
  });

  it("asks to reconnect a channel that needs it first", async () => {
    const postId = await draft(channels.slice(0, 2));
    const before = await snapshot(postId);
    await withChannelStatus(channels[1]!, "NEEDS_RECONNECT", async () => {
      await expect(publishNow({ ...ctx, postId })).rejects.toMatchObject({
        code: "CONFLICT",
        message: "Reconnect Page 2 first.",
      });
    });
    expect(await snapshot(postId)).toEqual(before);
  });

  it.each([["PUBLISHED", "FAILED"] as TargetState[], ["CLAIMED"] as TargetState[]])(
    "refuses a post that is not a draft or scheduled (%s)",
    async (...states) => {
      const postId = await postIn(states);
      await prisma().post.update({ where: { id: postId }, data: { status: "PARTIALLY_PUBLISHED" } });
      const before = await snapshot(postId);
      await expect(publishNow({ ...ctx, postId })).rejects.toMatchObject({ code: "CONFLICT" });
      expect(await snapshot(postId)).toEqual(before);
    },
  );
});

describe("cancelPost", () => {
  it("cancels what has not gone out, bumps the revision and makes the post a draft again", async () => {
    const postId = await postIn(["SCHEDULED", "RETRY_WAIT", "FAILED"]);
    expect(await cancelPost({ ...ctx, postId })).toEqual({ cancelled: 2, published: 0 });
    const after = await snapshot(postId);
    expect(after).toMatchObject({ status: "DRAFT", revision: 2 });
    expect(after!.targets.map((t) => [t.state, t.events.map((e) => [e.fromState, e.toState])])).toEqual([
      ["CANCELLED", [["SCHEDULED", "CANCELLED"]]],
      ["CANCELLED", [["RETRY_WAIT", "CANCELLED"]]],
      ["FAILED", []],
    ]);
  });

  it("keeps what is already on LinkedIn", async () => {
    const postId = await postIn(["PUBLISHED", "PAUSED"]);
    expect(await cancelPost({ ...ctx, postId })).toEqual({ cancelled: 1, published: 1 });
    const after = await snapshot(postId);
    expect(after!.targets.map((t) => [t.state, t.linkedInUrn])).toEqual([
      ["PUBLISHED", "urn:li:share:1"],
      ["CANCELLED", null],
    ]);
    expect(after!.status).toBe("PUBLISHED");
  });

  it.each(["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST", "OUTCOME_UNKNOWN"] as const)(
    "refuses while a target is %s, writing nothing",
    async (state) => {
      const postId = await postIn(["SCHEDULED", state]);
      const before = await snapshot(postId);
      await expect(cancelPost({ ...ctx, postId })).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("being published right now"),
      });
      expect(await snapshot(postId)).toEqual(before);
    },
  );

  it("answers 'Nothing to cancel.' when everything went out", async () => {
    const postId = await postIn(["PUBLISHED"]);
    await expect(cancelPost({ ...ctx, postId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Nothing to cancel.",
    });
  });
});

describe("another workspace's post", () => {
  it.each([
    ["retryTargets", (postId: string) => retryTargets({ ...other, postId })],
    ["publishNow", (postId: string) => publishNow({ ...other, postId })],
    ["cancelPost", (postId: string) => cancelPost({ ...other, postId })],
  ] as const)("%s answers NOT_FOUND and changes nothing", async (_name, act) => {
    const postId = await postIn(["FAILED", "SCHEDULED"]);
    const before = await snapshot(postId);
    await expect(act(postId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(postId)).toEqual(before);
    expect(woken).toEqual({ targets: [], posts: [] });
  });
});

describe("listPosts filters", () => {
  it("filters by target state, 'needs-attention' and channel, and links published targets", async () => {
    const failed = await postIn(["PUBLISHED", "FAILED"]);
    const waiting = await postIn(["SCHEDULED", "RETRY_WAIT"]);
    const scheduled = await postIn(["SCHEDULED"]);
    const ids = async (options: Omit<Parameters<typeof listPosts>[0], "workspaceId">) =>
      (await listPosts({ ...ctx, ...options }))
        .map((post) => post.id)
        .filter((id) => [failed, waiting, scheduled].includes(id));

    expect(await ids({ states: "needs-attention" })).toEqual(expect.arrayContaining([failed, waiting]));
    expect(await ids({ states: "needs-attention" })).not.toContain(scheduled);
    expect(await ids({ states: ["PUBLISHED"] })).toEqual([failed]);
    expect((await ids({ states: ["SCHEDULED"] })).sort()).toEqual([waiting, scheduled].sort());
    expect(await ids({ channelId: channels[1] })).toEqual(expect.arrayContaining([failed, waiting]));
    expect(await ids({ channelId: channels[1] })).not.toContain(scheduled);
    expect(await ids({ states: ["SCHEDULED"], channelId: channels[1] })).toEqual([]);

    const [post] = await listPosts({ ...ctx, states: ["PUBLISHED"], channelId: channels[0] });
    const published = post!.targets.find((t) => t.state === "PUBLISHED")!;
    expect(published.url).toMatch(/\/feed\/update\/urn%3Ali%3Ashare%3A1$/);
    expect(post!.targets.find((t) => t.state === "FAILED")).toMatchObject({
      url: null,
      attempts: 3,
      lastError: "Commentary is too long",
      lastErrorCode: "VALIDATION",
      nextAttemptAt: null,
      publishedAt: null,
    });
    expect(await listPosts({ ...other, states: "needs-attention" })).toEqual([]);
  });
});
