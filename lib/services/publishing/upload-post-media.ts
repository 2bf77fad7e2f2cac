// Media goes to LinkedIn per owner (an organization's image cannot be used by another author),
// once: the same file already uploaded for the same owner is reused (MediaUpload is unique per
// asset and owner). Uploads save their resumable state as they go, so a crash continues where it
// stopped; then every asset is polled until LinkedIn says AVAILABLE (doc §11).
import { access } from "node:fs/promises";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  type LinkedInClient,
  type MediaUploadState,
  type MediaUrn,
  parseMediaUploadState,
  uploadDocument,
  uploadImage,
  uploadVideo,
  waitForMediaAvailable,
} from "@/lib/linkedin";
import { storagePath } from "@/lib/media/storage";

export type PostMediaRow = {
  assetId: string;
  role: "PRIMARY" | "THUMBNAIL" | "CAPTIONS";
  asset: { kind: "IMAGE" | "VIDEO" | "DOCUMENT" | "CAPTIONS"; storageKey: string; fileName: string };
};

export class MediaMissingError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is no longer in Cadence's media storage.`);
  }
}

/** What a stored upload was made with: a video's thumbnail and captions are part of it. */
type Saved = { state: MediaUploadState | null; companions: string };

function readSaved(progress: Prisma.JsonValue | null): Saved {
  const value = (progress ?? {}) as { state?: unknown; companions?: unknown };
  return {
    state: parseMediaUploadState(value.state),
    companions: typeof value.companions === "string" ? value.companions : "",
  };
}

async function sourceOf(row: Pick<PostMediaRow, "asset">) {
  const path = storagePath(row.asset.storageKey);
  try {
    await access(path);
  } catch {
    throw new MediaMissingError(row.asset.fileName);
  }
  return { path };
}

/**
 * Uploads what the post needs for `owner` and waits until LinkedIn can use it. Returns the
 * LinkedIn URN of every PRIMARY asset and of an article's THUMBNAIL, by asset id.
 */
export async function uploadPostMedia({
  client,
  channelId,
  owner,
  media,
  onWaiting,
}: {
  client: LinkedInClient;
  channelId: string;
  owner: string;
  media: PostMediaRow[];
  /** Called once everything is uploaded and only LinkedIn's processing is left. */
  onWaiting?: () => Promise<void>;
}): Promise<Map<string, MediaUrn>> {
  const db = await getDb();
  const urns = new Map<string, MediaUrn>();
  const pending: { assetId: string; urn: MediaUrn }[] = [];
  const thumbnail = media.find((row) => row.role === "THUMBNAIL");
  const captions = media.find((row) => row.role === "CAPTIONS");
  const video = media.find((row) => row.role === "PRIMARY" && row.asset.kind === "VIDEO");
  // A video carries its thumbnail and captions; an article's thumbnail is an image of its own.
  const uploads = media.filter((row) => row.role === "PRIMARY" || (row.role === "THUMBNAIL" && !video));

  for (const row of uploads) {
    const companions = row === video ? `${thumbnail?.assetId ?? ""}|${captions?.assetId ?? ""}` : "";
    const existing = await db.mediaUpload.findUnique({
      where: { assetId_ownerUrn: { assetId: row.assetId, ownerUrn: owner } },
    });
    const saved = readSaved(existing?.progress ?? null);
    if (existing?.linkedInUrn && existing.state !== "FAILED" && saved.companions === companions) {
      urns.set(row.assetId, existing.linkedInUrn as MediaUrn);
      if (existing.state !== "AVAILABLE")
        pending.push({ assetId: row.assetId, urn: existing.linkedInUrn as MediaUrn });
      continue;
    }
    const record = await db.mediaUpload.upsert({
      where: { assetId_ownerUrn: { assetId: row.assetId, ownerUrn: owner } },
      create: { assetId: row.assetId, ownerUrn: owner, channelId, state: "UPLOADING" },
      update: { state: "UPLOADING", channelId, error: null, linkedInUrn: null },
    });
    const save = async (state: MediaUploadState) => {
      await db.mediaUpload.update({
        where: { id: record.id },
        data: { progress: { state, companions } as unknown as Prisma.InputJsonValue },
      });
    };
    const resume = saved.companions === companions ? saved.state : null;
    const source = await sourceOf(row);
    let urn: MediaUrn;
    if (row.asset.kind === "VIDEO") {
      urn = (
        await uploadVideo(client, {
          owner,
          source,
          thumbnail: thumbnail ? await sourceOf(thumbnail) : undefined,
          captions: captions ? await sourceOf(captions) : undefined,
          resume,
          onState: save,
        })
      ).urn;
    } else if (row.asset.kind === "DOCUMENT") {
      urn = (await uploadDocument(client, { owner, source, resume, onState: save })).urn;
    } else {
      urn = (await uploadImage(client, { owner, source, resume, onState: save })).urn;
    }
    await db.mediaUpload.update({
      where: { id: record.id },
      data: { linkedInUrn: urn, state: "PROCESSING" },
    });
    urns.set(row.assetId, urn);
    pending.push({ assetId: row.assetId, urn });
  }

  if (pending.length > 0) {
    await onWaiting?.();
    for (const { assetId, urn } of pending) {
      try {
        // Images and documents are usually ready within a second; videos take longer.
        await waitForMediaAvailable(client, {
          urn,
          owner,
          initialDelayMs: urn.startsWith("urn:li:video:") ? 2_000 : 500,
        });
      } catch (error) {
        await db.mediaUpload.updateMany({
          where: { assetId, ownerUrn: owner },
          data: { state: "FAILED", error: error instanceof Error ? error.message : String(error) },
        });
        throw error;
      }
      await db.mediaUpload.updateMany({ where: { assetId, ownerUrn: owner }, data: { state: "AVAILABLE" } });
    }
  }
  return urns;
}
