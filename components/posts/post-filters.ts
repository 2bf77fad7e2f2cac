// The Posts page's filters live in the URL (`?state=needs-attention&channel=…`) so a filtered view
// can be shared, bookmarked and reloaded. Read the same way by the server page (to prefetch) and by
// the client (to fetch), so both use one query key per filter.
import type { PostStateFilter } from "@/lib/services/posts/list-posts";
import { queryKeys } from "@/lib/query-keys";

export type PostFilters = { state: PostStateFilter | null; channel: string | null };

export const STATE_FILTERS: { value: PostStateFilter | null; label: string; empty: string }[] = [
  { value: null, label: "All", empty: "No posts yet" },
  { value: "scheduled", label: "Scheduled", empty: "No posts are scheduled." },
  { value: "published", label: "Published", empty: "Nothing has been published yet." },
  { value: "needs-attention", label: "Needs attention", empty: "No posts need attention." },
  { value: "drafts", label: "Drafts", empty: "No drafts." },
];

const STATES = new Set(STATE_FILTERS.map((filter) => filter.value).filter(Boolean));
const CHANNEL_ID = /^[A-Za-z0-9_-]{1,64}$/;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Unknown values are ignored: a stale or hand-edited link shows every post instead of an error. */
export function readPostFilters(params: SearchParams): PostFilters {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const state = get("state");
  const channel = get("channel");
  return {
    state: state && STATES.has(state as PostStateFilter) ? (state as PostStateFilter) : null,
    channel: channel && CHANNEL_ID.test(channel) ? channel : null,
  };
}

/** `?state=…&channel=…` (empty when showing everything). */
export function postFiltersQuery(filters: PostFilters): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("state", filters.state);
  if (filters.channel) params.set("channel", filters.channel);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Under the workspace's posts key, so every post mutation refreshes every filtered list too. */
export const postListKey = (workspaceId: string, filters: PostFilters) =>
  [...queryKeys.posts.all(workspaceId), "list", filters.state ?? "all", filters.channel ?? "all"] as const;
