// Ties the synthetic statistics to the seeded world: an organization's share volume and follower
// growth scale with its `followerCount`, and networkSizes equals that count on REFERENCE_DAY (then
// moves with the daily gains as the sandbox clock advances).
import { memberForUrn } from "../orgs/permissions";
import { networkSize, type FollowerProfile, type OrganizationStatsProfile } from "../stats";
import type { SandboxState } from "../state";
import { findOrganization, parseOrganizationUrn } from "../world";

/** networkSize(org, REFERENCE_DAY) = the seeded followerCount. */
export const REFERENCE_DAY = Date.UTC(2026, 0, 1);

function followerCountOf(state: SandboxState, orgUrn: string): number | undefined {
  const id = parseOrganizationUrn(orgUrn);
  return id === undefined ? undefined : findOrganization(state.world, id)?.followerCount;
}

export function shareProfileFor(state: SandboxState, orgUrn: string): Partial<OrganizationStatsProfile> {
  const followers = followerCountOf(state, orgUrn);
  return followers === undefined ? {} : { baseDailyImpressions: Math.max(50, Math.round(followers * 0.08)) };
}

const followerProfiles = new Map<string, Partial<FollowerProfile>>();

export function followerProfileFor(state: SandboxState, orgUrn: string): Partial<FollowerProfile> {
  const followers = followerCountOf(state, orgUrn);
  if (followers === undefined) return {};
  const key = `${orgUrn}|${followers}`;
  const cached = followerProfiles.get(key);
  if (cached) return cached;
  // Growth since GROWTH_ANCHOR (2020) must fit inside today's audience: scale the rates down until
  // it is at most half of it, so the initial audience stays positive.
  let scale = 1;
  let growth: Partial<FollowerProfile> = {};
  let gained = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    const dailyOrganicGain = Math.max(0.05, followers * 0.0002 * scale);
    growth = {
      dailyOrganicGain,
      dailyUnfollows: dailyOrganicGain * 0.2,
      dailyPaidGain: Math.max(0.05, followers * 0.0003 * scale),
    };
    gained = networkSize(orgUrn, { now: REFERENCE_DAY, profile: { ...growth, initialFollowers: 0 } });
    if (gained <= followers * 0.5) break;
    scale *= (followers * 0.4) / gained;
  }
  const profile = { ...growth, initialFollowers: Math.max(0, followers - gained) };
  followerProfiles.set(key, profile);
  return profile;
}

/** Median lifetime impressions of a post by `author` (org: a share of its followers; members: the library default). */
export function postReachFor(state: SandboxState, author: string): number | undefined {
  const followers = followerCountOf(state, author);
  if (followers !== undefined) return Math.max(100, Math.round(followers * 0.12));
  return memberForUrn(state, author) ? 1500 : undefined;
}
