// GET the Analytics page's figures for the current workspace, from synced statistics only:
// `?channels=a,b&from=2026-11-01&to=2026-11-28&granularity=day|week|month&tz=Europe/Paris`.
import { NextResponse } from "next/server";
import { z } from "zod";
import { analyticsQuerySchema } from "@/lib/analytics/analytics-types";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { getAnalytics } from "@/lib/services/analytics/get-analytics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const params = new URL(request.url).searchParams;
    const query = analyticsQuerySchema.safeParse({
      channels: (params.get("channels") ?? "").split(",").filter(Boolean),
      from: params.get("from") ?? undefined,
      to: params.get("to") ?? undefined,
      granularity: params.get("granularity") || undefined,
      tz: params.get("tz") || undefined,
    });
    if (!query.success) {
      const { fieldErrors, formErrors } = z.flattenError(query.error);
      const first = Object.values(fieldErrors).flat()[0] ?? formErrors[0] ?? "Check the period and channels.";
      throw new AppError("VALIDATION", first, { fieldErrors });
    }
    return NextResponse.json(await getAnalytics(workspace.id, query.data));
  } catch (error) {
    return toErrorResponse(error, "GET /api/analytics");
  }
}
