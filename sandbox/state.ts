// All mutable sandbox state in one object: plain JSON data (so it can be snapshotted and shown by
// GET /_sandbox/state) plus the clock. Handlers receive it as ctx.state.
import { SandboxClock, type ClockSnapshot } from "./clock";
import { mergeConfig, type SandboxConfig, type SandboxConfigPatch } from "./config";
import type { Fault } from "./faults/faults";
import { runResetHooks } from "./lifecycle";
import type { OAuthStore } from "./oauth/token-store";
import { createSigningKey, type SigningKeyData } from "./oauth/signing-key";
import { createDefaultConfig, createSeedWorld } from "./seed";
import type { SandboxWorld } from "./world";

export type PostLifecycleState = "DRAFT" | "PUBLISH_REQUESTED" | "PUBLISHED" | "PUBLISH_FAILED";

/** A post as stored (doc §7). Owned by the posts handlers; the home page and state API read it. */
export interface SandboxPost {
  /** `urn:li:share:{n}` or `urn:li:ugcPost:{n}`. */
  id: string;
  author: string;
  commentary: string;
  visibility: string;
  distribution: {
    feedDistribution: string;
    targetEntities?: unknown[];
    thirdPartyDistributionChannels?: unknown[];
  };
  content?: Record<string, unknown>;
  reshareContext?: { parent: string; root?: string };
  lifecycleState: PostLifecycleState;
  isReshareDisabledByAuthor: boolean;
  isEditedByAuthor: boolean;
  createdAt: number;
  publishedAt?: number;
  lastModifiedAt: number;
  /** Soft delete: GET answers 404 once set. */
  deletedAt?: number;
  /** Who created it through which app (not part of LinkedIn's wire format). */
  createdBy: { clientId: string; memberId: string };
  /** Set by PARTIAL_UPDATE (sponsored content fields, echoed on GET). */
  contentCallToActionLabel?: string;
  contentLandingPage?: string;
  /** A PUBLISHED create waiting out `posts.publishDelayMs` (shown as PUBLISH_REQUESTED until `at`). */
  pendingPublish?: { at: number; outcome: "PUBLISHED" | "PUBLISH_FAILED"; reason?: string };
  /** Why a PUBLISH_FAILED fault failed the post (sandbox only; shown on /feed/update). */
  publishFailureReason?: string;
  /** Anything else the posts handlers need to keep. */
  extra?: Record<string, unknown>;
}

export type MediaStatus = "WAITING_UPLOAD" | "PROCESSING" | "AVAILABLE" | "PROCESSING_FAILED";

/** One byte range of an upload (videos: 4 MiB parts, §9.2; images/documents: the whole file). */
export interface MediaUploadPart {
  firstByte: number;
  /** Inclusive. */
  lastByte: number;
  /** ETag returned by the part's PUT; null until the part arrived. */
  etag: string | null;
  uploadedAt?: number;
}

/** What the inspectors found in an upload that passed (lib/media/inspect). */
export interface MediaInfo {
  format: string;
  mimeType: string;
  sizeBytes: number;
  width?: number;
  height?: number;
  frameCount?: number;
  durationMs?: number;
  pageCount?: number;
}

/** A video's optional extra upload (captions SRT or thumbnail image, §9.4). */
export interface MediaSideUpload {
  uploadedAt?: number;
  sizeBytes?: number;
  mimeType?: string;
  /** Captions: number of cues; thumbnails: pixel size. */
  cueCount?: number;
  width?: number;
  height?: number;
  /** Set when the file broke a rule; finalize then fails the video with it. */
  problem?: string;
}

/** An uploaded image, video or document (doc §8–§11). Owned by the media handlers. */
export interface SandboxMedia {
  /** `urn:li:image:…`, `urn:li:video:…` or `urn:li:document:…`. */
  id: string;
  kind: "image" | "video" | "document";
  owner: string;
  status: MediaStatus;
  createdAt: number;
  processingFailureReason?: string;
  /** Who initialized it (not part of LinkedIn's wire format). */
  createdBy?: { clientId: string; memberId: string | null };
  /** Signs the upload URLs (`ut=` query parameter). */
  uploadToken?: string;
  /** Images/documents: `uploadUrlExpiresAt`; videos: `uploadUrlsExpireAt` (epoch ms). */
  uploadUrlExpiresAt?: number;
  /** Signs download URLs (`t=` query parameter). */
  downloadToken?: string;
  /** Videos: `fileSizeBytes` declared at initializeUpload. */
  declaredSizeBytes?: number;
  parts?: MediaUploadPart[];
  /** Videos: the `uploadToken` finalize must echo (§9.1, "" for single-part uploads). */
  finalizeToken?: string;
  /** When all bytes arrived (images/documents) or finalizeUpload succeeded (videos). */
  uploadedAt?: number;
  /** Set when processing starts; the outcome becomes the status at `completesAt` (sandbox clock). */
  processing?: {
    startedAt: number;
    completesAt: number;
    outcome: { status: "AVAILABLE" } | { status: "PROCESSING_FAILED"; reason: string };
  };
  info?: MediaInfo;
  captions?: MediaSideUpload;
  thumbnail?: MediaSideUpload;
  /** Media-specific fields (upload parts, ETags, byte sizes, dimensions…). Bytes are stored elsewhere or as Buffers (snapshots base64 them). */
  extra?: Record<string, unknown>;
}

