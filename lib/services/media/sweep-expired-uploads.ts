// Abandoned uploads expire UPLOAD_SESSION_TTL_MS after their last chunk: their rows and partial
// files go. Runs when a session is created, so storage cannot fill up with forgotten halves.
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { removeFile } from "@/lib/media/storage";
import { CLAIM_STALE_MS } from "@/lib/services/media/upload-claim";

export async function sweepExpiredUploads({ limit = 100 }: { limit?: number } = {}): Promise<number> {
  const db = await getDb();
  const at = now();
  const where = {
    expiresAt: { lte: at },
    // A request still writing keeps its session until its claim goes stale.
    OR: [{ claimToken: null }, { claimedAt: { lt: new Date(at.getTime() - CLAIM_STALE_MS) } }],
  };
  const expired = await db.mediaUploadSession.findMany({
    where,
    select: { id: true, tempKey: true },
    take: limit,
  });
  if (expired.length === 0) return 0;
  const { count } = await db.mediaUploadSession.deleteMany({
    where: { ...where, id: { in: expired.map((session) => session.id) } },
  });
  // Rows first: a file without a row is harmless, a row without its file would look resumable.
  await Promise.all(expired.map((session) => removeFile(session.tempKey)));
  return count;
}
