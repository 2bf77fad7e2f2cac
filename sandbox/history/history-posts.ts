// Virtual "history" posts: the year of posts a real Page already has when an integration connects,
// so an analytics sync that lists a Page's posts by author finds something on day one. They are
// generated, never stored in state.posts (the state view and snapshots keep only API-created
// posts), from (organization URN, anchor) with the seeded PRNG, where the anchor is
// state.createdAt — when the world was created or reset — so moving the clock never adds any.
// The posts store (posts/post-store.ts) and media store (media-api/media-store.ts) fall back to
// the lookups here, which is how history shows up in every read, the statistics and the feed page.
import { HISTORY_ID_BIT } from "../ids";
import { shareProfileFor } from "../statistics/org-profiles";
import { organizationStatsProfile } from "../stats/organization-share-stats";
import { hashString, rngFor } from "../stats/prng";
import type { SandboxMedia, SandboxPost, SandboxState } from "../state";
import { organizationUrn, type SandboxOrganization } from "../world";
import { historyCommentary } from "./history-commentary";
import { historyContent, pickKind } from "./history-content";
import { historyMediaBytes } from "./history-media-bytes";
import { withOverlay } from "./history-overlay";
import { historyPublicationTimes, weeklyPostRate } from "./history-schedule";

interface HistoryIndex {
  /** Organization URN → its history posts, newest first. */
  byAuthor: Map<string, SandboxPost[]>;
  posts: Map<string, SandboxPost>;
  media: Map<string, SandboxMedia>;
}

/** Share of text, image and article posts that are ugcPosts anyway (posted with other tools). */
const UGC_POST_SHARE = 0.15;
const EDITED_SHARE = 0.06;

/**
 * A 19-digit activity id like newActivityId's (`id >> 22` = creation ms) but with HISTORY_ID_BIT
 * set, so it never equals an API-created id; the other 21 bits come from the post's seed.
 */
function historyActivityId(createdAt: number, seed: string, taken: Set<string>): string {
  let low = hashString(seed) & (Number(HISTORY_ID_BIT) - 1);
  for (;;) {
    const id = ((BigInt(createdAt) << 22n) | HISTORY_ID_BIT | BigInt(low)).toString();
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
    low = (low + 1) & (Number(HISTORY_ID_BIT) - 1);
  }
}

/** Who "wrote" a Page's history (sandbox bookkeeping only): its first approved administrator. */
function historyWriter(state: SandboxState, org: SandboxOrganization): string {
  const acl = state.world.acls.find(
    (a) => a.organizationId === org.id && a.state === "APPROVED" && a.role === "ADMINISTRATOR",
  );
  return acl?.memberId ?? "";
}

function generateOrganization(
  state: SandboxState,
  org: SandboxOrganization,
  anchor: number,
  index: HistoryIndex,
  taken: Set<string>,
): void {
  const orgUrn = organizationUrn(org.id);
  const rate = weeklyPostRate(
    organizationStatsProfile(orgUrn, shareProfileFor(state, orgUrn)).postDayProbability,
  );
  const writer = historyWriter(state, org);
  const posts: SandboxPost[] = [];
  for (const publishedAt of historyPublicationTimes(org, orgUrn, anchor, rate)) {
    // Keyed by the instant, not the position in the list: another anchor keeps the same posts.
    const seed = `${orgUrn}|${publishedAt}`;
    const rng = rngFor("history-post", seed);
    const kind = pickKind(rng);
    const ugcPost = kind === "video" || kind === "multiImage" || rng.chance(UGC_POST_SHARE);
    const id = `urn:li:${ugcPost ? "ugcPost" : "share"}:${historyActivityId(publishedAt, seed, taken)}`;
    const { content, media } = historyContent(rng, org, orgUrn, seed, kind, publishedAt);
    const edited = rng.chance(EDITED_SHARE);
    const lastModifiedAt = edited
      ? Math.min(anchor - 1, publishedAt + rng.int(3, 36 * 60) * 60_000)
      : publishedAt;
    const post: SandboxPost = {
      id,
      author: orgUrn,
      commentary: historyCommentary(rng, org, kind, publishedAt),
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED", thirdPartyDistributionChannels: [] },
      ...(content ? { content } : {}),
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
      isEditedByAuthor: edited,
      createdAt: publishedAt,
      publishedAt,
      lastModifiedAt,
      createdBy: { clientId: "linkedin.com", memberId: writer },
      extra: { history: true },
    };
    posts.push(post);
    index.posts.set(id, post);
    for (const asset of media) index.media.set(asset.id, asset);
  }
  index.byAuthor.set(
    orgUrn,
    posts.sort((a, b) => b.createdAt - a.createdAt),
  );
}

/** Built once per anchor and world (a few thousand small objects); shared, never mutated. */
const indexes = new Map<string, HistoryIndex>();
const INDEX_LIMIT = 4;

function historyIndex(state: SandboxState): HistoryIndex | undefined {
  if (!state.config.history.enabled) return undefined;
  const anchor = state.createdAt;
  const key = `${anchor}|${state.world.organizations.map((o) => `${o.id}:${o.city}`).join(",")}`;
  let index = indexes.get(key);
  if (!index) {
    index = { byAuthor: new Map(), posts: new Map(), media: new Map() };
    const taken = new Set<string>();
    for (const org of state.world.organizations) generateOrganization(state, org, anchor, index, taken);
    indexes.set(key, index);
    if (indexes.size > INDEX_LIMIT) indexes.delete(indexes.keys().next().value!);
  }
  return index;
}

/** The organization's live history posts, newest first (empty for members or with history off). */
export function historyPostsOf(state: SandboxState, author: string): SandboxPost[] {
  const posts = historyIndex(state)?.byAuthor.get(author) ?? [];
  return posts.map((p) => withOverlay(state, p)).filter((p) => p.deletedAt === undefined);
}

/** A history post by URN (deleted ones too: check `deletedAt`), as a copy the caller may change. */
export function findHistoryPost(state: SandboxState, urn: string): SandboxPost | undefined {
  const post = historyIndex(state)?.posts.get(urn);
  return post && withOverlay(state, post);
}

export function isHistoryMedia(media: Pick<SandboxMedia, "extra">): boolean {
  return media.extra?.history === true;
}

/** An asset used by a history post, AVAILABLE, with its real size (bytes are drawn on demand). */
export function findHistoryMedia(state: SandboxState, urn: string): SandboxMedia | undefined {
  const media = historyIndex(state)?.media.get(urn);
  if (!media?.info) return undefined;
  const sizeBytes = historyMediaBytes(media, "main")?.length ?? 0;
  return { ...media, info: { ...media.info, sizeBytes } };
}
