import { Play } from "lucide-react";
import { formatDuration } from "./format-duration";
import { feedAspectRatio, type PreviewVideo } from "./preview-types";

/** The feed shows videos letterboxed in black, from 16:9 down to 4:5 portrait. */
const VIDEO_WIDEST = 16 / 9;

/** LinkedIn's video before it plays: the thumbnail (or first frame), a play button and the length. */
export function VideoPreview({ video }: { video: Omit<PreviewVideo, "kind"> }) {
  const ratio = feedAspectRatio(video.width, video.height, 16 / 9, VIDEO_WIDEST);
  const label = video.title ? `Video: ${video.title}` : "Video";
  return (
    <div data-testid="preview-media" data-kind="VIDEO">
      <div className="relative w-full overflow-hidden bg-black" style={{ aspectRatio: ratio }}>
        {video.thumbnailUrl ? (
          // Same-origin /api/media/{id}/file URL of the user's own upload; next/image adds nothing here.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={video.thumbnailUrl}
            alt={label}
            loading="lazy"
            draggable={false}
            className="absolute inset-0 size-full object-contain"
          />
        ) : (
          <video
            // A media fragment makes browsers (Safari too) paint the first frame instead of black.
            src={video.videoUrl.includes("#") ? video.videoUrl : `${video.videoUrl}#t=0.001`}
            preload="metadata"
            muted
            playsInline
            aria-label={label}
            className="absolute inset-0 size-full object-contain"
          />
        )}
        <span className="absolute inset-0 flex items-center justify-center" aria-hidden>
          <span className="flex size-14 items-center justify-center rounded-full border-2 border-white bg-black/60 shadow-lg">
            <Play className="ml-1 size-6 fill-white text-white" />
          </span>
        </span>
        {video.durationMs !== null && (
          <span className="absolute right-2 bottom-2 rounded bg-black/75 px-1.5 py-0.5 text-xs font-semibold text-white tabular-nums">
            <span className="sr-only">Duration </span>
            {formatDuration(video.durationMs)}
          </span>
        )}
      </div>
      {video.title && (
        <p className="line-clamp-2 px-4 pt-2 pb-1 text-sm font-semibold break-words text-slate-900">
          {video.title}
        </p>
      )}
    </div>
  );
}
