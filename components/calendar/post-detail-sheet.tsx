"use client";
// A post's details beside the calendar: its whole text, each channel's state (with LinkedIn's
// reason when one failed, and a link to the published post), a warning about a channel's access
// and the way to edit it. A modal <dialog>: the browser keeps focus inside and Escape closes it;
// focus goes back to the event it was opened from.
import { ExternalLink, Pencil, TriangleAlert, X } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { ChannelLogos } from "@/components/calendar/channel-logos";
import { formatSlot } from "@/components/calendar/calendar-time";
import {
  calendarTone,
  TONE_LABEL,
  targetStateLabel,
  targetStateTone,
} from "@/components/calendar/calendar-tone";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { useModalDialog } from "@/components/ui/use-modal-dialog";
import type { CalendarPost } from "@/lib/services/calendar/list-calendar-posts";

const IN_FLIGHT_LABEL = "Publishing";

export function PostDetailSheet({
  post,
  timeZone,
  canManage,
  onClose,
}: {
  post: CalendarPost | null;
  timeZone: string;
  canManage: boolean;
  onClose: () => void;
}) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog(post !== null, closeRef);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="post-detail-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="cad-sheet fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-md border-l border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30"
    >
      {post && (
        <SheetContent
          post={post}
          timeZone={timeZone}
          canManage={canManage}
          onClose={onClose}
          closeRef={closeRef}
        />
      )}
    </dialog>
  );
}

function SheetContent({
  post,
  timeZone,
  canManage,
  onClose,
  closeRef,
}: {
  post: CalendarPost;
  timeZone: string;
  canManage: boolean;
  onClose: () => void;
  closeRef: React.RefObject<HTMLButtonElement | null>;
}) {
  const tone = calendarTone(
    post.status,
    post.targets.map((target) => target.state),
  );
  const inFlight = tone === "publishing";
  const elsewhere = post.timeZone && post.timeZone !== timeZone ? post.timeZone : null;

  return (
    <div className="flex h-full flex-col" data-testid="post-detail">
      <header className="flex items-start gap-3 border-b border-slate-200 px-6 py-5">
        <div className="min-w-0 flex-1">
          <span className={`cad-pill cad-tone-${tone}`}>{TONE_LABEL[tone]}</span>
          <h2 id="post-detail-title" className="mt-2 text-lg font-semibold tracking-tight text-slate-900">
            {formatSlot(post.scheduledAt, timeZone)}
          </h2>
          <p className="mt-0.5 text-xs text-slate-500">
            {timeZone}
            {elsewhere && (
              <>
                {" "}
                · {formatSlot(post.scheduledAt, elsewhere)} in {elsewhere}, where it was scheduled
              </>
            )}
          </p>
        </div>
        <button
          ref={closeRef}
          type="button"
          onClick={onClose}
          aria-label="Close details"
          className="-mt-1 -mr-2 rounded-lg p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        >
          <X className="size-5" aria-hidden />
        </button>
      </header>

      <div className="flex-1 space-y-6 overflow-y-auto px-6 py-5">
        {post.tokenWarning && (
          <div
            role="status"
            className="flex gap-2.5 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900"
          >
            <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
            <div>
              <p>{post.tokenWarning}</p>
              <Link href="/channels" className="mt-1 inline-block font-medium underline underline-offset-2">
                Go to Channels
              </Link>
            </div>
          </div>
        )}

        <section aria-labelledby="post-detail-text">
          <h3 id="post-detail-text" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            Post
          </h3>
          <div className="mt-2 flex gap-3">
            {post.thumbnailUrl && (
              // Cadence's own media route: next/image adds nothing for a private, small preview.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={post.thumbnailUrl}
                alt=""
                className="size-16 shrink-0 rounded-lg border border-slate-200 object-cover"
              />
            )}
            <p className="min-w-0 flex-1 text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800">
              {post.text || <span className="text-slate-400">(no text)</span>}
            </p>
          </div>
        </section>

        <section aria-labelledby="post-detail-channels">
          <h3
            id="post-detail-channels"
            className="text-xs font-medium tracking-wide text-slate-500 uppercase"
          >
            Channels
          </h3>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200">
            {post.targets.map((target) => (
              <li key={target.id} className="px-3 py-2.5" data-testid="post-detail-channel">
                <div className="flex items-center gap-2.5">
                  <ChannelLogos targets={[target]} size="md" />
                  <span className="min-w-0 flex-1 truncate text-sm font-medium text-slate-800">
                    {target.channel.name}
                  </span>
                  <Badge tone={targetStateTone(target.state)}>{targetStateLabel(target.state)}</Badge>
                </div>
                {target.lastError && target.state !== "PUBLISHED" && (
                  <p className="mt-1.5 pl-7.5 text-xs text-red-700">{target.lastError}</p>
                )}
                {target.url && (
                  <a
                    href={target.url}
                    target="_blank"
                    rel="noreferrer"
                    className="text-brand-700 mt-1.5 ml-7.5 inline-flex items-center gap-1 text-xs font-medium hover:underline"
                  >
                    Open on LinkedIn
                    <ExternalLink className="size-3" aria-hidden />
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>

        {!post.reschedulable && (
          <p className="text-xs text-slate-500">
            {inFlight
              ? `${IN_FLIGHT_LABEL} right now, so it can't be moved or edited until that finishes.`
              : "Already on LinkedIn, so it stays at the time it went out."}
          </p>
        )}
      </div>

      {canManage && (
        <footer className="flex items-center justify-end gap-2 border-t border-slate-200 px-6 py-4">
          <button type="button" onClick={onClose} className={buttonClasses({ variant: "secondary" })}>
            Close
          </button>
          {inFlight ? (
            <span
              className={`${buttonClasses()} pointer-events-none opacity-60`}
              aria-disabled="true"
              title="Being published right now; edit it once that finishes."
            >
              <Pencil className="size-4" aria-hidden />
              Edit
            </span>
          ) : (
            <Link href={`/compose?post=${post.id}`} className={buttonClasses()}>
              <Pencil className="size-4" aria-hidden />
              Edit
            </Link>
          )}
        </footer>
      )}
    </div>
  );
}
