// Plain-fetch helpers for the posts, media, statistics and feed contract tests: tokens with the
// usual scopes, Rest.li calls, and the upload flows (initialize → PUT → processing on the clock).
import { expect } from "vitest";
import { advanceClock, mintToken, postJson, restGet, restHeaders } from "./sandbox-test-kit";

export const ALEX_URN = "urn:li:person:8kQvT3mZpA";
export const PRIYA_URN = "urn:li:person:R2dNw7LxYc";
export const orgUrn = (id: number) => `urn:li:organization:${id}`;
/** Alex: ADMINISTRATOR. */
export const NORTHWIND = orgUrn(5515001);
/** Alex: CONTENT_ADMINISTRATOR. */
export const ACME = orgUrn(5515002);
/** Alex: ANALYST (cannot post). */
export const LUMEN = orgUrn(5515004);

/** Every member and organization scope the default app can grant. */
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

/** Rest.li 2.0 encoding of a URN as a path key or query value (`:` → `%3A`). */
export const enc = (urn: string) => encodeURIComponent(urn).replace(/\(/g, "%28").replace(/\)/g, "%29");

/** A clock step longer than every default processing delay. */
export const PROCESSING_STEP_MS = 60_000;

export async function fullToken(url: string, member = "default", scopes = FULL_SCOPES): Promise<string> {
  return (await mintToken(url, { member, scopes })).access_token;
}

export function restPost(
  url: string,
  pathAndQuery: string,
  token: string,
  body: unknown,
  extra: Record<string, string> = {},
): Promise<Response> {
  return postJson(`${url}${pathAndQuery}`, body, restHeaders(token, extra));
}

export function restDelete(url: string, pathAndQuery: string, token: string): Promise<Response> {
  return fetch(`${url}${pathAndQuery}`, { method: "DELETE", headers: restHeaders(token) });
}

export async function getJson<T = Record<string, unknown>>(
  url: string,
  pathAndQuery: string,
  token: string,
): Promise<{ status: number; body: T }> {
  const res = await restGet(url, pathAndQuery, token);
  return { status: res.status, body: (await res.json()) as T };
}

export function textPost(author: string, commentary: string, extra: Record<string, unknown> = {}) {
  return {
    author,
    commentary,
    visibility: "PUBLIC",
    distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: "PUBLISHED",
    isReshareDisabledByAuthor: false,
    ...extra,
  };
}

/** POST /rest/posts expecting 201; returns the x-restli-id. */
export async function createPost(url: string, token: string, body: unknown): Promise<string> {
  const res = await restPost(url, "/rest/posts", token, body);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return res.headers.get("x-restli-id") as string;
}

export async function getPost(url: string, token: string, urn: string) {
  return getJson<Record<string, unknown>>(url, `/rest/posts/${enc(urn)}`, token);
}

export interface InitializedUpload {
  urn: string;
  uploadUrl: string;
  value: Record<string, unknown>;
}

export async function initializeSingle(
  url: string,
  token: string,
  resource: "images" | "documents",
  owner: string,
): Promise<InitializedUpload> {
  const res = await restPost(url, `/rest/${resource}?action=initializeUpload`, token, {
    initializeUploadRequest: { owner },
  });
  expect(res.status).toBe(200);
  const { value } = (await res.json()) as { value: Record<string, unknown> };
  const urn = String(value[resource === "images" ? "image" : "document"]);
  return { urn, uploadUrl: String(value.uploadUrl), value };
}

/** A view of `bytes` typed as a fetch body (no copy). */
export function asBody(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}

export function put(uploadUrl: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  return fetch(uploadUrl, {
    method: "PUT",
    headers: { "Content-Type": "application/octet-stream", ...headers },
    body: asBody(bytes),
  });
}

/** Initialize, PUT and (unless `settle: false`) let processing finish on the sandbox clock. */
export async function uploadSingle(
  url: string,
  token: string,
  resource: "images" | "documents",
  owner: string,
  bytes: Uint8Array,
  options: { settle?: boolean } = {},
): Promise<string> {
  const { urn, uploadUrl } = await initializeSingle(url, token, resource, owner);
  const res = await put(uploadUrl, bytes);
  expect(res.status).toBe(201);
  if (options.settle ?? true) await advanceClock(url, { advanceMs: PROCESSING_STEP_MS });
  return urn;
}

export interface VideoInit {
  urn: string;
  uploadToken: string;
  instructions: { uploadUrl: string; firstByte: number; lastByte: number }[];
  value: Record<string, unknown>;
}

export async function initializeVideo(
  url: string,
  token: string,
  owner: string,
  fileSizeBytes: number,
  extra: Record<string, unknown> = {},
): Promise<VideoInit> {
  const res = await restPost(url, "/rest/videos?action=initializeUpload", token, {
    initializeUploadRequest: {
      owner,
      fileSizeBytes,
      uploadCaptions: false,
      uploadThumbnail: false,
      ...extra,
    },
  });
  if (res.status !== 200) throw new Error(`video init failed: ${res.status} ${await res.text()}`);
  const { value } = (await res.json()) as { value: Record<string, unknown> };
  return {
    urn: String(value.video),
    uploadToken: String(value.uploadToken),
    instructions: value.uploadInstructions as VideoInit["instructions"],
    value,
  };
}

/** PUTs every part's exact byte range; returns the ETags in instruction order. */
export async function uploadVideoParts(init: VideoInit, bytes: Uint8Array): Promise<string[]> {
  const etags: string[] = [];
  for (const { uploadUrl, firstByte, lastByte } of init.instructions) {
    const res = await put(uploadUrl, bytes.subarray(firstByte, lastByte + 1));
    expect(res.status).toBe(200);
    etags.push(res.headers.get("etag") as string);
  }
  return etags;
}

export function finalizeVideo(url: string, token: string, init: VideoInit, uploadedPartIds: string[]) {
  return restPost(url, "/rest/videos?action=finalizeUpload", token, {
    finalizeUploadRequest: { video: init.urn, uploadToken: init.uploadToken, uploadedPartIds },
  });
}

/** The whole video flow, ending AVAILABLE (or whatever processing decides). */
export async function uploadVideo(
  url: string,
  token: string,
  owner: string,
  bytes: Uint8Array,
): Promise<string> {
  const init = await initializeVideo(url, token, owner, bytes.length);
  const etags = await uploadVideoParts(init, bytes);
  expect((await finalizeVideo(url, token, init, etags)).status).toBe(200);
  await advanceClock(url, { advanceMs: PROCESSING_STEP_MS });
  return init.urn;
}

export async function mediaStatus(url: string, token: string, urn: string) {
  const resource = urn.startsWith("urn:li:image:")
    ? "images"
    : urn.startsWith("urn:li:video:")
      ? "videos"
      : "documents";
  return getJson<Record<string, unknown>>(url, `/rest/${resource}/${enc(urn)}`, token);
}
