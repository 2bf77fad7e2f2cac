// One resumable upload. GET: where it stands (offset to resume from). PUT: append a chunk
// (`Content-Range: bytes first-last/total`, at most 8 MiB, starting exactly at the offset, else
// 409 with the offset). DELETE: cancel it and drop the partial file.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { mediaErrorResponse, uploadOwnerOrThrow } from "@/lib/media/route-helpers";
import { parseContentRange } from "@/lib/schemas/media";
import { appendUploadChunk } from "@/lib/services/media/append-upload-chunk";
import { cancelUpload } from "@/lib/services/media/cancel-upload";
import { getUploadSession } from "@/lib/services/media/get-upload-session";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    const session = await getUploadSession(await uploadOwnerOrThrow(params));
    return NextResponse.json(session, { headers: { "Upload-Offset": String(session.offset) } });
  } catch (error) {
    return mediaErrorResponse(error, "GET /api/media/uploads/[id]");
  }
}

export async function PUT(request: Request, { params }: Context) {
  try {
    const owner = await uploadOwnerOrThrow(params);
    const range = parseContentRange(request.headers.get("content-range"));
    if (!range)
      throw new AppError("VALIDATION", 'Send each chunk with "Content-Range: bytes first-last/total".');
    if (!request.body) throw new AppError("VALIDATION", "The chunk has no bytes.");
    const session = await appendUploadChunk({ ...owner, ...range, body: request.body });
    return NextResponse.json(session, { headers: { "Upload-Offset": String(session.offset) } });
  } catch (error) {
    return mediaErrorResponse(error, "PUT /api/media/uploads/[id]");
  }
}

export async function DELETE(_request: Request, { params }: Context) {
  try {
    return NextResponse.json(await cancelUpload(await uploadOwnerOrThrow(params)));
  } catch (error) {
    return mediaErrorResponse(error, "DELETE /api/media/uploads/[id]");
  }
}
