// Service tests that publish: a workspace with a LinkedIn connection made through the sandbox's
// real consent flow, channels added for the given authors, and media stored exactly as uploads are.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { storagePath, tempKeyFor } from "@/lib/media/storage";
import type { UploadKind } from "@/lib/schemas/media";
import { addChannels } from "@/lib/services/channels/add-channels";
import { completeAuthorization } from "@/lib/services/linkedin-auth/complete-authorization";
import { startAuthorization } from "@/lib/services/linkedin-auth/start-authorization";
import { storeMediaAsset } from "@/lib/services/media/store-media-asset";
import { createUser } from "@/lib/services/users/create-user";

export async function createTestWorkspace(email = `owner-${randomUUID()}@example.com`) {
  const { user, workspace } = await createUser({ name: "Owner", email, password: "owner-password" });
  return { userId: user.id, workspaceId: workspace.id };
}

/** Connects the sandbox member (default Alex Morgan) and adds the authors as channels. */
export async function connectTestChannels(
  owner: { userId: string; workspaceId: string },
  authorUrns: string[],
  member = "8kQvT3mZpA",
) {
  const url = new URL(await startAuthorization({ ...owner, appKey: "default" }));
  const form = new URLSearchParams(url.searchParams);
  form.set("member", member);
  form.set("decision", "allow");
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
  const location = new URL(response.headers.get("location")!);
  const { connectionId } = await completeAuthorization(
    owner.userId,
    Object.fromEntries(location.searchParams),
  );
  const channels = await addChannels({ workspaceId: owner.workspaceId, connectionId, authorUrns });
  return { connectionId, channels };
}

/** Stores bytes as a media asset through the same checks as a browser upload. */
export async function storeTestAsset(
  workspaceId: string,
  bytes: Uint8Array,
  fileName: string,
  kind?: UploadKind,
) {
  const tempKey = tempKeyFor(randomUUID());
  await mkdir(path.dirname(storagePath(tempKey)), { recursive: true });
  await writeFile(storagePath(tempKey), bytes);
  const stored = await storeMediaAsset({
    workspaceId,
    tempKey,
    fileName,
    size: bytes.byteLength,
    hint: kind,
    logContext: { test: true },
  });
  if (!stored.ok) throw new Error(`test asset refused: ${stored.reason}`);
  return stored.asset;
}
