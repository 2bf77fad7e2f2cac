// In-app notifications about publishing: a failure (with its fix), a wait for LinkedIn's quota,
// and an operator alert when LinkedIn no longer accepts Cadence's API version.
import { getDb } from "@/lib/db";
import { explainFailure, type FailureCode } from "@/lib/publishing/failure-codes";
import { formatDateTime } from "@/lib/utils/format-time";

export async function notifyTarget(
  targetId: string,
  event: { type: "failed"; code: FailureCode; message: string } | { type: "waiting"; retryAt: Date },
): Promise<void> {
  const db = await getDb();
  const target = await db.postTarget.findUnique({
    where: { id: targetId },
    select: { post: { select: { workspaceId: true } }, channel: { select: { name: true } } },
  });
  if (!target) return;
  const { workspaceId } = target.post;
  if (event.type === "waiting") {
    await db.notification.create({
      data: {
        workspaceId,
        level: "WARNING",
        kind: "post.retry_scheduled",
        title: `A post to ${target.channel.name} waits for LinkedIn's daily limit`,
        body: `It will be retried at ${formatDateTime(event.retryAt, "UTC")} UTC.`,
        href: "/posts?state=needs-attention",
      },
    });
    return;
  }
  const explained = explainFailure(event.code);
  await db.notification.create({
    data: {
      workspaceId,
      level: "ERROR",
      kind: event.code === "VERSION" ? "linkedin.version" : "post.failed",
      title: `A post to ${target.channel.name} failed: ${explained.title}`,
      body: `${event.message} ${explained.fix}`,
      href: "/posts?state=needs-attention",
    },
  });
}
