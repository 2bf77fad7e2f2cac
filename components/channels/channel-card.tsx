"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BarChart3, PlugZap, RefreshCw, Unplug } from "lucide-react";
import { toast } from "sonner";
import { ChannelAvatar } from "@/components/channels/channel-avatar";
import { channelHealth, type ChannelView } from "@/components/channels/channel-health";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { disconnectChannelAction } from "@/lib/actions/channels/disconnect-channel-action";
import { testChannelAction } from "@/lib/actions/channels/test-channel-action";
import { queryKeys } from "@/lib/query-keys";
import { formatRelative } from "@/lib/utils/format-time";

export function ChannelCard({
  channel,
  workspaceId,
  canManage,
}: {
  channel: ChannelView;
  workspaceId: string;
  canManage: boolean;
}) {
  const queryClient = useQueryClient();
  const health = channelHealth(channel);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.channels.all(workspaceId) });

  const test = useMutation({
    mutationFn: async () => {
      const result = await testChannelAction({ channelId: channel.id });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onSuccess: (outcome) => (outcome.ok ? toast.success(outcome.message) : toast.error(outcome.message)),
    onError: (error) => toast.error(error.message),
    onSettled: refresh,
  });
  const disconnect = useMutation({
    mutationFn: async () => {
      const result = await disconnectChannelAction({ channelId: channel.id });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onSuccess: ({ name, pausedTargets }) =>
      toast.success(
        `${name} disconnected${pausedTargets ? `; ${pausedTargets} scheduled post(s) paused` : ""}.`,
      ),
    onError: (error) => toast.error(error.message),
    onSettled: refresh,
  });

  const connected = channel.status !== "DISCONNECTED" && channel.connection;
  return (
    <li
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="channel-card"
      aria-label={channel.name}
    >
      <div className="flex items-start gap-3">
        <ChannelAvatar name={channel.name} logoUrl={channel.logoUrl} kind={channel.kind} />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="truncate text-sm font-semibold text-slate-900">{channel.name}</h2>
            <Badge tone={health.tone}>{health.label}</Badge>
          </div>
          <p className="mt-0.5 text-xs text-slate-500">
            {channel.kind === "ORGANIZATION" ? "LinkedIn Page" : "LinkedIn profile"}
            {channel.vanityName ? ` · linkedin.com/company/${channel.vanityName}` : ""}
            {channel.connection ? ` · via ${channel.connection.memberName}` : ""}
          </p>
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-600">{health.detail}</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-xs">
        <dt className="text-slate-500">Role</dt>
        <dd className="text-slate-800">
          {channel.role ? channel.role.replaceAll("_", " ").toLowerCase() : "Profile owner"}
        </dd>
        <dt className="text-slate-500">Statistics</dt>
        <dd className="flex items-center gap-1 text-slate-800">
          <BarChart3 className="size-3" aria-hidden />
          {channel.canReadStatistics
            ? "Available"
            : channel.kind === "MEMBER"
              ? "Not for profiles"
              : "Not with this role"}
        </dd>
        <dt className="text-slate-500">Last success</dt>
        <dd className="text-slate-800">
          {channel.lastSuccessAt ? formatRelative(channel.lastSuccessAt) : "Never"}
        </dd>
        <dt className="text-slate-500">Permissions</dt>
        <dd className="break-words text-slate-800">
          {channel.connection?.grantedScopes.join(", ") || "None"}
        </dd>
        {channel.lastError && (
          <>
            <dt className="text-slate-500">Last error</dt>
            <dd className="text-red-700">{channel.lastError}</dd>
          </>
        )}
      </dl>
      {canManage && (
        <div className="mt-4 flex flex-wrap gap-2 border-t border-slate-100 pt-4">
          {connected && (
            <Button variant="secondary" size="sm" loading={test.isPending} onClick={() => test.mutate()}>
              <PlugZap className="size-4" aria-hidden />
              Test connection
            </Button>
          )}
          <a
            href={
              channel.connection
                ? `/api/linkedin/connect?reconnect=${channel.connection.id}`
                : "/api/linkedin/connect"
            }
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            <RefreshCw className="size-4" aria-hidden />
            Reconnect
          </a>
          {connected && (
            <Button
              variant="ghost"
              size="sm"
              loading={disconnect.isPending}
              onClick={() => {
                if (
                  window.confirm(
                    `Disconnect ${channel.name}? Its scheduled posts will be paused until you reconnect.`,
                  )
                )
                  disconnect.mutate();
              }}
            >
              <Unplug className="size-4" aria-hidden />
              Disconnect
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
