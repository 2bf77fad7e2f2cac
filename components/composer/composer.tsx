"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { ChannelPicker, type ComposerChannel } from "@/components/composer/channel-picker";
import { FieldErrors } from "@/components/composer/field-errors";
import { MediaPanel } from "@/components/composer/media-panel";
import { MentionTextarea } from "@/components/composer/mention-textarea";
import { PostPreview } from "@/components/composer/post-preview";
import { toPreviewContent } from "@/components/composer/preview/to-preview-content";
import { ScheduleFields } from "@/components/composer/schedule-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { savePostAction } from "@/lib/actions/posts/save-post-action";
import { type ComposerDraft, draftHasWork, emptyDraft, readStoredDraft } from "@/lib/composer/composer-draft";
import { textToCommentary } from "@/lib/composer/text-to-commentary";
import { COMMENTARY_MAX_LENGTH, countCommentary } from "@/lib/linkedin/commentary";
import { queryKeys } from "@/lib/query-keys";
import { type PostIntent, savePostSchema } from "@/lib/schemas/posts";
import { zonedWallTimeToUtc } from "@/lib/utils/zoned-time";

export type { ComposerChannel };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** Everything typed survives a reload: the draft lives in this browser until it is saved. */
function useLocalDraft(key: string, initial: ComposerDraft) {
  const [draft, setDraft] = useState<ComposerDraft>(initial);
  const [restored, setRestored] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  useEffect(() => {
    // Restoring from storage must happen after mount (the server cannot see localStorage).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(readStoredDraft(window.localStorage.getItem(key), initial));
    setRestored(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore once per key
  }, [key]);
  useEffect(() => {
    if (!restored) return;
    if (draftHasWork(draft)) {
      window.localStorage.setItem(key, JSON.stringify(draft));
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the "saved" stamp follows the write
      setSavedAt(new Date());
    } else window.localStorage.removeItem(key);
  }, [key, draft, restored]);
  const clear = () => window.localStorage.removeItem(key);
  return { draft, setDraft, clear, savedAt, restored };
}

const intentLabels: Record<PostIntent, string> = {
  draft: "Save draft",
  schedule: "Schedule",
  publish: "Publish now",
};

export function Composer({
  workspaceId,
  channels,
  initial,
  publishedChannelNames = [],
}: {
  workspaceId: string;
  channels: ComposerChannel[];
  /** The saved post being edited; a new post when absent. */
  initial?: ComposerDraft;
  /** Channels where this post is already live: edits will not reach them. */
  publishedChannelNames?: string[];
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { draft, setDraft, clear, savedAt, restored } = useLocalDraft(
    `cadence:compose:${workspaceId}:${initial?.postId ?? "new"}`,
    initial ?? emptyDraft(channels.length === 1 ? [channels[0]!.id] : []),
  );
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<PostIntent | null>(null);
  useEffect(() => {
    // The browser's zone is only known on the client.
    setDraft((current) =>
      current.timeZone === "UTC" && !current.wallTime ? { ...current, timeZone: browserZone() } : current,
    );
  }, [setDraft, restored]);

  const body = useMemo(() => textToCommentary(draft.text, draft.mentions), [draft.text, draft.mentions]);
  const length = countCommentary(body);
  const chosen = channels.filter((channel) => draft.channelIds.includes(channel.id));
  // An edit answers the messages of the last attempt; the next save checks everything again.
  const change = (next: (current: ComposerDraft) => ComposerDraft) => {
    setDraft(next);
    setErrors({});
    setFormError(null);
  };
  const update = (patch: Partial<ComposerDraft>) => change((current) => ({ ...current, ...patch }));
  const previewContent = toPreviewContent(draft.content, draft.assets);
  const when = draft.wallTime
    ? new Intl.DateTimeFormat("en", {
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone: draft.timeZone,
      }).format(zonedWallTimeToUtc(draft.wallTime, draft.timeZone))
    : undefined;

  async function save(intent: PostIntent) {
    const input = {
      postId: draft.postId,
      channelIds: draft.channelIds,
      body,
      content: draft.content,
      intent,
      scheduledAt:
        intent === "schedule" && draft.wallTime
          ? zonedWallTimeToUtc(draft.wallTime, draft.timeZone).toISOString()
          : intent === "draft" && draft.wallTime
            ? zonedWallTimeToUtc(draft.wallTime, draft.timeZone).toISOString()
            : undefined,
      timeZone: draft.timeZone,
    };
    const parsed = savePostSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string[]> = {};
      for (const issue of parsed.error.issues)
        (next[issue.path.join(".") || "_form"] ??= []).push(issue.message);
      setErrors(next);
      setFormError("Some things need fixing before this can be saved; each is marked below.");
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(intent);
    const result = await savePostAction(parsed.data);
    setPending(null);
    if (!result.ok) {
      setFormError(result.error);
      setErrors(result.fieldErrors ?? {});
      return;
    }
    clear();
    await queryClient.invalidateQueries({ queryKey: queryKeys.posts.all(workspaceId) });
    const count = `${chosen.length} channel${chosen.length === 1 ? "" : "s"}`;
    toast.success(
      intent === "schedule"
        ? `Scheduled for ${count}.`
        : intent === "publish"
          ? `Publishing to ${count} now.`
          : "Draft saved.",
    );
    router.push("/posts");
    router.refresh();
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
      <div className="space-y-6">
        {formError && <Alert tone="error">{formError}</Alert>}
        {publishedChannelNames.length > 0 && (
          <Alert tone="info">
            Already live on {publishedChannelNames.join(", ")}: changes apply only to the other channels.
          </Alert>
        )}
        <ChannelPicker
          channels={channels}
          selected={draft.channelIds}
          onChange={(channelIds) => update({ channelIds })}
          errors={errors.channelIds}
        />

        <div>
          <label htmlFor="post-text" className="text-sm font-medium text-slate-800">
            Post text
          </label>
          <div className="mt-2">
            <MentionTextarea
              id="post-text"
              workspaceId={workspaceId}
              rows={10}
              value={draft.text}
              onChange={(text) => update({ text })}
              mentions={draft.mentions}
              onMentionsChange={(mentions) => update({ mentions })}
              placeholder="What do you want to share? Type @ to mention a Page, # for hashtags. Brackets, parentheses and symbols are sent exactly as written."
              aria-describedby="post-text-count"
              aria-invalid={errors.body ? true : undefined}
            />
          </div>
          <div className="mt-1 flex justify-between gap-4 text-xs">
            <FieldErrors errors={errors.body} />
            <span
              id="post-text-count"
              className={`ml-auto shrink-0 tabular-nums ${length.isWithinLimit ? "text-slate-500" : "font-medium text-red-600"}`}
            >
              {length.length.toLocaleString("en-US")} / {COMMENTARY_MAX_LENGTH.toLocaleString("en-US")}
            </span>
          </div>
        </div>

        <MediaPanel workspaceId={workspaceId} draft={draft} updateDraft={change} errors={errors} />

        <ScheduleFields
          wallTime={draft.wallTime}
          timeZone={draft.timeZone}
          onChange={(patch) => update(patch)}
          errors={errors.scheduledAt}
        />

        <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4">
          {(["schedule", "publish", "draft"] as const).map((intent) => (
            <Button
              key={intent}
              variant={intent === "schedule" ? "primary" : "secondary"}
              onClick={() => save(intent)}
              loading={pending === intent}
              disabled={pending !== null}
            >
              {intentLabels[intent]}
            </Button>
          ))}
          <span className="ml-auto text-xs text-slate-400" aria-live="polite">
            {savedAt && draftHasWork(draft)
              ? `Kept in this browser · ${savedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
              : ""}
          </span>
        </div>
      </div>

      <aside aria-label="Previews" className="space-y-4">
        <h2 className="text-sm font-medium text-slate-800">Preview</h2>
        {chosen.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
            Choose a channel to see how the post will look.
          </p>
        ) : (
          chosen.map((channel) => (
            <PostPreview
              key={channel.id}
              channel={channel}
              body={body}
              content={previewContent}
              when={when}
            />
          ))
        )}
      </aside>
    </div>
  );
}
