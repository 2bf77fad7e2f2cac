// Several uploads: at most `concurrency` at a time, queued ones can be cancelled before they start.
import { describe, expect, it } from "vitest";
import type { UploadState, UploadTransport } from "@/lib/media/resumable-upload";
import { createUploadQueue, type QueuedUpload } from "@/lib/media/upload-queue";
import { MAX_CHUNK_BYTES } from "@/lib/schemas/media";
import { makePng } from "@/sandbox/fixtures";

function slowServer() {
  let active = 0;
  let maxActive = 0;
  let sessions = 0;
  const transport: UploadTransport = {
    async createSession(input) {
      active++;
      maxActive = Math.max(maxActive, active);
      const id = `s${++sessions}`;
      return {
        id,
        fileName: input.name,
        kind: input.kind ?? null,
        size: input.size,
        offset: 0,
        status: "UPLOADING",
        error: null,
        assetId: null,
        expiresAt: "",
        maxChunkBytes: MAX_CHUNK_BYTES,
      };
    },
    getSession: async () => {
      throw new Error("not used");
    },
    async putChunk({ id, end, total }) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return {
        id,
        fileName: "",
        kind: null,
        size: total,
        offset: end,
        status: "UPLOADING",
        error: null,
        assetId: null,
        expiresAt: "",
        maxChunkBytes: MAX_CHUNK_BYTES,
      };
    },
    async complete(id) {
      active--;
      return {
        deduplicated: false,
        asset: {
          id: `asset-${id}`,
          kind: "IMAGE",
          fileName: "",
          mimeType: "image/png",
          sizeBytes: 0,
          sha256: "",
          width: 1,
          height: 1,
          durationMs: null,
          pageCount: null,
          createdAt: "",
          url: "",
        },
      };
    },
    cancel: async () => {},
  };
  return { transport, stats: () => ({ maxActive, sessions }) };
}

const png = (n: number) =>
  new File([new Uint8Array(makePng({ width: 10 + n, height: 10 }))], `image-${n}.png`);

describe("createUploadQueue", () => {
  it("runs at most `concurrency` uploads at once and finishes them all", async () => {
    const server = slowServer();
    const items = new Map<string, Partial<QueuedUpload>>();
    const finished: UploadState[] = [];
    let resolveAll!: () => void;
    const allDone = new Promise<void>((resolve) => (resolveAll = resolve));
    const queue = createUploadQueue({
      transport: server.transport,
      concurrency: 2,
      chunkSize: 64,
      onChange: (id, state) => items.set(id, { ...items.get(id), ...state }),
      onFinished: (_id, final) => {
        finished.push(final);
        if (finished.length === 5) resolveAll();
      },
    });
    const added = queue.add([0, 1, 2, 3, 4].map(png), "image");
    expect(added.map((item) => item.status)).toEqual(["queued", "queued", "queued", "queued", "queued"]);
    await allDone;
    expect(server.stats()).toEqual({ maxActive: 2, sessions: 5 });
    expect(finished.map((state) => state.status)).toEqual(["done", "done", "done", "done", "done"]);
    expect([...items.values()].every((state) => state.progress === 1)).toBe(true);
  });

  it("cancels a queued upload before it sends anything", async () => {
    const server = slowServer();
    const changes: [string, Partial<QueuedUpload>][] = [];
    const done: string[] = [];
    const queue = createUploadQueue({
      transport: server.transport,
      concurrency: 1,
      chunkSize: 64,
      onChange: (id, state) => changes.push([id, state]),
      onFinished: (id) => done.push(id),
    });
    const [first, second] = queue.add([png(0), png(1)], "image");
    queue.cancel(second!.id);
    expect(changes).toContainEqual([second!.id, { status: "cancelled" }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toEqual([first!.id]);
    expect(server.stats().sessions).toBe(1);
    expect(queue.retry(first!.id)).toBe(false); // done: nothing to retry
    expect(queue.retry(second!.id)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toEqual([first!.id, second!.id]);
  });
});
