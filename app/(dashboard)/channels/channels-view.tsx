"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Plus, Share2 } from "lucide-react";
import { ChannelCard } from "@/components/channels/channel-card";
import { channelHealth, type ChannelView } from "@/components/channels/channel-health";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";

type ChannelsViewProps = { workspaceId: string; canManage: boolean; hasMemberApp: boolean };

export function ChannelsView({ workspaceId, canManage, hasMemberApp }: ChannelsViewProps) {
  const { data: channels } = useSuspenseQuery({
    queryKey: queryKeys.channels.all(workspaceId),
    queryFn: () => fetchJson<ChannelView[]>("/api/channels"),
  });
  const connect = canManage ? (
    <div className="flex flex-wrap gap-2">
      {/* Plain links: the route redirects to LinkedIn, which must be a full page navigation. */}
      {hasMemberApp && (
        <a href="/api/linkedin/connect?app=members" className={buttonClasses({ variant: "secondary" })}>
          Connect your profile
        </a>
      )}
      <a href="/api/linkedin/connect" className={buttonClasses()}>
        <Plus className="size-4" aria-hidden />
        {hasMemberApp ? "Connect Pages" : "Connect LinkedIn"}
      </a>
    </div>
  ) : null;
  const attention = channels.filter((channel) => ["danger", "warning"].includes(channelHealth(channel).tone));

  return (
    <>
      <PageHeader
        title="Channels"
        description="The LinkedIn Pages and profiles this workspace publishes to."
        actions={channels.length ? connect : null}
      />
      {attention.length > 0 && (
        <div className="mb-6">
          <Alert tone="error">
            {attention.length === 1
              ? `${attention[0]!.name} needs attention`
              : `${attention.length} channels need attention`}
            : {channelHealth(attention[0]!).detail}
          </Alert>
        </div>
      )}
      {channels.length === 0 ? (
        <EmptyState
          icon={Share2}
          title="No channels connected"
          description="Connect LinkedIn to choose the organization Pages you manage and your own profile. Cadence only posts what you schedule."
          action={connect}
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Channels">
          {channels.map((channel) => (
            <ChannelCard key={channel.id} channel={channel} workspaceId={workspaceId} canManage={canManage} />
          ))}
        </ul>
      )}
    </>
  );
}
