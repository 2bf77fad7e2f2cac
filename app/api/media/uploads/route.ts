// POST starts a resumable upload: { name, size, type?, kind? } → the session (201), after checking
// the declared size against the kind's LinkedIn limit. Editors and above only.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { mediaErrorResponse, requireUploaderOrThrow } from "@/lib/media/route-helpers";
import { createUploadSchema } from "@/lib/schemas/media";
import { createUploadSession } from "@/lib/services/media/create-upload-session";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    const owner = await requireUploaderOrThrow();
    const input = createUploadSchema.safeParse(await request.json().catch(() => undefined));
    if (!input.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of input.error.issues)
        (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
      throw new AppError("VALIDATION", input.error.issues[0]?.message ?? "Invalid upload.", { fieldErrors });
    }
    return NextResponse.json(await createUploadSession({ ...owner, ...input.data }), { status: 201 });
  } catch (error) {
    return mediaErrorResponse(error, "POST /api/media/uploads");
  }
}