export interface CallCounter {
  total: number;
  statuses: Record<string, number>;
}

export interface UsageState {
  /** UTC day (`YYYY-MM-DD`) the quota counters belong to; a new day of the sandbox clock resets them. */
  quotaDay: string;
  /** `${clientId} ${endpoint}` → calls today. */
  app: Record<string, number>;
  /** `${clientId} ${memberId} ${endpoint}` → calls today. */
  member: Record<string, number>;
  /** endpoint → all calls since the last reset (any status). */
  calls: Record<string, CallCounter>;
}

export interface SequenceState {
  /** Bumped by every reset so tokens minted after a reset never equal older ones. */
  generation: number;
  counter: number;
  /** Position in the replayable random sequence (restarts at 0 on reset). */
  random: number;
}

export interface SandboxState {
  clock: SandboxClock;
  config: SandboxConfig;
  world: SandboxWorld;
  oauth: OAuthStore;
  posts: Record<string, SandboxPost>;
  media: Record<string, SandboxMedia>;
  faults: Fault[];
  usage: UsageState;
  /** Free-form namespaces for extension modules (statistics, etc.): use getExtension(). */
  ext: Record<string, unknown>;
  signingKey: SigningKeyData;
  seq: SequenceState;
  /** URL the server listens on (set by startSandbox). */
  listenUrl: string;
  /** Externally visible base URL if configured; otherwise derived from each request's Host. */
  publicUrl: string | null;
  /**
   * Sandbox time the world was created or last reset: the anchor of the generated history posts
   * (sandbox/history), so moving the clock later never adds history. Snapshotted with the rest.
   */
  createdAt: number;
  /** What POST /_sandbox/reset restores besides the seeded world. */
  initial: { clock: ClockSnapshot; config: SandboxConfig };
}

export interface CreateStateOptions {
  now?: number;
  config?: SandboxConfigPatch;
  publicUrl?: string | null;
}

export function emptyOAuthStore(): OAuthStore {
  return { codes: {}, accessTokens: {}, refreshTokens: {}, grants: {} };
}

export function emptyUsage(now: number): UsageState {
  return { quotaDay: new Date(now).toISOString().slice(0, 10), app: {}, member: {}, calls: {} };
}

export function createState(options: CreateStateOptions = {}): SandboxState {
  const clock = new SandboxClock(options.now === undefined ? undefined : { now: options.now });
  const config = mergeConfig(createDefaultConfig(), options.config ?? {});
  return {
    clock,
    config,
    world: createSeedWorld(),
    oauth: emptyOAuthStore(),
    posts: {},
    media: {},
    faults: [],
    usage: emptyUsage(clock.now()),
    ext: {},
    signingKey: createSigningKey(),
    seq: { generation: 1, counter: 0, random: 0 },
    listenUrl: "",
    publicUrl: options.publicUrl ?? null,
    createdAt: clock.now(),
    initial: { clock: clock.toJSON(), config: structuredClone(config) },
  };
}

/** Back to the seeded world: clock, config, data and faults as at start; the signing key survives. */
export function resetState(state: SandboxState): void {
  const running = !state.initial.clock.frozen;
  state.clock = new SandboxClock(running ? undefined : state.initial.clock);
  state.config = structuredClone(state.initial.config);
  state.world = createSeedWorld();
  state.oauth = emptyOAuthStore();
  state.posts = {};
  state.media = {};
  state.faults = [];
  state.usage = emptyUsage(state.clock.now());
  state.ext = {};
  state.seq = { generation: state.seq.generation + 1, counter: 0, random: 0 };
  state.createdAt = state.clock.now();
  // Resources outside the JSON state (uploaded bytes in temp files) go too.
  runResetHooks(state);
}

/** Lazily creates and returns an extension's own slice of state (reset clears it). */
export function getExtension<T>(state: SandboxState, key: string, init: () => T): T {
  if (!(key in state.ext)) state.ext[key] = init();
  return state.ext[key] as T;
}
