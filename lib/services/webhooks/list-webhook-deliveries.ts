// The delivery log of one endpoint: its latest 50 deliveries, newest first, each with the event it
// carried, the headers and answer of every try, and whether it is a resend of an earlier one.
import { getDb } from "@/lib/db";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { serializeWebhookEvent } from "@/lib/webhooks/webhook-events";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint";

export const DELIVERY_LOG_SIZE = 50;

/** The order headers are read in (jsonb stores an object's keys sorted by length). */
const HEADER_ORDER = ["content-type", "user-agent", "webhook-id", "webhook-timestamp", "webhook-signature"];

function orderedHeaders(stored: unknown): Record<string, string> {
  const rank = (name: string) => {
    const index = HEADER_ORDER.indexOf(name);
    return index === -1 ? HEADER_ORDER.length : index;
  };
  const entries = Object.entries((stored ?? {}) as Record<string, string>);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

export interface WebhookAttemptView {
  id: string;
  at: string;
  requestHeaders: Record<string, string>;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** The body exactly as it is sent, pretty-printed for reading. */
  payload: string;
  /** An earlier delivery of the same event to this endpoint exists: this one was resent. */
  resend: boolean;
  attemptLog: WebhookAttemptView[];
}

export async function listWebhookDeliveries(input: {
  workspaceId: string;
  endpointId: string;
}): Promise<WebhookDeliveryView[]> {
  const db = await getDb();
  const endpoint = await findWebhookEndpointOrThrow(db, input.workspaceId, input.endpointId);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DELIVERY_LOG_SIZE,
    include: { attemptLog: { orderBy: { createdAt: "asc" } } },
  });
  // The first delivery of each event (it may be older than the 50 shown).
  const firsts = await db.webhookDelivery.groupBy({
    by: ["eventId"],
    where: { endpointId: endpoint.id, eventId: { in: [...new Set(rows.map((row) => row.eventId))] } },
    _min: { createdAt: true },
  });
  const firstAt = new Map(firsts.map((first) => [first.eventId, first._min.createdAt?.getTime()]));
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.status === "RETRYING" ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    payload: JSON.stringify(JSON.parse(serializeWebhookEvent(row.payload)), null, 2),
    resend: (firstAt.get(row.eventId) ?? Infinity) < row.createdAt.getTime(),
    attemptLog: row.attemptLog.map((attempt) => ({
      id: attempt.id,
      at: attempt.createdAt.toISOString(),
      requestHeaders: orderedHeaders(attempt.requestHeaders),
      responseStatus: attempt.responseStatus,
      responseBody: attempt.responseBody,
      error: attempt.error,
      durationMs: attempt.durationMs,
    })),
  }));
}
