// Opens a resumable upload: checks the declared size against the kind's limit before any byte is
// sent, creates the empty partial file, and sweeps abandoned sessions on the way.
import { randomUUID } from "node:crypto";
import { nowMs } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createEmptyFile, tempKeyFor } from "@/lib/media/storage";
import { checkUploadSize, type UploadKind, type UploadSessionView } from "@/lib/schemas/media";
import { toSessionView } from "@/lib/services/media/media-views";
import { sweepExpiredUploads } from "@/lib/services/media/sweep-expired-uploads";
import { UPLOAD_SESSION_TTL_MS } from "@/lib/services/media/upload-claim";

export type CreateUploadSessionOptions = {
  workspaceId: string;
  userId: string;
  name: string;
  size: number;
  type?: string;
  kind?: UploadKind;
};

export async function createUploadSession({
  workspaceId,
  userId,
  name,
  size,
  type,
  kind,
}: CreateUploadSessionOptions): Promise<UploadSessionView> {
  const sizeProblem = checkUploadSize(kind, size);
  if (sizeProblem) throw new AppError("VALIDATION", sizeProblem, { fieldErrors: { size: [sizeProblem] } });
  await sweepExpiredUploads();

  const tempKey = tempKeyFor(randomUUID());
  await createEmptyFile(tempKey);
  const db = await getDb();
  const session = await db.mediaUploadSession.create({
    data: {
      workspaceId,
      userId,
      fileName: name,
      kindHint: kind ?? null,
      declaredSize: BigInt(size),
      declaredMime: type || null,
      tempKey,
      expiresAt: new Date(nowMs() + UPLOAD_SESSION_TTL_MS),
    },
  });
  return toSessionView(session);
}
