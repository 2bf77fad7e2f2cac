// Marks everything the user can see in the workspace as read.
import { getDb } from "@/lib/db";

export async function markNotificationsRead({
  workspaceId,
  userId,
}: {
  workspaceId: string;
  userId: string;
}) {
  const db = await getDb();
  const { count } = await db.notification.updateMany({
    where: { workspaceId, OR: [{ userId: null }, { userId }], readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
