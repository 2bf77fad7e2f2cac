"use server";
// Settings → API keys: create (the secret comes back once) and revoke.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys/manage-api-keys";

const createSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the key after what uses it, e.g. “Website CMS”.")
    .max(60, "Keep the name under 60 characters."),
});

const create = workspaceAction("createApiKey", createSchema, (input, { workspace, user, role }) =>
  createApiKey({ workspaceId: workspace.id, userId: user.id, role, name: input.name }),
);

const revoke = workspaceAction(
  "revokeApiKey",
  z.object({ keyId: z.string().min(1).max(64) }),
  (input, { workspace, role }) => revokeApiKey({ workspaceId: workspace.id, role, keyId: input.keyId }),
);

export async function createApiKeyAction(input: Parameters<typeof create>[0]) {
  return create(input);
}

export async function revokeApiKeyAction(input: Parameters<typeof revoke>[0]) {
  return revoke(input);
}
