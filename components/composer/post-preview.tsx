"use client";

import { Globe2 } from "lucide-react";
import { ChannelAvatar } from "@/components/channels/channel-avatar";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { ArticleCard } from "./preview/article-card";
import { DocumentPreview } from "./preview/document-preview";
import { ImageGrid } from "./preview/image-grid";
import { PreviewText } from "./preview/preview-text";
import type { PreviewChannel, PreviewContent } from "./preview/preview-types";
import { SocialBar } from "./preview/social-bar";
import { VideoPreview } from "./preview/video-preview";

export type {
  PreviewChannel,
  PreviewContent,
  PreviewImage,
  PreviewArticle,
  PreviewDocument,
  PreviewVideo,
} from "./preview/preview-types";

export type PostPreviewProps = {
  channel: PreviewChannel;
  body: CommentaryDocument;
  /** What the post carries besides its text; none (or TEXT) is a text-only post. */
  content?: PreviewContent;
  /** When the post goes out, e.g. "Dec 3 · 09:00"; "Now" when not given. */
  when?: string;
};

/** How the post will look in LinkedIn's feed for one channel: header, text, media and action row. */
export function PostPreview({ channel, body, content, when }: PostPreviewProps) {
  const media = previewMedia(content);
  return (
    <article
      className="w-full max-w-96 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-label={`Preview on ${channel.name}`}
    >
      <header className="flex items-start gap-2 px-4 pt-3">
        <ChannelAvatar name={channel.name} logoUrl={channel.logoUrl} kind={channel.kind} />
        <div className="min-w-0 leading-tight">
          <p className="truncate text-sm font-semibold text-slate-900">{channel.name}</p>
          <p className="text-xs text-slate-500">{channel.kind === "ORGANIZATION" ? "Page" : "Profile"}</p>
          <p className="flex items-center gap-1 text-xs text-slate-500">
            {when ?? "Now"} · <Globe2 className="size-3" role="img" aria-label="Public" />
          </p>
        </div>
      </header>
      <PreviewText body={body} placeholder={!media} className="mt-2 px-4" />
      <div className="mt-2">{media}</div>
      <SocialBar />
    </article>
  );
}

function previewMedia(content: PreviewContent | undefined): React.ReactNode {
  switch (content?.kind) {
    case undefined:
    case "TEXT":
      return null;
    case "IMAGES":
      return content.images.length ? <ImageGrid images={content.images} /> : null;
    case "VIDEO":
      return <VideoPreview key={content.videoUrl} video={content} />;
    case "DOCUMENT":
      return <DocumentPreview document={content} />;
    case "ARTICLE":
      return <ArticleCard article={content} />;
  }
}
