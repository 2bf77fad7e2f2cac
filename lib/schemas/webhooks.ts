// Input of the webhook actions (Settings → Webhooks), shared by the form and the server. Whether
// the address is public is checked by the service (it needs DNS); the shape is checked here.
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";

export const WEBHOOK_URL_MAX_LENGTH = 2000;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 200;

const id = z.string().min(1, "Missing id.").max(64);

export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the address that should receive the events.")
  .max(
    WEBHOOK_URL_MAX_LENGTH,
    `Keep the address under ${WEBHOOK_URL_MAX_LENGTH.toLocaleString("en-US")} characters.`,
  )
  .superRefine((value, context) => {
    // Already refused above, with one message; zod runs refinements regardless.
    if (!value || value.length > WEBHOOK_URL_MAX_LENGTH) return;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({
        code: "custom",
        message: "Enter a complete address starting with https:// or http://.",
      });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      context.addIssue({
        code: "custom",
        message: "Webhooks are sent to https:// or http:// addresses only.",
      });
    else if (url.username || url.password)
      context.addIssue({
        code: "custom",
        message:
          "Leave the user name and password out of the address: receivers check the signature instead.",
      });
  });

export const webhookEventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, "Unknown event."))
  .min(1, "Choose at least one event.")
  // Stored in the order of the list above, whatever order the boxes were ticked in.
  .transform((events) => WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type)));

export const webhookDescriptionSchema = z
  .string()
  .trim()
  .max(
    WEBHOOK_DESCRIPTION_MAX_LENGTH,
    `Keep the description under ${WEBHOOK_DESCRIPTION_MAX_LENGTH} characters.`,
  );

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  description: webhookDescriptionSchema.default(""),
  events: webhookEventsSchema,
});
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;

/** Only the fields given change. */
export const updateWebhookEndpointSchema = z.object({
  endpointId: id,
  url: webhookUrlSchema.optional(),
  description: webhookDescriptionSchema.optional(),
  events: webhookEventsSchema.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhookEndpointInput = z.infer<typeof updateWebhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ endpointId: id });
export const webhookDeliveryIdSchema = z.object({ deliveryId: id });
