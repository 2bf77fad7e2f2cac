// The list of route modules the sandbox serves. Extension point: a new area of the API (posts,
// media, statistics, the /feed/update page…) is a `register…Routes(router)` function added here.
import { registerControlRoutes } from "./control/control-routes";
import { registerFeedRoutes } from "./feed/feed-routes";
import type { Router } from "./http/router";
import { registerMediaRoutes } from "./media-api/media-routes";
import { registerOAuthRoutes } from "./oauth/oauth-routes";
import { registerOrganizationRoutes } from "./orgs/org-routes";
import { registerPostRoutes } from "./posts/post-routes";
import { registerSampleRoutes } from "./samples/sample-routes";
import { registerStatisticsRoutes } from "./statistics/statistics-routes";

export type RouteModule = (router: Router) => void;

export const routeModules: RouteModule[] = [
  registerControlRoutes,
  registerOAuthRoutes,
  registerOrganizationRoutes,
  registerPostRoutes,
  registerMediaRoutes,
  registerStatisticsRoutes,
  registerFeedRoutes,
  registerSampleRoutes,
];

export function registerAllRoutes(router: Router, extra: readonly RouteModule[] = []): void {
  for (const register of [...routeModules, ...extra]) register(router);
}
