// Why a target did not publish (PostTarget.lastErrorCode), each with what the person can do about
// it. The engine sets the code; the Posts page, calendar and notifications explain it from here.
export const FAILURE_CODES = {
  TOKEN_INVALID: {
    title: "LinkedIn no longer accepts this channel's sign-in",
    fix: "Reconnect the channel on the Channels page; its posts wait and go out after that.",
    action: "reconnect",
  },
  PERMISSION: {
    title: "LinkedIn refused: missing permission",
    fix: "The member who connected the channel must be an admin or content admin of the Page, and the app needs the right product. Reconnect after fixing it.",
    action: "reconnect",
  },
  RATE_LIMITED: {
    title: "LinkedIn's daily limit was reached",
    fix: "Nothing to do: Cadence tries again when LinkedIn allows it (daily limits reset at 00:00 UTC).",
    action: "wait",
  },
  VALIDATION: {
    title: "LinkedIn refused the post's content",
    fix: "Edit the post (for example, shorten the text or fix the link) and retry.",
    action: "edit",
  },
  MEDIA_PROCESSING_FAILED: {
    title: "LinkedIn could not process the media",
    fix: "Replace the image, video or document with another file and retry.",
    action: "replace-media",
  },
  MEDIA_MISSING: {
    title: "A media file is missing from Cadence's storage",
    fix: "Upload the file again in the composer and retry.",
    action: "replace-media",
  },
  VERSION: {
    title: "LinkedIn no longer supports the API version Cadence uses",
    fix: "Ask your administrator to update Cadence (or set LINKEDIN_API_VERSION to a supported month) and retry.",
    action: "operator",
  },
  TRANSIENT: {
    title: "LinkedIn did not answer properly",
    fix: "Cadence retries automatically; if it keeps failing, retry later.",
    action: "retry",
  },
  CHANNEL_UNAVAILABLE: {
    title: "The channel is disconnected or needs reconnecting",
    fix: "Reconnect the channel on the Channels page; its posts resume after that.",
    action: "reconnect",
  },
  UNKNOWN: {
    title: "Something unexpected went wrong",
    fix: "Retry; if it happens again, check the server log.",
    action: "retry",
  },
} as const;

export type FailureCode = keyof typeof FAILURE_CODES;
export type FailureAction = (typeof FAILURE_CODES)[FailureCode]["action"];

export function explainFailure(code: string | null | undefined) {
  return FAILURE_CODES[(code ?? "UNKNOWN") as FailureCode] ?? FAILURE_CODES.UNKNOWN;
}
