"use client";

import { ChannelAvatar } from "@/components/channels/channel-avatar";
import { FieldErrors } from "@/components/composer/field-errors";
import { cn } from "@/lib/utils/cn";

export type ComposerChannel = {
  id: string;
  name: string;
  logoUrl: string | null;
  kind: "ORGANIZATION" | "MEMBER";
};

/** The channels a post goes to; each becomes its own target. */
export function ChannelPicker({
  channels,
  selected,
  onChange,
  errors,
}: {
  channels: ComposerChannel[];
  selected: string[];
  onChange: (channelIds: string[]) => void;
  errors?: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">Publish to</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {channels.map((channel) => {
          const on = selected.includes(channel.id);
          return (
            <button
              key={channel.id}
              type="button"
              aria-pressed={on}
              onClick={() =>
                onChange(on ? selected.filter((id) => id !== channel.id) : [...selected, channel.id])
              }
              className={cn(
                "flex items-center gap-2 rounded-full border py-1 pr-3 pl-1 text-sm transition-colors",
                on
                  ? "border-brand-500 bg-brand-50 text-brand-700"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              <span className="scale-75">
                <ChannelAvatar name={channel.name} logoUrl={channel.logoUrl} kind={channel.kind} />
              </span>
              {channel.name}
            </button>
          );
        })}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
