// Whether the Calendar page has anything to show yet: a new workspace (no channels, no dated
// posts) gets the "connect LinkedIn" start instead of an empty grid.
import { getDb } from "@/lib/db";

export async function getCalendarSetup({ workspaceId }: { workspaceId: string }) {
  const db = await getDb();
  const [channelCount, datedPostCount] = await Promise.all([
    db.channel.count({ where: { workspaceId } }),
    db.post.count({ where: { workspaceId, status: { not: "ARCHIVED" }, scheduledAt: { not: null } } }),
  ]);
  return { channelCount, datedPostCount, isEmpty: channelCount === 0 && datedPostCount === 0 };
}
