// The baseline: one plain streamed HTTP PUT of a file (node:http, fs stream piped into the
// request, Content-Length set) — no parts, no fetch, no ETags: the fastest way to move the bytes.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { request } from "node:http";

export async function rawPut(url: string, path: string): Promise<{ status: number; bytes: number }> {
  const { size } = await stat(path);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream", "Content-Length": String(size) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes: size }));
      },
    );
    req.on("error", reject);
    createReadStream(path).on("error", reject).pipe(req);
  });
}
