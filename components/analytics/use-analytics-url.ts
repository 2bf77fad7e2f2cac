"use client";
// Reads the filters and the open post from the URL, and writes them with the History API: Next's
// router picks the change up (useSearchParams updates) without a round trip to the server, and
// the back button walks through earlier views.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import {
  analyticsFiltersQuery,
  readAnalyticsFilters,
  type AnalyticsFilters,
} from "@/components/analytics/analytics-filters";

export function useAnalyticsUrl() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(
    () => readAnalyticsFilters(new URLSearchParams(searchParams.toString())),
    [searchParams],
  );
  const postId = searchParams.get("post");
  // Whether this page pushed the `?post=` entry: closing then goes back instead of adding one.
  const pushedPost = useRef(false);

  const setFilters = useCallback(
    (next: Partial<AnalyticsFilters>) => {
      const url = `${pathname}${analyticsFiltersQuery({ ...filters, ...next })}`;
      pushedPost.current = false;
      window.history.pushState(null, "", url);
    },
    [filters, pathname],
  );

  const openPost = useCallback(
    (id: string) => {
      window.history.pushState(null, "", `${pathname}${analyticsFiltersQuery(filters, { post: id })}`);
      pushedPost.current = true;
    },
    [filters, pathname],
  );

  const closePost = useCallback(() => {
    if (pushedPost.current) {
      pushedPost.current = false;
      window.history.back();
    } else {
      window.history.replaceState(null, "", `${pathname}${analyticsFiltersQuery(filters)}`);
    }
  }, [filters, pathname]);

  return { filters, postId, setFilters, openPost, closePost };
}
