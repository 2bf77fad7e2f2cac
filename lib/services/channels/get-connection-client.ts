// A LinkedIn client acting with one connection's token, for services of this workspace only.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createLinkedInClient, type LinkedInClient } from "@/lib/linkedin";
import { getLinkedInApp, type AppKey } from "@/lib/services/linkedin-auth/linkedin-apps";
import { openAccessToken } from "@/lib/services/channels/token-vault";

export async function getConnectionClient({
  workspaceId,
  connectionId,
}: {
  workspaceId: string;
  connectionId: string;
}) {
  const db = await getDb();
  const connection = await db.linkedInConnection.findFirst({
    where: { id: connectionId, workspaceId },
    omit: { accessTokenEnc: false },
  });
  if (!connection)
    throw new AppError("NOT_FOUND", "That LinkedIn connection does not exist in this workspace.");
  if (!connection.accessTokenEnc || connection.status === "DISCONNECTED") {
    throw new AppError("CONFLICT", "This LinkedIn connection was disconnected. Reconnect it first.");
  }
  const app = getLinkedInApp(connection.appKey as AppKey);
  if (!app) throw new AppError("UNAVAILABLE", "The LinkedIn app of this connection is no longer configured.");
  const accessToken = openAccessToken(
    { workspaceId, memberUrn: connection.memberUrn, appKey: connection.appKey },
    connection.accessTokenEnc,
  );
  const client: LinkedInClient = createLinkedInClient({
    accessToken,
    grantedScopes: connection.grantedScopes,
    config: app.config,
  });
  const { accessTokenEnc: _secret, ...safe } = connection;
  return { client, connection: safe };
}
