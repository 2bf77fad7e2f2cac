// What pages and actions see of an endpoint: never its secret, in plain or encrypted form.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { isWebhookEventType, type WebhookEventType } from "@/lib/webhooks/webhook-events";

export const MAX_WEBHOOK_ENDPOINTS = 10;

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  createdAt: string;
  createdBy: string | null;
  /** The latest delivery's outcome, for a glance at the endpoint's health. */
  lastDelivery: { status: WebhookDeliveryStatus; createdAt: string } | null;
}

export const endpointViewSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  deliveries: { select: { status: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointViewSelect }>;

export function toEndpointView(row: EndpointRow): WebhookEndpointView {
  const last = row.deliveries[0];
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    // An event type retired in a later version is dropped from the view rather than shown unknown.
    events: row.events.filter(isWebhookEventType),
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy?.name ?? null,
    lastDelivery: last ? { status: last.status, createdAt: last.createdAt.toISOString() } : null,
  };
}
