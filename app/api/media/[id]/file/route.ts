// GET a stored media file (previews, thumbnails, video with seeking), only within its workspace.
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { parseByteRange } from "@/lib/media/byte-range";
import { readStream } from "@/lib/media/storage";
import { mediaIdSchema } from "@/lib/schemas/media";
import { getMediaFile } from "@/lib/services/media/get-media-file";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const id = mediaIdSchema.safeParse((await params).id);
    if (!id.success) throw new AppError("NOT_FOUND", "That media file does not exist in this workspace.");
    const file = await getMediaFile({ workspaceId: workspace.id, assetId: id.data });

    // An asset's bytes never change (they are named by their sha256), so caches may keep them.
    const etag = `"${file.sha256}"`;
    const headers = new Headers({
      "Content-Type": file.mimeType,
      "Accept-Ranges": "bytes",
      ETag: etag,
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

    const range = parseByteRange(request.headers.get("range"), file.size);
    if (range === "unsatisfiable") {
      headers.set("Content-Range", `bytes */${file.size}`);
      return new Response(null, { status: 416, headers });
    }
    if (range) {
      headers.set("Content-Range", `bytes ${range.start}-${range.end - 1}/${file.size}`);
      headers.set("Content-Length", String(range.end - range.start));
      return new Response(readStream(file.storageKey, range), { status: 206, headers });
    }
    headers.set("Content-Length", String(file.size));
    return new Response(readStream(file.storageKey), { status: 200, headers });
  } catch (error) {
    return toErrorResponse(error, "GET /api/media/[id]/file");
  }
}
