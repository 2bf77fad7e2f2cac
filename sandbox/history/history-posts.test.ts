// Unit tests of the history generator: rates, anchoring, ids that cannot collide with API ids,
// and commentary that is valid little text for every seeded Page.
import { describe, expect, it } from "vitest";
import { HISTORY_ID_BIT, newActivityId } from "../ids";
import { parseLittleText } from "../posts/little-text";
import { createState } from "../state";
import { organizationUrn } from "../world";
import { historyPostsOf } from "./history-posts";
import { HISTORY_SPAN_MS, weeklyPostRate } from "./history-schedule";

const ANCHOR = Date.UTC(2026, 10, 16, 9, 30);
const WEEK_MS = 7 * 86_400_000;
const idBits = (urn: string) => BigInt(urn.slice(urn.lastIndexOf(":") + 1));

describe("history generator", () => {
  it("every seeded Page posts 1–5 times a week over the 12 months before the anchor", () => {
    const state = createState({ now: ANCHOR });
    const rates = state.world.organizations.map((org) => {
      const posts = historyPostsOf(state, organizationUrn(org.id));
      for (const post of posts) {
        expect(post.createdAt).toBeLessThan(ANCHOR);
        expect(post.createdAt).toBeGreaterThanOrEqual(ANCHOR - HISTORY_SPAN_MS);
        expect(post.lastModifiedAt).toBeLessThan(ANCHOR);
      }
      return posts.length / (HISTORY_SPAN_MS / WEEK_MS);
    });
    for (const rate of rates) {
      expect(rate).toBeGreaterThan(0.6);
      expect(rate).toBeLessThan(5.5);
    }
    // Pages differ.
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(2);
    expect(weeklyPostRate(0)).toBe(1);
    expect(weeklyPostRate(1)).toBe(5);
  });

  it("depends only on the anchor: the same posts where two anchors overlap, none after the anchor", () => {
    const a = historyPostsOf(createState({ now: ANCHOR }), organizationUrn(5515001));
    const b = historyPostsOf(createState({ now: ANCHOR - 30 * 86_400_000 }), organizationUrn(5515001));
    const overlap = (posts: typeof a) =>
      posts.filter((p) => p.createdAt < ANCHOR - 30 * 86_400_000 && p.createdAt >= ANCHOR - HISTORY_SPAN_MS);
    expect(overlap(b).map((p) => p.id)).toEqual(overlap(a).map((p) => p.id));
    expect(overlap(b).map((p) => p.commentary)).toEqual(overlap(a).map((p) => p.commentary));
  });

  it("ids carry the history bit, which API-created ids never have", () => {
    const state = createState({ now: ANCHOR });
    for (const org of state.world.organizations) {
      for (const post of historyPostsOf(state, organizationUrn(org.id))) {
        expect(post.id).toMatch(/^urn:li:(share|ugcPost):\d{19}$/);
        expect(idBits(post.id) & HISTORY_ID_BIT).toBe(HISTORY_ID_BIT);
        expect(Number(idBits(post.id) >> 22n)).toBe(post.createdAt);
      }
    }
    state.seq.counter = Number(HISTORY_ID_BIT) - 2;
    for (let i = 0; i < 4; i++) expect(BigInt(newActivityId(state)) & HISTORY_ID_BIT).toBe(0n);
  });

  it("commentary is clean little text with hashtags, mostly posted on weekdays at office hours", () => {
    const state = createState({ now: ANCHOR });
    const hours = new Map<number, number>();
    let weekend = 0;
    let total = 0;
    for (const org of state.world.organizations) {
      const commentaries = new Set<string>();
      for (const post of historyPostsOf(state, organizationUrn(org.id))) {
        const parsed = parseLittleText(post.commentary);
        expect(parsed.problems).toEqual([]);
        expect(parsed.nodes.some((n) => n.kind === "hashtag")).toBe(true);
        commentaries.add(post.commentary);
        const at = new Date(post.createdAt);
        if (at.getUTCDay() === 0 || at.getUTCDay() === 6) weekend++;
        hours.set(at.getUTCHours(), (hours.get(at.getUTCHours()) ?? 0) + 1);
        total++;
      }
      // Varied copy, not one sentence over and over.
      expect(commentaries.size).toBeGreaterThan(20);
    }
    expect(weekend / total).toBeLessThan(0.15);
    // Night hours in the Americas (UTC 03:00–09:59) stay empty.
    for (let h = 3; h <= 9; h++) expect(hours.get(h) ?? 0).toBe(0);
  });
});
