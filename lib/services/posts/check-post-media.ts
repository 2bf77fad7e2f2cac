// The media a post refers to must be this workspace's own assets, of the kind each place needs:
// images for an image post, a video and a JPG/PNG thumbnail and SRT captions for a video post,
// a document for a document post. A problem is reported at the field it is about.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { contentMedia, type PostContent } from "@/lib/schemas/post-content";

type Need = { kind: "IMAGE" | "VIDEO" | "DOCUMENT" | "CAPTIONS"; mimeTypes?: string[]; label: string };

function needFor(content: PostContent, role: "PRIMARY" | "THUMBNAIL" | "CAPTIONS"): Need {
  if (role === "CAPTIONS") return { kind: "CAPTIONS", label: "captions file (SRT)" };
  if (role === "THUMBNAIL")
    return content.kind === "VIDEO"
      ? { kind: "IMAGE", mimeTypes: ["image/jpeg", "image/png"], label: "JPG or PNG thumbnail" }
      : { kind: "IMAGE", label: "image" };
  if (content.kind === "VIDEO") return { kind: "VIDEO", label: "video" };
  if (content.kind === "DOCUMENT") return { kind: "DOCUMENT", label: "document" };
  return { kind: "IMAGE", label: "image" };
}

function fieldFor(content: PostContent, role: string, position: number): string {
  if (content.kind === "IMAGES") return `content.images.${position}`;
  if (role === "THUMBNAIL") return "content.thumbnailAssetId";
  if (role === "CAPTIONS") return "content.captionsAssetId";
  return "content.assetId";
}

export async function checkPostMedia(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  content: PostContent,
): Promise<ReturnType<typeof contentMedia>> {
  const media = contentMedia(content);
  if (media.length === 0) return media;
  const assets = await tx.mediaAsset.findMany({
    where: { workspaceId, id: { in: [...new Set(media.map((item) => item.assetId))] } },
    select: { id: true, kind: true, mimeType: true, fileName: true },
  });
  const byId = new Map(assets.map((asset) => [asset.id, asset]));
  const fieldErrors: Record<string, string[]> = {};
  for (const item of media) {
    const need = needFor(content, item.role);
    const asset = byId.get(item.assetId);
    const field = fieldFor(content, item.role, item.position);
    if (!asset) {
      fieldErrors[field] = [`This ${need.label} is not in the workspace's media library. Upload it again.`];
    } else if (asset.kind !== need.kind || (need.mimeTypes && !need.mimeTypes.includes(asset.mimeType))) {
      fieldErrors[field] = [`${asset.fileName} cannot be used here: LinkedIn needs a ${need.label}.`];
    }
  }
  if (Object.keys(fieldErrors).length) {
    throw new AppError("VALIDATION", "Some media in this post cannot be used.", { fieldErrors });
  }
  return media;
}
