// GET the current workspace's posts with their per-channel targets, for the Posts page.
// `?state=` is one of the page's filters (scheduled, published, needs-attention, drafts) or one
// target state (FAILED, …); `?channel=` a channel id.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { TargetState } from "@/lib/generated/prisma/enums";
import { toErrorResponse } from "@/lib/http/error-response";
import {
  listPosts,
  POST_STATE_FILTERS,
  statesFor,
  type PostStateFilter,
} from "@/lib/services/posts/list-posts";

export const dynamic = "force-dynamic";

const filterNames = Object.keys(POST_STATE_FILTERS) as [PostStateFilter, ...PostStateFilter[]];

const querySchema = z.object({
  state: z.union([z.enum(filterNames), z.enum(TargetState)]).optional(),
  channel: z.string().min(1).max(64).optional(),
});

export async function GET(request: Request) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const params = new URL(request.url).searchParams;
    // An empty parameter (`?state=`) means no filter.
    const query = querySchema.safeParse({
      state: params.get("state") || undefined,
      channel: params.get("channel") || undefined,
    });
    if (!query.success)
      throw new AppError("VALIDATION", "Unknown filter.", {
        fieldErrors: z.flattenError(query.error).fieldErrors,
      });
    const { state, channel } = query.data;
    return NextResponse.json(
      await listPosts({
        workspaceId: workspace.id,
        states: state ? statesFor(state) : undefined,
        channelId: channel,
      }),
    );
  } catch (error) {
    return toErrorResponse(error, "GET /api/posts");
  }
}
