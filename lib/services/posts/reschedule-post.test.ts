// Moving a post: the time and revision change together, waiting channels go back to SCHEDULED for
// the new time and are woken after the commit; every refusal leaves the database as it was.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { reschedulePost } from "@/lib/services/posts/reschedule-post";
import { savePost } from "@/lib/services/posts/save-post";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const woken = vi.hoisted(() => ({ postIds: [] as string[] }));
vi.mock("@/lib/services/publishing/wake-targets", () => ({
  wakePost: async (postId: string) => {
    woken.postIds.push(postId);
  },
}));

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let ctx: { workspaceId: string; userId: string };
let outsider: { workspaceId: string; userId: string };
let channels: string[];
const HOUR = 3_600_000;
const now = new Date("2030-03-10T08:00:00.000Z");
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

beforeAll(async () => {
  const a = await createUser({ name: "Rita", email: "rita@example.com", password: "rita-password" });
  const b = await createUser({ name: "Otto", email: "otto@example.com", password: "otto-password" });
  ctx = { workspaceId: a.workspace.id, userId: a.user.id };
  outsider = { workspaceId: b.workspace.id, userId: b.user.id };
  channels = await Promise.all(
    ["urn:li:organization:1", "urn:li:organization:2"].map(
      async (authorUrn, index) =>
        (
          await prisma().channel.create({
            data: { workspaceId: ctx.workspaceId, kind: "ORGANIZATION", authorUrn, name: `Page ${index}` },
          })
        ).id,
    ),
  );
});

beforeEach(() => {
  woken.postIds = [];
});

async function scheduled(hoursAhead = 24) {
  const { postId } = await savePost({
    ...ctx,
    channelIds: channels,
    body: [{ type: "text", text: "Quarterly update" }],
    content: { kind: "TEXT" },
    intent: "schedule",
    scheduledAt: at(hoursAhead).toISOString(),
    timeZone: "Europe/Berlin",
    now,
  });
  // Saving wakes the post too; only the reschedule's own wake-ups are counted.
  woken.postIds = [];
  return postId;
}

async function setStates(postId: string, states: TargetState[], nextAttemptAt: Date | null = null) {
  const targets = await prisma().postTarget.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });
  for (const [index, state] of states.entries())
    await prisma().postTarget.update({ where: { id: targets[index]!.id }, data: { state, nextAttemptAt } });
}

const snapshot = (postId: string) =>
  prisma().post.findUniqueOrThrow({
    where: { id: postId },
    include: { targets: { orderBy: { createdAt: "asc" }, include: { events: true } } },
  });

async function refused(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("reschedulePost", () => {
  it("moves the time, bumps the revision, returns the old time and wakes the post after", async () => {
    const postId = await scheduled(24);
    const before = await snapshot(postId);
    const result = await reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: at(48), now });
    expect(result).toEqual({
      postId,
      scheduledAt: at(48).toISOString(),
      previousScheduledAt: at(24).toISOString(),
    });
    const after = await snapshot(postId);
    expect(after.scheduledAt).toEqual(at(48));
    expect(after.revision).toBe(before.revision + 1);
    expect(after.timeZone).toBe("Europe/Berlin");
    expect(after.targets.map((target) => target.state)).toEqual(["SCHEDULED", "SCHEDULED"]);
    expect(woken.postIds).toEqual([postId]);
  });

  it("sends retrying channels back to SCHEDULED for the new time and clears their wake-up times", async () => {
    const postId = await scheduled(2);
    await setStates(postId, ["RETRY_WAIT", "SCHEDULED"], at(3));
    await prisma().post.update({ where: { id: postId }, data: { status: "PUBLISHING" } });
    await reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: at(30), now });
    const after = await snapshot(postId);
    expect(after.status).toBe("SCHEDULED");
    expect(after.targets.map((target) => [target.state, target.nextAttemptAt])).toEqual([
      ["SCHEDULED", null],
      ["SCHEDULED", null],
    ]);
    expect(after.targets[0]!.events).toEqual([
      expect.objectContaining({ fromState: "RETRY_WAIT", toState: "SCHEDULED" }),
    ]);
  });

  it("moves a partly published post, leaving its published and failed channels alone", async () => {
    const postId = await scheduled(1);
    await setStates(postId, ["PUBLISHED", "FAILED"]);
    await reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: at(5), now });
    const after = await snapshot(postId);
    expect(after.scheduledAt).toEqual(at(5));
    expect(after.targets.map((target) => target.state)).toEqual(["PUBLISHED", "FAILED"]);
  });

  it("refuses a time in the past (or now) and writes nothing", async () => {
    const postId = await scheduled();
    const before = await snapshot(postId);
    for (const when of [at(-1), now, new Date("nonsense")]) {
      const error = await refused(
        reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: when, now }),
      );
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toBe("Pick a time in the future.");
    }
    expect(await snapshot(postId)).toEqual(before);
    expect(woken.postIds).toEqual([]);
  });

  it.each([["CLAIMED"], ["UPLOADING_MEDIA"], ["CREATING_POST"], ["OUTCOME_UNKNOWN"]] as const)(
    "refuses while a channel is %s and writes nothing",
    async (state) => {
      const postId = await scheduled();
      await setStates(postId, ["SCHEDULED", state]);
      const before = await snapshot(postId);
      const error = await refused(
        reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: at(72), now }),
      );
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/being published right now/);
      expect(await snapshot(postId)).toEqual(before);
      expect(woken.postIds).toEqual([]);
    },
  );

  it("refuses a post published on every channel", async () => {
    const postId = await scheduled();
    await setStates(postId, ["PUBLISHED", "PUBLISHED"]);
    const before = await snapshot(postId);
    const error = await refused(
      reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: at(72), now }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await snapshot(postId)).toEqual(before);
  });

  it("answers another workspace's post, an archived one and an unknown id with NOT_FOUND", async () => {
    const postId = await scheduled();
    const before = await snapshot(postId);
    const foreign = await refused(
      reschedulePost({ workspaceId: outsider.workspaceId, postId, scheduledAt: at(72), now }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    expect(await snapshot(postId)).toEqual(before);

    await prisma().post.update({ where: { id: postId }, data: { status: "ARCHIVED" } });
    const archived = await refused(
      reschedulePost({ workspaceId: ctx.workspaceId, postId, scheduledAt: at(72), now }),
    );
    expect(archived.code).toBe("NOT_FOUND");
    const unknown = await refused(
      reschedulePost({ workspaceId: ctx.workspaceId, postId: "nope", scheduledAt: at(72), now }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
    expect(woken.postIds).toEqual([]);
  });
});
