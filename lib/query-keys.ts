// Every React Query key in one typed factory, so a mutation invalidates exactly what it changed.
export const queryKeys = {
  channels: {
    all: (workspaceId: string) => ["workspace", workspaceId, "channels"] as const,
  },
  notifications: {
    all: (workspaceId: string) => ["workspace", workspaceId, "notifications"] as const,
  },
  posts: {
    all: (workspaceId: string) => ["workspace", workspaceId, "posts"] as const,
    /** One post as the composer edits it. */
    detail: (workspaceId: string, postId: string) => ["workspace", workspaceId, "posts", postId] as const,
  },
  /** Organization mention suggestions for the composer's type-ahead. */
  mentions: {
    search: (workspaceId: string, query: string) => ["workspace", workspaceId, "mentions", query] as const,
  },
  /** OpenGraph data of a pasted link, fetched by the server. */
  linkPreview: {
    byUrl: (workspaceId: string, url: string) => ["workspace", workspaceId, "link-preview", url] as const,
  },
  /** GET /api/calendar: posts due in [from, to) (ISO instants), per visible range. */
  calendar: {
    all: (workspaceId: string) => ["workspace", workspaceId, "calendar"] as const,
    range: (workspaceId: string, from: string, to: string) =>
      ["workspace", workspaceId, "calendar", from, to] as const,
  },
  /** GET /api/analytics: one entry per question, so going back to a view is instant. */
  analytics: {
    all: (workspaceId: string) => ["workspace", workspaceId, "analytics"] as const,
    question: (
      workspaceId: string,
      q: { channels: readonly string[]; from: string; to: string; granularity: string; tz: string },
    ) =>
      [
        "workspace",
        workspaceId,
        "analytics",
        q.channels.join(",") || "all",
        q.from,
        q.to,
        q.granularity,
        q.tz,
      ] as const,
  },
  /** GET /api/webhooks/{endpointId}/deliveries: one endpoint's delivery log. */
  webhooks: {
    deliveries: (workspaceId: string, endpointId: string) =>
      ["workspace", workspaceId, "webhooks", endpointId, "deliveries"] as const,
  },
  media: {
    all: (workspaceId: string) => ["workspace", workspaceId, "media"] as const,
    /** GET /api/media, optionally one kind (IMAGE, VIDEO, DOCUMENT, CAPTIONS). */
    library: (workspaceId: string, kind?: string) =>
      ["workspace", workspaceId, "media", "library", kind ?? "all"] as const,
  },
} as const;
