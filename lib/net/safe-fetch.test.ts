// safeFetch against real sockets on 127.0.0.1: what it returns, what it refuses without the
// private-network allowance (literals, DNS answers, redirect hops), and its limits in time and size.
import { once } from "node:events";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { type Resolver } from "@/lib/net/resolve-allowed-addresses";
import { safeFetch } from "@/lib/net/safe-fetch";
import { SafeFetchError } from "@/lib/net/safe-fetch-error";
import { type LocalServer, startLocalServer } from "@/lib/net/testing/local-server";

const BLOCKED = "That address points into a private network, which Cadence does not fetch.";
let server: LocalServer;
/** Writes up to this many bytes for /endless before giving up; the test checks it never gets there. */
const ENDLESS_BYTES = 20 * 1024 * 1024;
let endlessWritten = 0;

beforeAll(async () => {
  server = await startLocalServer({
    "/hello": (_req, res) =>
      res.writeHead(200, { "Content-Type": "text/plain", "X-Test": "yes" }).end("hello"),
    "/echo-host": (req, res) => res.writeHead(200).end(req.headers.host ?? ""),
    "/secret": (_req, res) => res.writeHead(200).end("internal data"),
    "/teapot": (_req, res) => res.writeHead(418, "I'm a teapot").end("short and stout"),
    "/redirect-relative": (_req, res) => res.writeHead(302, { Location: "/hello#frag" }).end(),
    "/loop": (_req, res) => res.writeHead(301, { Location: "/loop" }).end(),
    "/to-secret": (_req, res) => res.writeHead(302, { Location: server.url("/secret") }).end(),
    "/to-intranet": (_req, res) => res.writeHead(307, { Location: "http://intranet.test/admin" }).end(),
    "/to-file": (_req, res) => res.writeHead(302, { Location: "file:///etc/passwd" }).end(),
    "/silent": () => {
      // Never answers.
    },
    "/stall": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.write("<html><head>");
      // ...and then nothing more.
    },
    "/drip": (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    },
    "/big-declared": (_req, res) =>
      res.writeHead(200, { "Content-Length": String(3 * 1024 * 1024) }).end(Buffer.alloc(3 * 1024 * 1024)),
    "/endless": (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      const chunk = Buffer.alloc(64 * 1024, 1);
      const pump = () => {
        while (endlessWritten < ENDLESS_BYTES) {
          endlessWritten += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => res.removeAllListeners("drain"));
      pump();
    },
    "/gzip": (_req, res) =>
      res.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync(Buffer.from("compressed hello"))),
    "/gzip-bomb": (_req, res) =>
      res.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync(Buffer.alloc(50 * 1024 * 1024))),
    "/bad-gzip": (_req, res) =>
      res.writeHead(200, { "Content-Encoding": "gzip" }).end(Buffer.from("this is not gzip at all")),
  });
});

afterAll(() => server.close());

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

const allowed = { allowPrivate: true } as const;

/** A resolver from a fixed table, counting its calls. */
function resolverOf(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({
      address,
      family: address.includes(":") ? (6 as const) : (4 as const),
    }));
  };
  return Object.assign(resolve, { calls });
}

async function failure(promise: Promise<unknown>): Promise<SafeFetchError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SafeFetchError);
  return error as SafeFetchError;
}

describe("fetching", () => {
  it("answers the status, headers, final URL and body", async () => {
    const result = await safeFetch(server.url("/hello"), allowed);
    expect(result).toMatchObject({ status: 200, url: server.url("/hello"), truncated: false });
    expect(result.headers.get("x-test")).toBe("yes");
    expect(result.body.toString()).toBe("hello");
  });

  it("answers error statuses instead of throwing", async () => {
    const result = await safeFetch(server.url("/teapot"), allowed);
    expect(result).toMatchObject({ status: 418, statusText: "I'm a teapot" });
    expect(result.body.toString()).toBe("short and stout");
  });

  it("follows a relative redirect and reports where it ended", async () => {
    const result = await safeFetch(server.url("/redirect-relative"), allowed);
    expect(result.url).toBe(server.url("/hello"));
    expect(result.body.toString()).toBe("hello");
  });

  it("connects to the vetted address while sending the hostname as Host", async () => {
    const resolve = resolverOf({ "site.test": ["127.0.0.1"] });
    const result = await safeFetch(`http://site.test:${server.port}/echo-host`, { ...allowed, resolve });
    expect(result.body.toString()).toBe(`site.test:${server.port}`);
    // One lookup, by us: the socket reuses its answer instead of asking DNS again (no rebinding).
    expect(resolve.calls).toEqual(["site.test"]);
  });

  it("decodes gzip bodies", async () => {
    const result = await safeFetch(server.url("/gzip"), allowed);
    expect(result.body.toString()).toBe("compressed hello");
    expect(result.headers.get("content-encoding")).toBeNull();
  });

  it("streams when asked", async () => {
    const result = await safeFetch(server.url("/hello"), { ...allowed, as: "stream" });
    const chunks: Buffer[] = [];
    for await (const chunk of result.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe("hello");
  });

  it("reads private addresses when CADENCE_ALLOW_PRIVATE_URLS is on", async () => {
    vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "true");
    resetEnvCache();
    expect((await safeFetch(server.url("/hello"))).body.toString()).toBe("hello");
    vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "false");
    resetEnvCache();
    expect((await failure(safeFetch(server.url("/hello")))).code).toBe("BLOCKED_ADDRESS");
  });
});

