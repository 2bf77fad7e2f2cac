// The user gave up on an upload: its row and partial file go (a finished asset stays).
import { getDb } from "@/lib/db";
import { removeFile } from "@/lib/media/storage";
import type { SessionOwner } from "@/lib/services/media/upload-claim";

export async function cancelUpload({
  workspaceId,
  userId,
  sessionId,
}: SessionOwner): Promise<{ cancelled: boolean }> {
  const db = await getDb();
  const session = await db.mediaUploadSession.findFirst({
    where: { id: sessionId, workspaceId, userId },
    select: { id: true, tempKey: true },
  });
  if (!session) return { cancelled: false };
  await db.mediaUploadSession.deleteMany({ where: { id: session.id } });
  await removeFile(session.tempKey);
  return { cancelled: true };
}
