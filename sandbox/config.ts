// Tunable behaviour of the sandbox: everything the doc marks UNCONFIRMED or "configurable" lives
// here, so tests and demos can switch variants without code changes (POST /_sandbox/config).
import { z } from "zod";
import { VIDEO_MAX_BYTES_CONFIGURABLE } from "../lib/media/inspect/media-limits";
import { PRODUCT_NAMES, type ProductName } from "./oauth/scopes";

export interface AppConfig {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Registered redirect URLs; their query strings are ignored when matching (doc §3.1). */
  redirectUris: string[];
  /** Accept any http://localhost:* and http://127.0.0.1:* redirect (any port and path). */
  allowLoopbackRedirects: boolean;
  products: ProductName[];
  /** Programmatic refresh tokens (doc §3.4): only some partners get them. */
  refreshTokens: boolean;
  /** 2-legged tokens (doc §3.6): not enabled by default on LinkedIn. */
  clientCredentials: boolean;
  /** What happens to known scopes the app has no product for (doc §3.2 conflict). */
  unentitledScopes: "drop" | "redirect_error";
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export interface QuotaLimit {
  /** Calls per UTC day by the whole app; null = unlimited. */
  app: number | null;
  /** Calls per UTC day per member of the app; null = unlimited. */
  member: number | null;
}

export type MediaKind = "image" | "video" | "document";
export type PerMediaKind<T> = Record<MediaKind, T>;

/** Posts API variants (doc §7, checklist 16–21). */
export interface PostsConfig {
  /** URN type of new posts: "auto" = `urn:li:ugcPost:` for video and multiImage posts, `urn:li:share:` otherwise (§14.16). */
  urnType: "auto" | "share" | "ugcPost";
  /** "verbatim" stores commentary as sent; "truncate" cuts it at the first unescaped reserved little-text character, as LinkedIn reportedly does silently (§7.7, UNCONFIRMED). */
  commentary: "verbatim" | "truncate";
  /** Longest commentary in characters (code points); longer → 400 (§7.6). */
  maxCommentaryLength: number;
  /** Same author + commentary + content within this many ms of sandbox time → 422 duplicate (§13.5); 0 disables. */
  duplicateWindowMs: number;
  /** A PUBLISHED create reads as PUBLISH_REQUESTED for this long (sandbox ms) before PUBLISHED (§7.6). */
  publishDelayMs: number;
  /** Status of GET on a deleted post: 404 (default) or 410 (also reported, §7.2). */
  deletedStatus: 404 | 410;
}

/** Images, Videos and Documents API variants (doc §8–§11, checklist 22–24). */
export interface MediaConfig {
  /** PROCESSING lasts this long (sandbox ms) after the upload completes. */
  processingDelayMs: PerMediaKind<number>;
  /** Lifetime of upload URLs (`uploadUrlExpiresAt` / `uploadUrlsExpireAt`). */
  uploadUrlTtlMs: PerMediaKind<number>;
  /** Lifetime of `downloadUrl`s handed out by GET. */
  downloadUrlTtlMs: number;
  /** Largest accepted upload per kind; larger uploads end in PROCESSING_FAILED (bytes beyond it are discarded). Videos: the §9.7 rule (500 MB, up to 5 GB); documents: the §10 rule (100 MB). */
  maxBytes: PerMediaKind<number>;
  /** §11/§15.16 (UNCONFIRMED): "deny" makes image/document status reads 403 for member-only tokens (no organization or ads scope). */
  memberTokenStatusReads: "allow" | "deny";
}

/** Share and follower statistics variants (doc §12). */
export interface StatisticsConfig {
  /** timeIntervals reaching before the rolling 12-month window: "clip" drops/clips those buckets; "reject" answers 400. */
  windowMode: "clip" | "reject";
}

/** Generated earlier posts of every seeded organization (sandbox/history). */
export interface HistoryConfig {
  /** On (default): each Page has ~12 months of posts from before the world was created/reset. */
  enabled: boolean;
}

export interface SandboxConfig {
  /** OIDC `iss`; null = the sandbox's own base URL. */
  issuer: string | null;
  /** Separator of `scope` in token and introspection responses (doc §3.3 conflict). */
  scopeSeparator: "," | " ";
  /** userinfo `locale`: "en-US" or {country, language} (doc §4 conflict). */
  localeFormat: "string" | "object";
  /** How many monthly LinkedIn-Version values are active, ending at the clock's current month. */
  versionWindowMonths: number;
  /** "require": /rest calls without `X-Restli-Protocol-Version: 2.0.0` get 400. "lenient": they are read as Rest.li 1.0, so List(...) and (k:v) fail. */
  protocolHeader: "require" | "lenient";
  /** Largest JSON or form request body, in bytes; larger → 413. Upload routes set their own. */
  maxBodyBytes: number;
  quotas: {
    default: QuotaLimit;
    /** Keyed by endpoint, e.g. "GET /rest/organizationAcls" (see GET /_sandbox/routes). */
    endpoints: Record<string, Partial<QuotaLimit>>;
  };
  apps: Record<string, AppConfig>;
  posts: PostsConfig;
  media: MediaConfig;
  statistics: StatisticsConfig;
  history: HistoryConfig;
}

export const ACCESS_TOKEN_TTL_SECONDS = 5_184_000; // 60 days
export const REFRESH_TOKEN_TTL_SECONDS = 31_536_000; // 365 days

function perKind<T extends z.ZodType>(value: T) {
  return z.object({ image: value, video: value, document: value }).partial().strict();
}

const quotaLimitSchema = z.object({
  app: z.number().int().nonnegative().nullable(),
  member: z.number().int().nonnegative().nullable(),
});

const appPatchSchema = z
  .object({
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    name: z.string().min(1),
    redirectUris: z.array(z.url()),
    allowLoopbackRedirects: z.boolean(),
    products: z.array(z.enum(PRODUCT_NAMES as [ProductName, ...ProductName[]])),
    refreshTokens: z.boolean(),
    clientCredentials: z.boolean(),
    unentitledScopes: z.enum(["drop", "redirect_error"]),
    accessTokenTtlSeconds: z.number().int().positive(),
    refreshTokenTtlSeconds: z.number().int().positive(),
  })
  .partial()
  .strict();

/** Shape accepted by POST /_sandbox/config and startSandbox({ config }): any subset, merged into the current config. */
export const configPatchSchema = z
  .object({
    issuer: z.string().min(1).nullable(),
    scopeSeparator: z.enum([",", " "]),
    localeFormat: z.enum(["string", "object"]),
    versionWindowMonths: z.number().int().min(1).max(120),
    protocolHeader: z.enum(["require", "lenient"]),
    maxBodyBytes: z.number().int().positive(),
    quotas: z
      .object({
        default: quotaLimitSchema.partial(),
        endpoints: z.record(z.string(), quotaLimitSchema.partial()),
      })
      .partial()
      .strict(),
    apps: z.record(z.string(), appPatchSchema),
    posts: z
      .object({
        urnType: z.enum(["auto", "share", "ugcPost"]),
        commentary: z.enum(["verbatim", "truncate"]),
        maxCommentaryLength: z.number().int().positive(),
        duplicateWindowMs: z.number().int().nonnegative(),
        publishDelayMs: z.number().int().nonnegative(),
        deletedStatus: z.union([z.literal(404), z.literal(410)]),
      })
      .partial()
      .strict(),
    media: z
      .object({
        processingDelayMs: perKind(z.number().int().nonnegative()),
        uploadUrlTtlMs: perKind(z.number().int().positive()),
        downloadUrlTtlMs: z.number().int().positive(),
        maxBytes: perKind(z.number().int().positive().max(VIDEO_MAX_BYTES_CONFIGURABLE)),
        memberTokenStatusReads: z.enum(["allow", "deny"]),
      })
      .partial()
      .strict(),
    statistics: z
      .object({ windowMode: z.enum(["clip", "reject"]) })
      .partial()
      .strict(),
    history: z.object({ enabled: z.boolean() }).partial().strict(),
  })
  .partial()
  .strict();

export type SandboxConfigPatch = z.infer<typeof configPatchSchema>;

/** Merges a validated patch into a copy of `base`. A new app id needs at least a clientSecret; the rest defaults like the basic app. */
export function mergeConfig(base: SandboxConfig, patch: SandboxConfigPatch): SandboxConfig {
  const next = structuredClone(base);
  const { quotas, apps, posts, media, statistics, history, ...scalars } = patch;
  Object.assign(next, scalars);
  if (posts) next.posts = { ...next.posts, ...posts };
  if (statistics) next.statistics = { ...next.statistics, ...statistics };
  if (history) next.history = { ...next.history, ...history };
  if (media) {
    const { processingDelayMs, uploadUrlTtlMs, maxBytes, ...rest } = media;
    next.media = {
      ...next.media,
      ...rest,
      processingDelayMs: { ...next.media.processingDelayMs, ...processingDelayMs },
      uploadUrlTtlMs: { ...next.media.uploadUrlTtlMs, ...uploadUrlTtlMs },
      maxBytes: { ...next.media.maxBytes, ...maxBytes },
    };
  }
  if (quotas?.default) next.quotas.default = { ...next.quotas.default, ...quotas.default };
  if (quotas?.endpoints) {
    for (const [endpoint, limit] of Object.entries(quotas.endpoints)) {
      next.quotas.endpoints[endpoint] = { ...next.quotas.endpoints[endpoint], ...limit };
    }
  }
  for (const [clientId, app] of Object.entries(apps ?? {})) {
    const current = next.apps[clientId] ?? newAppDefaults(clientId);
    next.apps[clientId] = { ...current, ...app, clientId };
  }
  return next;
}

function newAppDefaults(clientId: string): AppConfig {
  return {
    clientId,
    clientSecret: `${clientId}-secret`,
    name: clientId,
    redirectUris: [],
    allowLoopbackRedirects: true,
    products: ["OPENID_CONNECT", "SHARE_ON_LINKEDIN"],
    refreshTokens: false,
    clientCredentials: false,
    unentitledScopes: "drop",
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: REFRESH_TOKEN_TTL_SECONDS,
  };
}

/** Effective daily limits of one endpoint. */
export function quotaFor(config: SandboxConfig, endpoint: string): QuotaLimit {
  return { ...config.quotas.default, ...config.quotas.endpoints[endpoint] };
}
