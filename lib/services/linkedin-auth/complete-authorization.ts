// LinkedIn's redirect back to Cadence: check the state, exchange the code, make sure LinkedIn
// granted everything that was asked for, find out who signed in, and only then store anything.
// Every failure is a ConnectProblem and leaves the database as it was (the state aside).
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { compareScopes, createLinkedInClient, exchangeCode, isLinkedInError } from "@/lib/linkedin";
import { ConnectProblem } from "@/lib/services/linkedin-auth/connect-problem";
import { identifyMember } from "@/lib/services/linkedin-auth/identify-member";
import { getLinkedInApp, type AppKey } from "@/lib/services/linkedin-auth/linkedin-apps";
import { consumeOAuthState } from "@/lib/services/linkedin-auth/oauth-state";
import { saveConnection } from "@/lib/services/channels/save-connection";

export type CallbackParams = { state?: string; code?: string; error?: string; errorDescription?: string };

function linkedInFailure(error: unknown): ConnectProblem {
  if (isLinkedInError(error) && (error.kind === "validation" || error.kind === "token"))
    return new ConnectProblem("code_rejected");
  if (isLinkedInError(error) && error.kind === "configuration")
    return new ConnectProblem("not_configured", error.userMessage);
  return new ConnectProblem("linkedin_unavailable");
}

export async function completeAuthorization(
  userId: string,
  params: CallbackParams,
): Promise<{ connectionId: string; workspaceId: string }> {
  if (!params.state) throw new ConnectProblem("state_invalid");
  let bound;
  try {
    bound = await consumeOAuthState({ state: params.state, userId });
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") throw new ConnectProblem("state_expired");
    if (isAppError(error)) throw new ConnectProblem("state_invalid");
    throw error;
  }
  if (params.error === "user_cancelled_login") throw new ConnectProblem("cancelled");
  if (params.error === "user_cancelled_authorize") throw new ConnectProblem("refused");
  if (params.error) throw new ConnectProblem("code_rejected", params.errorDescription);
  if (!params.code) throw new ConnectProblem("code_rejected");

  const app = getLinkedInApp(bound.appKey as AppKey);
  if (!app) throw new ConnectProblem("not_configured");
  const tokens = await exchangeCode({ code: params.code, redirectUri: bound.redirectUri }, app.config).catch(
    (error: unknown) => {
      throw linkedInFailure(error);
    },
  );
  const comparison = compareScopes(bound.requestedScopes, tokens.scopes ?? bound.requestedScopes);
  if (!comparison.isComplete) throw new ConnectProblem("missing_scopes", comparison.explanation ?? undefined);

  const client = createLinkedInClient({
    accessToken: tokens.accessToken,
    grantedScopes: comparison.granted,
    config: app.config,
  });
  const member = await identifyMember(client, comparison.granted).catch((error: unknown) => {
    throw linkedInFailure(error);
  });
  if (!member) throw new ConnectProblem("no_identity");

  if (bound.purpose === "reconnect" && bound.connectionId) {
    const db = await getDb();
    const original = await db.linkedInConnection.findFirst({
      where: { id: bound.connectionId, workspaceId: bound.workspaceId },
      select: { memberUrn: true, memberName: true },
    });
    if (original && original.memberUrn !== member.urn) {
      throw new ConnectProblem(
        "wrong_member",
        `This connection belongs to ${original.memberName}; LinkedIn signed in ${member.name}.`,
      );
    }
  }

  const connection = await saveConnection({
    workspaceId: bound.workspaceId,
    userId,
    appKey: bound.appKey,
    member: { urn: member.urn, name: member.name, pictureUrl: member.pictureUrl },
    tokens,
    grantedScopes: comparison.granted,
  });
  return { connectionId: connection.id, workspaceId: bound.workspaceId };
}
