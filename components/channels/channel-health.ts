// How a channel's state reads to a person: one label, one tone, one sentence.
import type { BadgeTone } from "@/components/ui/badge";
import { EXPIRY_WARNING_DAYS } from "@/lib/channels/expiry-warning-days";
import type { ChannelListItem } from "@/lib/services/channels/list-channels";
import { daysUntil, formatDate } from "@/lib/utils/format-time";
import type { Jsonify } from "@/lib/utils/json";

export type ChannelView = Jsonify<ChannelListItem>;

export function channelHealth(
  channel: ChannelView,
  now = new Date(),
): { label: string; tone: BadgeTone; detail: string } {
  if (channel.status === "DISCONNECTED" || !channel.connection) {
    return {
      label: "Disconnected",
      tone: "neutral",
      detail: channel.statusReason ?? "Cadence no longer has access. Reconnect to publish again.",
    };
  }
  if (channel.status === "NEEDS_RECONNECT") {
    return {
      label: "Needs reconnect",
      tone: "danger",
      detail:
        channel.statusReason ??
        "LinkedIn no longer accepts Cadence's access. Reconnect to resume publishing.",
    };
  }
  const stopsAt = channel.connection.postingStopsAt;
  if (stopsAt) {
    const days = daysUntil(stopsAt, now);
    if (days < 0)
      return {
        label: "Expired",
        tone: "danger",
        detail: `Access expired on ${formatDate(stopsAt)}. Reconnect to resume publishing.`,
      };
    if (days <= EXPIRY_WARNING_DAYS[0]) {
      return {
        label: `Expires in ${days} day${days === 1 ? "" : "s"}`,
        tone: "warning",
        detail: `LinkedIn access ends on ${formatDate(stopsAt)}. Reconnect before then so scheduled posts go out.`,
      };
    }
  }
  return {
    label: "Healthy",
    tone: "success",
    detail: channel.connection.canRefresh
      ? "Access renews automatically."
      : `Access valid until ${stopsAt ? formatDate(stopsAt) : "revoked"}.`,
  };
}
