// Every event Cadence sends to webhook endpoints, and the exact shape of its payload, in one place:
// the emitters build payloads through these schemas (so a field can never be misspelled or go
// missing), the sender re-reads the stored payload through them (so keys go out in this order),
// and README's "Webhooks" section documents them. Field names are snake_case, as receivers in any
// language expect from a JSON API; times are ISO 8601 in UTC.
import { randomBytes } from "node:crypto";
import { z } from "zod";

/** Events an endpoint can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  "post.published",
  "post.failed",
  "post.retry_scheduled",
  "channel.expiring",
  "channel.disconnected",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by "Send test event", to the one endpoint, whatever it subscribes to. */
export const WEBHOOK_TEST_EVENT = "webhook.test";
export type AnyWebhookEventType = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<AnyWebhookEventType, string> = {
  "post.published": "A post went out on one of its channels.",
  "post.failed": "A post could not be published on a channel and will not be retried by itself.",
  "post.retry_scheduled":
    "Publishing hit a passing problem (or LinkedIn's daily limit); Cadence retries at retry_at.",
  "channel.expiring": "LinkedIn access for a channel ends soon (14, 7 and 1 days before).",
  "channel.disconnected": "A channel was disconnected, or LinkedIn stopped accepting its sign-in.",
  "webhook.test": "Sent by “Send test event” in Settings.",
};

const isoTime = z.iso.datetime({ offset: true });

/** One post on one channel (a publishing target). */
export const postEventDataSchema = z.object({
  post_id: z.string(),
  target_id: z.string(),
  channel_id: z.string(),
  channel_name: z.string(),
  /** The target's state: PUBLISHED, FAILED or RETRY_WAIT. */
  state: z.enum(["PUBLISHED", "FAILED", "RETRY_WAIT"]),
  linkedin_urn: z.string().nullable(),
  linkedin_url: z.string().nullable(),
  /** lib/publishing/failure-codes.ts, e.g. RATE_LIMITED, VALIDATION; null when published. */
  error_code: z.string().nullable(),
  error: z.string().nullable(),
  retry_at: isoTime.nullable(),
});
export type PostEventData = z.infer<typeof postEventDataSchema>;

const channelFields = {
  channel_id: z.string(),
  channel_name: z.string(),
  /** urn:li:organization:… or urn:li:person:…, the channel's author on LinkedIn. */
  author_urn: z.string(),
};

export const channelExpiringDataSchema = z.object({
  ...channelFields,
  /** When publishing to the channel stops unless it is reconnected. */
  expires_at: isoTime,
  days_left: z.number().int().nonnegative(),
});
export type ChannelExpiringData = z.infer<typeof channelExpiringDataSchema>;

export const channelDisconnectedDataSchema = z.object({
  ...channelFields,
  /** DISCONNECTED (removed in Cadence) or NEEDS_RECONNECT (LinkedIn refused or expired the sign-in). */
  status: z.enum(["DISCONNECTED", "NEEDS_RECONNECT"]),
  reason: z.string(),
});
export type ChannelDisconnectedData = z.infer<typeof channelDisconnectedDataSchema>;

export const testEventDataSchema = z.object({
  endpoint_id: z.string(),
  message: z.string(),
});

const envelope = <Type extends AnyWebhookEventType, Data extends z.ZodObject>(type: Type, data: Data) =>
  z.object({
    /** evt_…: the webhook-id header too, and the same on every retry and resend. */
    id: z.string().regex(/^evt_[A-Za-z0-9]+$/),
    type: z.literal(type),
    created_at: isoTime,
    workspace_id: z.string(),
    data,
  });

export const webhookEventSchema = z.discriminatedUnion("type", [
  envelope("post.published", postEventDataSchema),
  envelope("post.failed", postEventDataSchema),
  envelope("post.retry_scheduled", postEventDataSchema),
  envelope("channel.expiring", channelExpiringDataSchema),
  envelope("channel.disconnected", channelDisconnectedDataSchema),
  envelope("webhook.test", testEventDataSchema),
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

export type WebhookEventData<Type extends AnyWebhookEventType> = Extract<
  WebhookEvent,
  { type: Type }
>["data"];

/** evt_ + 128 random bits in hex: unique without coordination, safe in a header. */
export function newEventId(): string {
  return `evt_${randomBytes(16).toString("hex")}`;
}

/** A complete, validated event: throws (a bug, not bad input) when the data does not fit its type. */
export function buildWebhookEvent<Type extends AnyWebhookEventType>(input: {
  type: Type;
  workspaceId: string;
  data: WebhookEventData<Type>;
  createdAt: Date;
  id?: string;
}): WebhookEvent {
  return webhookEventSchema.parse({
    id: input.id ?? newEventId(),
    type: input.type,
    created_at: input.createdAt.toISOString(),
    workspace_id: input.workspaceId,
    data: input.data,
  });
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * The body of a delivery: the stored payload re-read through its schema, so its keys go out in the
 * documented order (PostgreSQL's jsonb keeps them sorted by length). A payload that no longer
 * fits (written by an older version) is sent as stored rather than not at all.
 */
export function serializeWebhookEvent(stored: unknown): string {
  const parsed = webhookEventSchema.safeParse(stored);
  return JSON.stringify(parsed.success ? parsed.data : stored);
}
