// Where an upload stands: the offset to resume from, or its outcome.
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UploadSessionView } from "@/lib/schemas/media";
import { toSessionView } from "@/lib/services/media/media-views";
import type { SessionOwner } from "@/lib/services/media/upload-claim";

export async function getUploadSession({
  workspaceId,
  userId,
  sessionId,
}: SessionOwner): Promise<UploadSessionView> {
  const db = await getDb();
  const session = await db.mediaUploadSession.findFirst({
    where: { id: sessionId, workspaceId, userId, expiresAt: { gt: now() } },
  });
  if (!session) throw new AppError("NOT_FOUND", "This upload does not exist or has expired. Start it again.");
  return toSessionView(session);
}