describe("refusing private networks", () => {
  it.each([
    ["loopback", () => server.url("/secret")],
    ["private 10.x", () => "http://10.0.0.1/"],
    ["private 192.168.x", () => "http://192.168.1.1/"],
    ["IPv6 loopback", () => `http://[::1]:${server.port}/secret`],
    ["IPv6 link-local", () => "http://[fe80::1]/"],
    ["IPv4-mapped loopback", () => `http://[::ffff:127.0.0.1]:${server.port}/secret`],
    ["cloud metadata", () => "http://169.254.169.254/latest/meta-data/"],
    ["CGNAT", () => "http://100.64.0.1/"],
    ["unspecified", () => `http://0.0.0.0:${server.port}/secret`],
    ["decimal loopback", () => `http://2130706433:${server.port}/secret`],
    ["hex loopback", () => `http://0x7f.1:${server.port}/secret`],
  ])("refuses a %s address before connecting", async (_name, url) => {
    const error = await failure(safeFetch(url()));
    expect(error).toMatchObject({ code: "BLOCKED_ADDRESS", message: BLOCKED });
    expect(server.hits.get("/secret")).toBeUndefined();
  });

  it("refuses a hostname that resolves to loopback", async () => {
    const resolve = resolverOf({ "innocent.test": ["127.0.0.1"] });
    const error = await failure(safeFetch(`http://innocent.test:${server.port}/secret`, { resolve }));
    expect(error).toMatchObject({ code: "BLOCKED_ADDRESS", message: BLOCKED });
    expect(error.detail).toContain("127.0.0.1 (loopback)");
    expect(server.hits.get("/secret")).toBeUndefined();
  });

  it("refuses a hostname when any one of its addresses is private", async () => {
    const resolve = resolverOf({ "mixed.test": ["93.184.216.34", "10.0.0.7"] });
    expect((await failure(safeFetch("http://mixed.test/", { resolve }))).code).toBe("BLOCKED_ADDRESS");
  });

  it("refuses a redirect from an allowed host to a private address, re-vetting every hop", async () => {
    // site.test is the one host allowed onto the private network; its redirect targets are not.
    const resolve = resolverOf({ "site.test": ["127.0.0.1"], "intranet.test": ["10.1.2.3"] });
    const options = { resolve, allowPrivate: (host: string) => host === "site.test" };

    const toLoopback = await failure(safeFetch(`http://site.test:${server.port}/to-secret`, options));
    expect(toLoopback).toMatchObject({ code: "BLOCKED_ADDRESS", url: server.url("/secret") });
    expect(server.hits.get("/secret")).toBeUndefined();

    const toIntranet = await failure(safeFetch(`http://site.test:${server.port}/to-intranet`, options));
    expect(toIntranet).toMatchObject({ code: "BLOCKED_ADDRESS", url: "http://intranet.test/admin" });
    expect(resolve.calls).toContain("intranet.test");
  });

  it("never fetches cloud metadata, even with private networks allowed", async () => {
    expect((await failure(safeFetch("http://169.254.169.254/", allowed))).code).toBe("BLOCKED_ADDRESS");
  });
});

