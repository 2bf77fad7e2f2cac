// Daily quotas (doc §13.4): per (app, endpoint) and per (app, member, endpoint), reset at 00:00
// UTC of the sandbox clock. Over the limit → 429 with no rate-limit headers, as on LinkedIn.
import { utcDayKey } from "../clock";
import { quotaFor } from "../config";
import { linkedinError } from "../http/errors";
import type { SandboxState } from "../state";

export const quotaExceededError = (kind: "APPLICATION" | "MEMBER") =>
  linkedinError(429, `Resource level throttle ${kind} DAY limit for calls to this resource is reached.`, {
    serviceErrorCode: 101,
    code: "TOO_MANY_REQUESTS",
  });

function rollOver(state: SandboxState): void {
  const today = utcDayKey(state.clock.now());
  if (state.usage.quotaDay !== today) {
    state.usage.quotaDay = today;
    state.usage.app = {};
    state.usage.member = {};
  }
}

/** Counts one call, or throws 429 (without counting) when the app or member limit is used up. */
export function consumeQuota(
  state: SandboxState,
  endpoint: string,
  clientId: string,
  memberId: string | null,
): void {
  rollOver(state);
  const limit = quotaFor(state.config, endpoint);
  const appKey = `${clientId} ${endpoint}`;
  const memberKey = memberId === null ? null : `${clientId} ${memberId} ${endpoint}`;
  const appCount = state.usage.app[appKey] ?? 0;
  const memberCount = memberKey === null ? 0 : (state.usage.member[memberKey] ?? 0);
  if (limit.app !== null && limit.app !== undefined && appCount >= limit.app)
    throw quotaExceededError("APPLICATION");
  if (
    memberKey !== null &&
    limit.member !== null &&
    limit.member !== undefined &&
    memberCount >= limit.member
  ) {
    throw quotaExceededError("MEMBER");
  }
  state.usage.app[appKey] = appCount + 1;
  if (memberKey !== null) state.usage.member[memberKey] = memberCount + 1;
}
