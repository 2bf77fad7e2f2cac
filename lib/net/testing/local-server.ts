// A throwaway HTTP server on 127.0.0.1 for tests of code that fetches URLs: routes by path, counts
// the requests each path received, and closes every socket on close().
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export type LocalServer = {
  port: number;
  /** `http://127.0.0.1:{port}{path}` */
  url(path?: string): string;
  /** Requests received per path (query string included). */
  hits: Map<string, number>;
  /** Host headers received, in order. */
  hosts: string[];
  close(): Promise<void>;
};

export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const hits = new Map<string, number>();
  const hosts: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    hosts.push(request.headers.host ?? "");
    const route = routes[path] ?? routes[path.split("?")[0] ?? ""];
    if (route) route(request, response);
    else response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path = "/") => `http://127.0.0.1:${port}${path}`,
    hits,
    hosts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
