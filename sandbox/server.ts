// startSandbox(): the LinkedIn sandbox as a plain node:http server. www.linkedin.com/oauth and
// api.linkedin.com paths share one server, so clients switch by changing two base URLs.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mergeConfig, type SandboxConfigPatch } from "./config";
import { handleRequest } from "./http/handle-request";
import { runCloseHooks } from "./lifecycle";
import { configureBlobStore } from "./media-api/blob-store";
import { Router } from "./http/router";
import { registerAllRoutes, type RouteModule } from "./routes";
import { createSnapshotter, loadSnapshot } from "./snapshot";
import { createState, type SandboxState } from "./state";

export interface StartSandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** JSON file the state is loaded from at start and saved to (debounced) after requests. */
  snapshotFile?: string;
  /** Start with the clock frozen at this epoch-ms instant (tests); otherwise it follows the wall clock. */
  now?: number;
  /** Configuration overrides (same shape as POST /_sandbox/config). */
  config?: SandboxConfigPatch;
  /** Externally visible base URL (behind a proxy); default: derived from each request's Host. */
  publicUrl?: string;
  /** Extra route modules registered after the built-in ones. */
  routes?: readonly RouteModule[];
  /**
   * Folder for uploaded media bytes, kept across restarts (use with `snapshotFile`). Default: a
   * temp folder under os.tmpdir()/cadence-linkedin-sandbox, emptied on reset and deleted on close.
   */
  mediaDir?: string;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4010 — both the OAuth and the API base (append /oauth/v2, /rest, /v2). */
  url: string;
  port: number;
  close(): Promise<void>;
  state: SandboxState;
  router: Router;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const state = createState({
    now: options.now,
    config: options.config,
    publicUrl: options.publicUrl ?? null,
  });
  const snapshotter = options.snapshotFile ? createSnapshotter(state, options.snapshotFile) : undefined;
  if (options.snapshotFile && loadSnapshot(state, options.snapshotFile) && options.config) {
    // Start options (e.g. redirect URLs from the CLI's environment) win over the snapshot's config.
    state.config = mergeConfig(state.config, options.config);
    state.initial.config = mergeConfig(state.initial.config, options.config);
  }
  // The public URL is a start option, not data: a restored snapshot must not override it.
  state.publicUrl = options.publicUrl ?? null;
  if (options.mediaDir) configureBlobStore(state, options.mediaDir);

  const router = new Router();
  registerAllRoutes(router, options.routes);
  const runtime = { state, router, afterRequest: () => snapshotter?.schedule() };

  const server = createServer((req, res) => {
    handleRequest(runtime, req, res).catch((error: unknown) => {
      // handleRequest already turns errors into replies; this only guards the writing itself.
      console.error("[sandbox] unhandled error while answering", req.method, req.url, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ status: 500, message: "Internal Server Error" }));
      } else res.destroy();
    });
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const displayHost =
    host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${displayHost}:${port}`;
  state.listenUrl = url;

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    state,
    router,
    close() {
      closed ??= (async () => {
        await snapshotter?.flush();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await runCloseHooks(state);
      })();
      return closed;
    },
  };
}
