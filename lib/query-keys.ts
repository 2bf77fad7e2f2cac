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
  },
} as const;
