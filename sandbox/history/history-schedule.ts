// When a Page published its earlier posts: a weekly rate of 1–5 posts taken from the organization's
// statistics profile, spread mostly over weekdays at office hours of the Page's home city (written
// in UTC), so a weekday × hour heat-map built from the history has real structure. Every UTC day
// is drawn from its own generator keyed by (organization, day), like the synthetic statistics: a
// different anchor (a reset on a running clock) keeps the same posts on the days both cover.
import { rngFor, type Rng } from "../stats/prng";
import { DAY_MS, utcDayNumber, utcWeekday } from "../stats/utc-time";
import type { SandboxOrganization } from "../world";

/** History covers this much time before the anchor (analytics reads ~12 months back). */
export const HISTORY_SPAN_MS = 365 * DAY_MS;

/** Share of a week's posts by weekday, Monday … Sunday: busy mid-week, almost nothing at weekends. */
const WEEKDAY_SHARE = [0.2, 0.24, 0.23, 0.2, 0.1, 0.015, 0.015];
/** At most this many posts on one day (a busy launch day). */
const MAX_POSTS_PER_DAY = 3;

/** Standard-time UTC offsets of the seeded cities; other Pages get one drawn from their URN. */
const CITY_UTC_OFFSET: Record<string, number> = {
  Portland: -8,
  Pittsburgh: -5,
  Halifax: -4,
  Austin: -6,
  Madison: -6,
  Lowell: -5,
  Boston: -5,
};

/**
 * Posts a week, 1–5: Pages whose statistics profile has more post-spike days post more often
 * (`postDayProbability` spans 0.1–0.35).
 */
export function weeklyPostRate(postDayProbability: number): number {
  const rate = 1 + (4 * (postDayProbability - 0.1)) / 0.25;
  return Math.min(5, Math.max(1, Math.round(rate * 10) / 10));
}

function utcOffsetOf(org: Pick<SandboxOrganization, "city">, orgUrn: string): number {
  return CITY_UTC_OFFSET[org.city] ?? -rngFor("history-utc-offset", orgUrn).int(4, 8);
}

/** Rough northern-hemisphere daylight saving: second week of March to the first week of November. */
function isSummerTime(dayMs: number): boolean {
  const date = new Date(dayMs);
  const dayOfYear = Math.floor((dayMs - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS);
  return dayOfYear >= 68 && dayOfYear < 307;
}

/**
 * A local hour at the office: the morning slot (~9:00) most often, then lunchtime and mid
 * afternoon, now and then any working hour. Each Page leans to its own morning hour.
 */
function localHour(rng: Rng, morning: number): number {
  const r = rng.float();
  if (r < 0.45) return morning + rng.int(-1, 1);
  if (r < 0.72) return 12 + rng.int(0, 1);
  if (r < 0.9) return 15 + rng.int(0, 1);
  return rng.int(7, 18);
}

/** Publication instants (epoch ms) of the local working day starting on UTC day `day`, ascending. */
function postsOfDay(
  orgUrn: string,
  day: number,
  rate: number,
  offsetHours: number,
  morning: number,
): number[] {
  const dayMs = day * DAY_MS;
  const rng = rngFor("history-day", orgUrn, day);
  const count = Math.min(MAX_POSTS_PER_DAY, rng.poisson(rate * WEEKDAY_SHARE[utcWeekday(dayMs)]!));
  const offset = offsetHours + (isSummerTime(dayMs) ? 1 : 0);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    // The day is the Page's local working day: a late-afternoon post in Portland is early next morning UTC.
    const utcHour = localHour(rng, morning) - offset;
    // Scheduled posts go out on the quarter hour; posts made by hand at any minute.
    const minute = rng.chance(0.35) ? 15 * rng.int(0, 3) : rng.int(0, 59);
    times.push(dayMs + ((utcHour * 60 + minute) * 60 + rng.int(0, 59)) * 1000 + rng.int(0, 999));
  }
  return times.sort((a, b) => a - b);
}

/** Every publication instant in [anchor − HISTORY_SPAN_MS, anchor), ascending. */
export function historyPublicationTimes(
  org: Pick<SandboxOrganization, "city">,
  orgUrn: string,
  anchor: number,
  weeklyRate: number,
): number[] {
  const from = anchor - HISTORY_SPAN_MS;
  const offset = utcOffsetOf(org, orgUrn);
  const morning = rngFor("history-morning", orgUrn).int(8, 10);
  const times: number[] = [];
  for (let day = utcDayNumber(from) - 1; day <= utcDayNumber(anchor); day++) {
    for (const at of postsOfDay(orgUrn, day, weeklyRate, offset, morning))
      if (at >= from && at < anchor) times.push(at);
  }
  return times;
}
