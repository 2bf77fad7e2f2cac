// Which posts a channel has on LinkedIn: the ones Cadence published, and the author's earlier or
// outside-Cadence posts found with the author finder (doc §7.3), so a new user sees the Page's
// history on the first day. Only PUBLISHED posts inside LinkedIn's 12-month statistics window.
import { getDb } from "@/lib/db";
import type { ContentKind } from "@/lib/generated/prisma/enums";
import { findPostsByAuthor, type LinkedInClient } from "@/lib/linkedin";
import { commentaryToPlainText, type CommentaryDocument } from "@/lib/linkedin/commentary";
import type { LinkedInPost } from "@/lib/linkedin/posts/map-post";
import type { OrganizationUrn } from "@/lib/linkedin/urns";
import type { AnalyticsPostRow } from "@/lib/analytics/analytics-types";
import type { SyncPlan } from "./sync-plan";

type PostKind = AnalyticsPostRow["contentKind"];
const PAGE_SIZE = 100;
const TEXT_MAX = 3000;

const CADENCE_KINDS: Record<ContentKind, PostKind> = {
  TEXT: "TEXT",
  IMAGE: "IMAGE",
  MULTI_IMAGE: "IMAGES",
  VIDEO: "VIDEO",
  DOCUMENT: "DOCUMENT",
  ARTICLE: "ARTICLE",
  RESHARE: "OTHER",
};

function describeLinkedInPost(post: LinkedInPost): { contentKind: PostKind; mediaUrn: string | null } {
  const content = post.content;
  if (!content) return { contentKind: "TEXT", mediaUrn: null };
  switch (content.kind) {
    case "image":
      return { contentKind: "IMAGE", mediaUrn: content.image };
    case "multiImage":
      return { contentKind: "IMAGES", mediaUrn: content.images[0]?.image ?? null };
    case "video":
      return { contentKind: "VIDEO", mediaUrn: content.video };
    case "document":
      return { contentKind: "DOCUMENT", mediaUrn: content.document };
    case "article":
      return { contentKind: "ARTICLE", mediaUrn: content.thumbnail ?? null };
    default:
      return { contentKind: "OTHER", mediaUrn: null };
  }
}

/** Cadence's own published targets on this channel get a row even if LinkedIn lists them late. */
async function recordCadencePosts(channelId: string): Promise<number> {
  const db = await getDb();
  const targets = await db.postTarget.findMany({
    where: { channelId, state: "PUBLISHED", linkedInUrn: { not: null }, channelPost: null },
    select: {
      id: true,
      linkedInUrn: true,
      publishedAt: true,
      updatedAt: true,
      post: { select: { body: true, contentKind: true } },
    },
  });
  for (const target of targets) {
    const data = {
      targetId: target.id,
      publishedAt: target.publishedAt ?? target.updatedAt,
      text: commentaryToPlainText(target.post.body as CommentaryDocument).slice(0, TEXT_MAX),
      contentKind: CADENCE_KINDS[target.post.contentKind],
    };
    await db.channelPost.upsert({
      where: { channelId_urn: { channelId, urn: target.linkedInUrn! } },
      create: { channelId, urn: target.linkedInUrn!, ...data },
      update: { targetId: target.id },
    });
  }
  return targets.length;
}

export async function syncChannelPosts(
  client: LinkedInClient,
  input: { channelId: string; author: OrganizationUrn; plan: SyncPlan },
): Promise<{ added: number }> {
  const { channelId, author, plan } = input;
  const db = await getDb();
  let added = await recordCadencePosts(channelId);
  let start: number | null = 0;
  while (start !== null) {
    const page = await findPostsByAuthor(client, { author, start, count: PAGE_SIZE, sortBy: "CREATED" });
    const inWindow = page.posts.filter(
      (post) => (post.publishedAt ?? post.createdAt).getTime() >= plan.postsFrom.getTime(),
    );
    const published = inWindow.filter((post) => post.lifecycleState === "PUBLISHED");
    const known = new Set(
      (
        await db.channelPost.findMany({
          where: { channelId, urn: { in: published.map((post) => post.urn) } },
          select: { urn: true },
        })
      ).map((row) => row.urn),
    );
    const fresh = published.filter((post) => !known.has(post.urn));
    if (fresh.length) {
      await db.channelPost.createMany({
        data: fresh.map((post) => ({
          channelId,
          urn: post.urn,
          publishedAt: post.publishedAt ?? post.createdAt,
          text: commentaryToPlainText(post.commentary).slice(0, TEXT_MAX),
          ...describeLinkedInPost(post),
        })),
        skipDuplicates: true,
      });
      added += fresh.length;
    }
    const reachedOlder = inWindow.length < page.posts.length;
    // Newest first: an hourly sync stops at the first page with nothing new; a full sync reads
    // back to the window's start, in case a post was missed.
    const caughtUp = !plan.full && fresh.length === 0;
    start = reachedOlder || caughtUp ? null : page.nextStart;
  }
  return { added };
}
