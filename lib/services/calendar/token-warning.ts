// Whether a calendar post will reach all its channels as far as LinkedIn access goes: a channel
// whose connection stops working before the post's time needs a reconnect first. A connection
// stops working when its access token expires, unless LinkedIn gave a refresh token, in which
// case the refresh job renews it and only the refresh token's own (never extended) expiry counts.
import type { ChannelStatus, ConnectionStatus, TargetState } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/utils/format-time";

/** Targets whose publishing still lies ahead: their channel must work at the post's time. */
const PENDING_STATES: readonly TargetState[] = ["DRAFT", "SCHEDULED", "RETRY_WAIT", "PAUSED"];

export type WarningTarget = {
  state: TargetState;
  channel: {
    name: string;
    status: ChannelStatus;
    connection: {
      id: string;
      status: ConnectionStatus;
      accessTokenExpiresAt: Date | null;
      refreshTokenExpiresAt: Date | null;
    } | null;
  };
};

type Problem = { kind: "disconnected" | "reconnect" | "expired" | "expires"; key: string; at?: Date };

function problemOf(target: WarningTarget, scheduledAt: Date, now: Date): Problem | null {
  const { channel } = target;
  const connection = channel.connection;
  if (!connection || channel.status === "DISCONNECTED" || connection.status === "DISCONNECTED")
    return { kind: "disconnected", key: `disconnected:${connection?.id ?? channel.name}` };
  if (channel.status === "NEEDS_RECONNECT" || connection.status === "NEEDS_RECONNECT")
    return { kind: "reconnect", key: `reconnect:${connection.id}` };
  const stopsAt = connection.refreshTokenExpiresAt ?? connection.accessTokenExpiresAt;
  if (!stopsAt || stopsAt.getTime() > scheduledAt.getTime()) return null;
  const kind = stopsAt.getTime() <= now.getTime() ? "expired" : "expires";
  return { kind, key: `${kind}:${connection.id}`, at: stopsAt };
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function sentence(problem: Problem, names: string[], timeZone: string): string {
  const whose =
    names.length === 1 ? `${names[0]}'s LinkedIn sign-in` : `The LinkedIn sign-in for ${joinNames(names)}`;
  const them = names.length === 1 ? "it" : "them";
  const date = problem.at ? formatDate(problem.at, timeZone) : "";
  switch (problem.kind) {
    case "disconnected":
      return `${joinNames(names)} ${names.length === 1 ? "is" : "are"} disconnected. Reconnect ${them} so this post goes out.`;
    case "reconnect":
      return `${whose} no longer works. Reconnect ${them} so this post goes out.`;
    case "expired":
      return `${whose} expired on ${date}. Reconnect ${them} so this post goes out.`;
    case "expires":
      return `${whose} expires on ${date}, before this post. Reconnect ${them}.`;
  }
}

/**
 * One warning for the post's channels that will not work at `scheduledAt` (grouped by
 * connection, so two Pages of one sign-in read as one sentence), or null when all will.
 */
export function tokenWarningFor({
  targets,
  scheduledAt,
  timeZone,
  now,
}: {
  targets: WarningTarget[];
  scheduledAt: Date;
  /** Dates in the warning are shown in this zone. */
  timeZone: string;
  now: Date;
}): string | null {
  const groups = new Map<string, { problem: Problem; names: string[] }>();
  for (const target of targets) {
    if (!PENDING_STATES.includes(target.state)) continue;
    const problem = problemOf(target, scheduledAt, now);
    if (!problem) continue;
    const group = groups.get(problem.key) ?? { problem, names: [] };
    group.names.push(target.channel.name);
    groups.set(problem.key, group);
  }
  if (groups.size === 0) return null;
  return [...groups.values()].map(({ problem, names }) => sentence(problem, names, timeZone)).join(" ");
}
