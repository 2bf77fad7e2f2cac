// Contract: the rest of the Posts API against the sandbox in-process (doc §7.3–§7.5, §13.5):
// duplicates, no blind retries, preflight refusals, permission errors, finder paging,
// reconciliation after an unknown outcome, partial update and delete.
import { describe, expect, it } from "vitest";
import type { CommentaryDocument } from "../commentary/commentary-schema";
import {
  LinkedInDuplicateError,
  LinkedInNotFoundError,
  LinkedInPermissionError,
  LinkedInTransientError,
} from "../errors/linkedin-errors";
import { LinkedInPreflightError } from "../errors/preflight-error";
import { clockedClient, failure, feedPage, NORTHWIND, shownCommentary } from "../testing/contract-helpers";
import { setupLinkedInSandbox, TEST_NOW } from "../testing/linkedin-sandbox";
import { createPost } from "./create-post";
import { deletePost } from "./delete-post";
import { findPostsByAuthor } from "./find-posts-by-author";
import { findRecentPostByCommentary } from "./find-recent-post-by-commentary";
import { getPost } from "./get-post";
import type { CreatePostInput } from "./post-input";
import { updatePost } from "./update-post";

const sandbox = setupLinkedInSandbox();
const text = (value: string): CommentaryDocument => [{ type: "text", text: value }];

describe("errors", () => {
  it("a duplicate → LinkedInDuplicateError with the existing URN, not retried", async () => {
    const { client } = await clockedClient(sandbox);
    const input: CreatePostInput = { author: NORTHWIND, commentary: text("Same words twice") };
    const { urn } = await createPost(client, input);
    const error = await failure(createPost(client, input));
    expect(error).toBeInstanceOf(LinkedInDuplicateError);
    expect(error).toMatchObject({ existingUrn: urn, status: 422, retryable: false });
    expect((await sandbox.calls("POST /rest/posts"))?.statuses).toEqual({ "201": 1, "422": 1 });
  });

  it("a 500 is never retried: one call, a transient error for the caller to reconcile", async () => {
    const { client } = await clockedClient(sandbox);
    await sandbox.addFault({ method: "POST", path: "^/rest/posts$", status: 500, times: 1 });
    expect(await failure(createPost(client, { author: NORTHWIND, commentary: text("x") }))).toBeInstanceOf(
      LinkedInTransientError,
    );
    expect((await sandbox.calls("POST /rest/posts"))?.total).toBe(1);
  });

  it("limits are checked before sending: nothing reaches LinkedIn", async () => {
    const { client } = await clockedClient(sandbox);
    const image = "urn:li:image:C4E10AQabc" as const;
    const tooLong = text("x".repeat(3001));
    const error = await failure(
      createPost(client, {
        author: NORTHWIND,
        commentary: tooLong,
        visibility: "CONNECTIONS",
        content: { kind: "multiImage", images: [{ image, altText: "a".repeat(5000) }] },
      }),
    );
    expect(error).toBeInstanceOf(LinkedInPreflightError);
    expect((error as LinkedInPreflightError).problems.map((p) => p.field)).toEqual([
      "visibility",
      "commentary",
      "content.images",
      "content.images[0].altText",
    ]);
    expect(await sandbox.calls("POST /rest/posts")).toBeUndefined();
  });

  it("posting as a Page without a posting role → permission error naming the role", async () => {
    const { client } = await clockedClient(sandbox);
    const error = await failure(
      createPost(client, { author: "urn:li:organization:5515004", commentary: text("Not allowed") }),
    );
    expect(error).toBeInstanceOf(LinkedInPermissionError);
    expect(error).toMatchObject({ reason: "role" });
  });
});

describe("finding, updating and deleting", () => {
  it("pages through an author's posts newest first", async () => {
    const { client } = await clockedClient(sandbox);
    const urns = [];
    for (let i = 0; i < 5; i++) {
      urns.push((await createPost(client, { author: NORTHWIND, commentary: text(`Post ${i}`) })).urn);
      await sandbox.advanceClock(60_000);
    }
    const first = await findPostsByAuthor(client, { author: NORTHWIND, count: 2 });
    expect(first.posts.map((p) => p.urn)).toEqual([urns[4], urns[3]]);
    expect(first).toMatchObject({ start: 0, nextStart: 2, total: 5 });
    const last = await findPostsByAuthor(client, { author: NORTHWIND, count: 2, start: 4 });
    expect(last.posts.map((p) => p.urn)).toEqual([urns[0]]);
    expect(last.nextStart).toBeNull();
  });

  it("reconciles an unknown outcome: finds the post by its commentary since the attempt", async () => {
    const { client } = await clockedClient(sandbox);
    const commentary: CommentaryDocument = [
      { type: "text", text: "Launch (finally) " },
      { type: "hashtag", tag: "launch" },
    ];
    await createPost(client, { author: NORTHWIND, commentary: text("older") });
    await sandbox.advanceClock(3_600_000);
    const since = new Date(TEST_NOW + 3_600_000);
    const { urn } = await createPost(client, { author: NORTHWIND, commentary });
    for (let i = 0; i < 3; i++)
      await createPost(client, { author: NORTHWIND, commentary: text(`later ${i}`) });

    const found = await findRecentPostByCommentary(client, {
      author: NORTHWIND,
      commentary,
      since,
      maxPosts: 10,
    });
    expect(found?.urn).toBe(urn);
    // Same words with other content, or an attempt after the post: not it.
    const image = "urn:li:image:C4E10AQnope" as const;
    expect(
      await findRecentPostByCommentary(client, {
        author: NORTHWIND,
        commentary,
        since,
        content: { kind: "image", image },
      }),
    ).toBeNull();
    expect(
      await findRecentPostByCommentary(client, {
        author: NORTHWIND,
        commentary: text("older"),
        since,
        clockSkewMs: 0,
      }),
    ).toBeNull();
  });

  it("partially updates the commentary, then deletes", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn } = await createPost(client, { author: NORTHWIND, commentary: text("Frist post") });
    await sandbox.advanceClock(60_000);
    const fixed: CommentaryDocument = [
      { type: "text", text: "First post (fixed) " },
      { type: "hashtag", tag: "typo" },
    ];
    await updatePost(client, { urn, commentary: fixed, author: NORTHWIND });
    const post = await getPost(client, urn);
    expect(post).toMatchObject({
      commentary: fixed,
      isEdited: true,
      lastModifiedAt: new Date(TEST_NOW + 60_000),
    });
    expect(shownCommentary((await feedPage(sandbox, urn)).html)).toBe("First post (fixed) #typo");

    expect(await deletePost(client, { urn, author: NORTHWIND })).toBe("deleted");
    expect(await failure(getPost(client, urn))).toBeInstanceOf(LinkedInNotFoundError);
    expect(await deletePost(client, { urn })).toBe("already_gone");
  });
});
