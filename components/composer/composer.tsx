"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { ChannelAvatar } from "@/components/channels/channel-avatar";
import { PostPreview } from "@/components/composer/post-preview";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { savePostAction } from "@/lib/actions/posts/save-post-action";
import { textToCommentary } from "@/lib/composer/text-to-commentary";
import { COMMENTARY_MAX_LENGTH, countCommentary } from "@/lib/linkedin/commentary";
import { savePostSchema } from "@/lib/schemas/posts";
import { cn } from "@/lib/utils/cn";
import { zonedWallTimeToUtc } from "@/lib/utils/zoned-time";

export type ComposerChannel = {
  id: string;
  name: string;
  logoUrl: string | null;
  kind: "ORGANIZATION" | "MEMBER";
};

type Draft = { text: string; channelIds: string[]; wallTime: string; timeZone: string };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const zones = (): string[] =>
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];

/** Everything typed survives a reload: the draft lives in this browser until it is saved. */
function useLocalDraft(key: string, initial: Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const saved = window.localStorage.getItem(key);
    // Restoring from storage must happen after mount (the server cannot see localStorage).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved) setDraft({ ...initial, ...(JSON.parse(saved) as Partial<Draft>) });
    setRestored(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore once per key
  }, [key]);
  useEffect(() => {
    if (restored) window.localStorage.setItem(key, JSON.stringify(draft));
  }, [key, draft, restored]);
  return [draft, setDraft, () => window.localStorage.removeItem(key)] as const;
}

export function Composer({ workspaceId, channels }: { workspaceId: string; channels: ComposerChannel[] }) {
  const router = useRouter();
  const [draft, setDraft, clearDraft] = useLocalDraft(`cadence:compose:${workspaceId}`, {
    text: "",
    channelIds: channels.length === 1 ? [channels[0]!.id] : [],
    wallTime: "",
    timeZone: "UTC",
  });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<"draft" | "schedule" | null>(null);
  useEffect(() => {
    // The browser's zone is only known on the client.
    setDraft((current) =>
      current.timeZone === "UTC" && !current.wallTime ? { ...current, timeZone: browserZone() } : current,
    );
  }, [setDraft]);

  const body = useMemo(() => textToCommentary(draft.text), [draft.text]);
  const length = countCommentary(body);
  const chosen = channels.filter((channel) => draft.channelIds.includes(channel.id));
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function save(intent: "draft" | "schedule") {
    const input = {
      channelIds: draft.channelIds,
      body,
      content: { kind: "TEXT" as const },
      intent,
      scheduledAt: draft.wallTime
        ? zonedWallTimeToUtc(draft.wallTime, draft.timeZone).toISOString()
        : undefined,
      timeZone: draft.timeZone,
    };
    const parsed = savePostSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string[]> = {};
      for (const issue of parsed.error.issues)
        (next[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
      setErrors(next);
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(intent);
    const result = await savePostAction(input);
    setPending(null);
    if (!result.ok) {
      setFormError(result.error);
      setErrors(result.fieldErrors ?? {});
      return;
    }
    clearDraft();
    toast.success(
      intent === "schedule"
        ? `Scheduled for ${chosen.length} channel${chosen.length === 1 ? "" : "s"}.`
        : "Draft saved.",
    );
    router.push("/posts");
    router.refresh();
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
      <div className="space-y-6">
        {formError && <Alert tone="error">{formError}</Alert>}
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Publish to</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {channels.map((channel) => {
              const selected = draft.channelIds.includes(channel.id);
              return (
                <button
                  key={channel.id}
                  type="button"
                  aria-pressed={selected}
                  onClick={() =>
                    update({
                      channelIds: selected
                        ? draft.channelIds.filter((id) => id !== channel.id)
                        : [...draft.channelIds, channel.id],
                    })
                  }
                  className={cn(
                    "flex items-center gap-2 rounded-full border py-1 pr-3 pl-1 text-sm transition-colors",
                    selected
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
          {errors.channelIds && (
            <p className="mt-1 text-xs font-medium text-red-600" role="alert">
              {errors.channelIds.join(" ")}
            </p>
          )}
        </fieldset>

        <div>
          <label htmlFor="post-text" className="text-sm font-medium text-slate-800">
            Post text
          </label>
          <textarea
            id="post-text"
            rows={10}
            value={draft.text}
            onChange={(event) => update({ text: event.target.value })}
            placeholder="What do you want to share? Use #hashtags freely — brackets, parentheses and symbols are sent exactly as written."
            aria-describedby="post-text-count"
            aria-invalid={errors.body ? true : undefined}
            className="focus:border-brand-500 focus:ring-brand-100 mt-2 block w-full rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-sm focus:ring-2 focus:outline-none"
          />
          <div className="mt-1 flex justify-between text-xs">
            <span className="font-medium text-red-600" role={errors.body ? "alert" : undefined}>
              {errors.body?.join(" ")}
            </span>
            <span
              id="post-text-count"
              className={length.isWithinLimit ? "text-slate-500" : "font-medium text-red-600"}
            >
              {length.length.toLocaleString()} / {COMMENTARY_MAX_LENGTH.toLocaleString()}
            </span>
          </div>
        </div>

        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="schedule-at" className="text-sm font-medium text-slate-800">
              Date and time
            </label>
            <input
              id="schedule-at"
              type="datetime-local"
              value={draft.wallTime}
              onChange={(event) => update({ wallTime: event.target.value })}
              className="mt-2 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm"
            />
            {errors.scheduledAt && (
              <p className="mt-1 text-xs font-medium text-red-600" role="alert">
                {errors.scheduledAt.join(" ")}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="time-zone" className="text-sm font-medium text-slate-800">
              Time zone
            </label>
            <select
              id="time-zone"
              value={draft.timeZone}
              onChange={(event) => update({ timeZone: event.target.value })}
              className="mt-2 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm"
            >
              {[...new Set(["UTC", draft.timeZone, ...zones()])].map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
          </div>
        </div>
        {draft.wallTime && (
          <p className="text-xs text-slate-500">
            Goes out at{" "}
            {zonedWallTimeToUtc(draft.wallTime, draft.timeZone).toISOString().slice(0, 16).replace("T", " ")}{" "}
            UTC.
          </p>
        )}

        <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
          <Button
            onClick={() => save("schedule")}
            loading={pending === "schedule"}
            disabled={pending !== null}
          >
            Schedule
          </Button>
          <Button
            variant="secondary"
            onClick={() => save("draft")}
            loading={pending === "draft"}
            disabled={pending !== null}
          >
            Save draft
          </Button>
        </div>
      </div>

      <aside aria-label="Previews" className="space-y-4">
        <h2 className="text-sm font-medium text-slate-800">Preview</h2>
        {chosen.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
            Choose a channel to see how the post will look.
          </p>
        ) : (
          chosen.map((channel) => <PostPreview key={channel.id} channel={channel} body={body} />)
        )}
      </aside>
    </div>
  );
}
