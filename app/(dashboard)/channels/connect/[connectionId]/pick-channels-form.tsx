"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ChannelAvatar } from "@/components/channels/channel-avatar";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { addChannelsAction } from "@/lib/actions/channels/add-channels-action";
import type { ConnectableChannel } from "@/lib/services/channels/list-connectable-channels";

export function PickChannelsForm({
  connectionId,
  channels,
}: {
  connectionId: string;
  channels: ConnectableChannel[];
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const toggle = (urn: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(urn)) next.delete(urn);
      else next.add(urn);
      return next;
    });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await addChannelsAction({ connectionId, authorUrns: [...selected] });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors?.authorUrns?.[0] ?? result.error);
      return;
    }
    toast.success(`Added ${result.data.length} channel${result.data.length === 1 ? "" : "s"}.`);
    router.push("/channels");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset>
        <legend className="sr-only">Pages and profile</legend>
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {channels.map((channel) => {
            const id = `pick-${channel.authorUrn}`;
            const disabled = !channel.canPost || channel.alreadyAdded;
            return (
              <li key={channel.authorUrn} className={disabled ? "bg-slate-50/60" : undefined}>
                <label
                  htmlFor={id}
                  className={`flex items-start gap-4 px-5 py-4 ${disabled ? "cursor-not-allowed" : "cursor-pointer hover:bg-slate-50"}`}
                >
                  <input
                    id={id}
                    type="checkbox"
                    className="accent-brand-600 mt-3 size-4 rounded border-slate-300"
                    checked={selected.has(channel.authorUrn)}
                    disabled={disabled}
                    onChange={() => toggle(channel.authorUrn)}
                    aria-labelledby={`${id}-name`}
                    aria-describedby={`${id}-detail`}
                  />
                  <ChannelAvatar name={channel.name} logoUrl={channel.logoUrl} kind={channel.kind} />
                  <span className="min-w-0 flex-1">
                    <span className="flex flex-wrap items-center gap-2">
                      <span id={`${id}-name`} className="text-sm font-medium text-slate-900">
                        {channel.name}
                      </span>
                      <Badge tone={channel.kind === "ORGANIZATION" ? "brand" : "neutral"}>
                        {channel.roleLabel}
                      </Badge>
                      {channel.canReadStatistics && <Badge tone="success">Statistics</Badge>}
                      {channel.alreadyAdded && <Badge>Already added</Badge>}
                    </span>
                    <span id={`${id}-detail`} className="mt-1 block text-xs text-slate-500">
                      {channel.reason ??
                        (channel.kind === "MEMBER"
                          ? "Cadence can post as you."
                          : "Cadence can post and read statistics here.")}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="flex items-center justify-between">
        <p className="text-sm text-slate-600" aria-live="polite">
          {selected.size} selected
        </p>
        <Button type="submit" loading={pending} disabled={selected.size === 0}>
          Add {selected.size || ""} channel{selected.size === 1 ? "" : "s"}
        </Button>
      </div>
    </form>
  );
}
