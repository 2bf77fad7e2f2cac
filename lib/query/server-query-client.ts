// One QueryClient per server request (React's cache), for prefetching in server pages; the
// client hydrates it through <HydrationBoundary>.
import { QueryClient } from "@tanstack/react-query";
import { cache } from "react";

export const getServerQueryClient = cache(
  () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
);
