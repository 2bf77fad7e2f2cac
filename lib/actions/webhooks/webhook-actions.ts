"use server";
// Settings → Webhooks: add (the secret comes back once), change, delete, rotate the secret, send a
// test event, resend a delivery. Input is validated here with zod; the services check the role,
// the workspace and the address.
import { workspaceAction } from "@/lib/actions/action-client";
import {
  createWebhookEndpointSchema,
  updateWebhookEndpointSchema,
  webhookDeliveryIdSchema,
  webhookEndpointIdSchema,
} from "@/lib/schemas/webhooks";
import { createWebhookEndpoint } from "@/lib/services/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/services/webhooks/delete-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/services/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/services/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/services/webhooks/send-test-webhook";
import { updateWebhookEndpoint } from "@/lib/services/webhooks/update-webhook-endpoint";

const create = workspaceAction("createWebhookEndpoint", createWebhookEndpointSchema, (input, context) =>
  createWebhookEndpoint({
    ...input,
    workspaceId: context.workspace.id,
    userId: context.user.id,
    role: context.role,
  }),
);

const update = workspaceAction("updateWebhookEndpoint", updateWebhookEndpointSchema, (input, context) =>
  updateWebhookEndpoint({ ...input, workspaceId: context.workspace.id, role: context.role }),
);

const remove = workspaceAction("deleteWebhookEndpoint", webhookEndpointIdSchema, (input, context) =>
  deleteWebhookEndpoint({ ...input, workspaceId: context.workspace.id, role: context.role }),
);

const rotate = workspaceAction("rotateWebhookSecret", webhookEndpointIdSchema, (input, context) =>
  rotateWebhookSecret({ ...input, workspaceId: context.workspace.id, role: context.role }),
);

const test = workspaceAction("sendTestWebhook", webhookEndpointIdSchema, (input, context) =>
  sendTestWebhook({ ...input, workspaceId: context.workspace.id, role: context.role }),
);

const resend = workspaceAction("resendWebhookDelivery", webhookDeliveryIdSchema, (input, context) =>
  resendWebhookDelivery({ ...input, workspaceId: context.workspace.id, role: context.role }),
);

export async function createWebhookEndpointAction(input: Parameters<typeof create>[0]) {
  return create(input);
}

export async function updateWebhookEndpointAction(input: Parameters<typeof update>[0]) {
  return update(input);
}

export async function deleteWebhookEndpointAction(input: Parameters<typeof remove>[0]) {
  return remove(input);
}

export async function rotateWebhookSecretAction(input: Parameters<typeof rotate>[0]) {
  return rotate(input);
}

export async function sendTestWebhookAction(input: Parameters<typeof test>[0]) {
  return test(input);
}

export async function resendWebhookDeliveryAction(input: Parameters<typeof resend>[0]) {
  return resend(input);
}
