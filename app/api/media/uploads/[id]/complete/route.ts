// POST finishes an upload: the bytes are checked against LinkedIn's rules and become a media
// asset ({ asset, deduplicated }), or are refused with 422 and a plain-words message.
import { NextResponse } from "next/server";
import { mediaErrorResponse, uploadOwnerOrThrow } from "@/lib/media/route-helpers";
import { completeUpload } from "@/lib/services/media/complete-upload";

export const dynamic = "force-dynamic";

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return NextResponse.json(await completeUpload(await uploadOwnerOrThrow(params)));
  } catch (error) {
    return mediaErrorResponse(error, "POST /api/media/uploads/[id]/complete");
  }
}
