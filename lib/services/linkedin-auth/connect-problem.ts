// Every way connecting LinkedIn can end badly, with what the person should read and do. The
// callback redirects to /channels/connect/problem?reason=… and nothing is created.
export const connectProblems = {
  cancelled: {
    title: "You cancelled signing in to LinkedIn",
    body: "Nothing was connected. When you're ready, start again and sign in to LinkedIn.",
  },
  refused: {
    title: "LinkedIn access was not allowed",
    body: "You chose not to give Cadence access on LinkedIn's permission screen, so nothing was connected. Cadence needs that access to publish for you.",
  },
  state_invalid: {
    title: "This link didn't come from your session",
    body: "For your security Cadence only accepts LinkedIn answers to requests you started yourself. Start connecting again from Channels.",
  },
  state_expired: {
    title: "That took too long",
    body: "The LinkedIn sign-in expired or was already used. Start connecting again from Channels.",
  },
  code_rejected: {
    title: "LinkedIn did not accept the sign-in",
    body: "LinkedIn refused the one-time code (it may have been used already or expired). Start connecting again from Channels.",
  },
  missing_scopes: {
    title: "LinkedIn granted fewer permissions than Cadence needs",
    body: "Nothing was connected.",
  },
  wrong_member: {
    title: "A different LinkedIn member signed in",
    body: "This connection belongs to another LinkedIn member. Sign in to LinkedIn as that member to reconnect it, or connect your own account as a new connection.",
  },
  no_identity: {
    title: "Cadence could not tell who signed in",
    body: "LinkedIn did not tell Cadence which member signed in and that member manages no Pages. Nothing was connected.",
  },
  linkedin_unavailable: {
    title: "LinkedIn didn't answer",
    body: "LinkedIn could not be reached or had a problem. Nothing was connected; please try again in a few minutes.",
  },
  not_configured: {
    title: "This LinkedIn app is not configured",
    body: "An administrator needs to set up the LinkedIn app before it can be used.",
  },
} as const;

export type ConnectProblemReason = keyof typeof connectProblems;

export class ConnectProblem extends Error {
  constructor(
    readonly reason: ConnectProblemReason,
    /** Extra words for the page, e.g. which LinkedIn product is missing. */
    readonly detail?: string,
  ) {
    super(`LinkedIn connection failed: ${reason}`);
    this.name = "ConnectProblem";
  }
}

export function isConnectProblemReason(value: string | undefined): value is ConnectProblemReason {
  return value !== undefined && value in connectProblems;
}
