// GET the current workspace's posts due in [from, to) for the Calendar page (at most 62 days).
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { listCalendarPosts } from "@/lib/services/calendar/list-calendar-posts";

export const dynamic = "force-dynamic";

/** A month view spans six weeks, plus a day each side for time zones: 62 days leaves room. */
const MAX_RANGE_MS = 62 * 86_400_000;

const rangeSchema = z.object({
  from: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  to: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
});

function parseRangeOrThrow(params: URLSearchParams): { from: Date; to: Date } {
  const range = rangeSchema.safeParse({ from: params.get("from"), to: params.get("to") });
  if (!range.success)
    throw new AppError("VALIDATION", "Give `from` and `to` as ISO 8601 date-times with an offset.");
  const { from, to } = range.data;
  if (to.getTime() <= from.getTime()) throw new AppError("VALIDATION", "`to` must be after `from`.");
  if (to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw new AppError("VALIDATION", "Ask for at most 62 days at a time.");
  return range.data;
}

export async function GET(request: Request) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const range = parseRangeOrThrow(new URL(request.url).searchParams);
    return NextResponse.json(await listCalendarPosts({ workspaceId: workspace.id, ...range }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/calendar");
  }
}
