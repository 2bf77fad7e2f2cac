// How a delivery's status reads in the log.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";

const LOOK: Record<WebhookDeliveryStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Pending", tone: "neutral" },
  RETRYING: { label: "Retrying", tone: "warning" },
  SUCCEEDED: { label: "Delivered", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { label, tone } = LOOK[status];
  return <Badge tone={tone}>{label}</Badge>;
}
