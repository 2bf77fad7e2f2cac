// POST "Refresh now": queue a statistics sync for the given channels of the current workspace (all
// when none are given). One sync per channel is queued however often it is pressed.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { requestAnalyticsSync } from "@/lib/services/analytics/request-analytics-sync";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ channels: z.array(z.string().min(1).max(64)).max(100).default([]) });

export async function POST(request: Request) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const body = bodySchema.safeParse(await request.json().catch(() => ({})));
    if (!body.success)
      throw new AppError("VALIDATION", 'Send {"channels": [channel ids]}.', {
        fieldErrors: z.flattenError(body.error).fieldErrors,
      });
    const db = await getDb();
    const channels = await db.channel.findMany({
      where: {
        workspaceId: workspace.id,
        status: { not: "DISCONNECTED" },
        ...(body.data.channels.length ? { id: { in: body.data.channels } } : {}),
      },
      select: { id: true, kind: true, canReadStatistics: true },
    });
    if (body.data.channels.length && channels.length !== new Set(body.data.channels).size)
      throw new AppError("NOT_FOUND", "One of the chosen channels is not in this workspace.");
    // Profiles and Pages without the statistics role are looked at again by the daily check;
    // "Refresh now" is for Pages LinkedIn gives figures for.
    const syncable = channels.filter((c) => c.kind === "ORGANIZATION" && c.canReadStatistics);
    const queued = await requestAnalyticsSync(
      syncable.map((c) => c.id),
      { markPending: true },
    );
    return NextResponse.json({ queued, channels: channels.length }, { status: 202 });
  } catch (error) {
    return toErrorResponse(error, "POST /api/analytics/sync");
  }
}
