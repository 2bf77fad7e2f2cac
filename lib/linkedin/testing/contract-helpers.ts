// TEST-ONLY helpers for the posts, media and statistics contract tests: a client whose waits move
// the sandbox clock (so media processing and backoff take no real time), uploaded test media, and
// the sandbox's /feed/update page as a reader sees it.
import { makePng } from "@/sandbox/fixtures";
import type { LinkedInConfig } from "../config";
import type { LinkedInClient } from "../http/linkedin-client";
import { uploadImage } from "../media/upload-single-media";
import { waitForMediaAvailable } from "../media/wait-for-media-available";
import type { ImageUrn, PostUrn } from "../urns";
import type { LinkedInSandbox } from "./linkedin-sandbox";

/** Every member and Page scope the sandbox's default app grants. */
export const FULL_SCOPES = [
  "openid",
  "profile",
  "w_member_social",
  "r_member_social",
  "w_organization_social",
  "r_organization_social",
  "rw_organization_admin",
  "r_organization_admin",
];
/** Alex Morgan, the sandbox's default member. */
export const ALEX = "urn:li:person:8kQvT3mZpA" as const;
/** Alex is ADMINISTRATOR: may post and read statistics. */
export const NORTHWIND = "urn:li:organization:5515001" as const;
/** Alex is CONTENT_ADMINISTRATOR: may post, not read statistics. */
export const ACME = "urn:li:organization:5515002" as const;

/** A client whose config.sleep advances the sandbox clock instead of waiting. */
export async function clockedClient(
  sandbox: LinkedInSandbox,
  input: { scopes?: string[]; member?: string } = {},
): Promise<{ client: LinkedInClient; accessToken: string; memberUrn: string }> {
  const config = sandbox.config({ sleep: (ms) => sandbox.advanceClock(Math.max(1, Math.round(ms))) });
  return sandbox.client({ scopes: input.scopes ?? FULL_SCOPES, member: input.member, config });
}

/** Uploads a PNG as `owner` and waits until LinkedIn (the sandbox) has processed it. */
export async function uploadTestImage(
  client: LinkedInClient,
  owner: string,
  options: { width?: number; height?: number } = {},
): Promise<ImageUrn> {
  const { urn } = await uploadImage(client, {
    owner,
    source: { data: makePng({ width: options.width ?? 40, height: options.height ?? 30 }) },
  });
  await waitForMediaAvailable(client, { urn, owner });
  return urn;
}

export async function feedPage(
  sandbox: LinkedInSandbox,
  urn: PostUrn,
): Promise<{ status: number; html: string }> {
  const res = await fetch(`${sandbox.url}/feed/update/${urn}`, { headers: { Accept: "text/html" } });
  return { status: res.status, html: await res.text() };
}

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&amp;": "&",
};
const decode = (html: string) => html.replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e);

/** The commentary a reader sees on /feed/update: tags stripped, entities decoded. */
export function shownCommentary(html: string): string {
  const match = /<div class="commentary" data-testid="commentary">([\s\S]*?)<\/div>/.exec(html);
  if (!match) throw new Error("no commentary element on the feed page");
  return decode((match[1] as string).replace(/<[^>]+>/g, ""));
}

/** The alt texts of the post's images, in order. */
export function shownAltTexts(html: string): string[] {
  return [...html.matchAll(/<img class="post-image" [^>]*alt="([^"]*)"/g)].map((m) => decode(m[1] as string));
}

/** The rejection of a promise that must fail (fails the test if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

/** A config that advances the sandbox clock on sleep and records the path of every PUT it sends. */
export function recordingConfig(sandbox: LinkedInSandbox): { config: LinkedInConfig; puts: string[] } {
  const puts: string[] = [];
  const config = sandbox.config({
    sleep: (ms) => sandbox.advanceClock(Math.max(1, Math.round(ms))),
    fetch: (url, init) => {
      if (init?.method === "PUT") puts.push(new URL(String(url)).pathname);
      return fetch(url, init);
    },
  });
  return { config, puts };
}