describe("refusing other schemes and bad addresses", () => {
  it.each(["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "data:text/plain,hi"])(
    "refuses %s",
    async (url) => {
      expect(await failure(safeFetch(url, allowed))).toMatchObject({
        code: "UNSUPPORTED_PROTOCOL",
        message: "Cadence only opens web addresses starting with https:// or http://.",
      });
    },
  );

  it("refuses a redirect to another scheme", async () => {
    expect((await failure(safeFetch(server.url("/to-file"), allowed))).code).toBe("UNSUPPORTED_PROTOCOL");
  });

  it("explains an address that is not one", async () => {
    expect((await failure(safeFetch("not a url"))).code).toBe("INVALID_URL");
  });

  it("explains a host that does not exist", async () => {
    const error = await failure(safeFetch("http://nowhere.test/", { resolve: resolverOf({}) }));
    expect(error).toMatchObject({
      code: "DNS_FAILED",
      message: "Cadence could not find the site nowhere.test. Check the address for typos.",
    });
  });

  it("explains a site that refuses the connection", async () => {
    const closed = await startLocalServer({});
    const url = closed.url("/");
    await closed.close();
    expect((await failure(safeFetch(url, allowed))).code).toBe("CONNECTION_FAILED");
  });
});

describe("limits", () => {
  it("stops after 5 redirects (a loop)", async () => {
    const error = await failure(safeFetch(server.url("/loop"), allowed));
    expect(error).toMatchObject({
      code: "TOO_MANY_REDIRECTS",
      message: "The site redirected too many times (more than 5).",
    });
    expect(server.hits.get("/loop")).toBe(6);
  });

  it("times out a site that never answers", async () => {
    const started = Date.now();
    const error = await failure(safeFetch(server.url("/silent"), { ...allowed, timeoutMs: 300 }));
    expect(error).toMatchObject({ code: "TIMEOUT", message: "The site took too long to answer." });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("times out a site that goes quiet in the middle of the body", async () => {
    const error = await failure(
      safeFetch(server.url("/stall"), { ...allowed, timeoutMs: 10_000, idleTimeoutMs: 300 }),
    );
    expect(error.code).toBe("TIMEOUT");
  });

  it("times out a site that drips bytes forever (overall deadline)", async () => {
    const error = await failure(
      safeFetch(server.url("/drip"), { ...allowed, timeoutMs: 400, idleTimeoutMs: 10_000 }),
    );
    expect(error.code).toBe("TIMEOUT");
  });

  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(safeFetch(server.url("/silent"), { ...allowed, signal: controller.signal }));
    expect(error.code).toBe("ABORTED");
  });

  it("refuses a declared Content-Length beyond the limit without reading it", async () => {
    const error = await failure(safeFetch(server.url("/big-declared"), { ...allowed, subject: "page" }));
    expect(error).toMatchObject({ code: "TOO_LARGE", message: "The page is larger than 2 MB." });
  });

  it("aborts a body that grows beyond the limit while streaming", async () => {
    endlessWritten = 0;
    const error = await failure(
      safeFetch(server.url("/endless"), { ...allowed, maxBytes: 1024 * 1024, subject: "image" }),
    );
    expect(error).toMatchObject({ code: "TOO_LARGE", message: "The image is larger than 1 MB." });
    // The server was cut off long before it sent everything.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(endlessWritten).toBeLessThan(ENDLESS_BYTES);
  });

  it("errors a returned stream once it passes the limit", async () => {
    endlessWritten = 0;
    const result = await safeFetch(server.url("/endless"), {
      ...allowed,
      as: "stream",
      maxBytes: 256 * 1024,
    });
    let read = 0;
    const error = await (async () => {
      try {
        for await (const chunk of result.body) read += (chunk as Buffer).length;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SafeFetchError);
    expect((error as SafeFetchError).code).toBe("TOO_LARGE");
    expect(read).toBeLessThanOrEqual(256 * 1024);
  });

  it("keeps the first bytes when asked to truncate", async () => {
    endlessWritten = 0;
    const result = await safeFetch(server.url("/endless"), {
      ...allowed,
      maxBytes: 100_000,
      onTooLarge: "truncate",
    });
    expect(result.truncated).toBe(true);
    expect(result.body.length).toBe(100_000);
  });

  it("counts decompressed bytes (a gzip bomb is too large)", async () => {
    const error = await failure(safeFetch(server.url("/gzip-bomb"), { ...allowed, maxBytes: 1024 * 1024 }));
    expect(error.code).toBe("TOO_LARGE");
  });

  it("explains a body that cannot be decoded", async () => {
    expect((await failure(safeFetch(server.url("/bad-gzip"), allowed))).code).toBe("BAD_RESPONSE");
  });
});

describe("cleanup", () => {
  it("stops its timers once a stream is read, so a finished download is never aborted later", async () => {
    const result = await safeFetch(server.url("/hello"), { ...allowed, as: "stream", timeoutMs: 100 });
    const errors: unknown[] = [];
    result.body.on("error", (error) => errors.push(error));
    result.body.resume();
    await once(result.body, "close");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors).toEqual([]);
  });
});
