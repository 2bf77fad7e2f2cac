// The list of route modules the sandbox serves. Extension point: a new area of the API (posts,
// media, statistics, the /feed/update page…) is a `register…Routes(router)` function added here.
import { registerControlRoutes } from "./control/control-routes";
import type { Router } from "./http/router";
import { registerOAuthRoutes } from "./oauth/oauth-routes";
import { registerOrganizationRoutes } from "./orgs/org-routes";

export type RouteModule = (router: Router) => void;

export const routeModules: RouteModule[] = [
  registerControlRoutes,
  registerOAuthRoutes,
  registerOrganizationRoutes,
];

export function registerAllRoutes(router: Router, extra: readonly RouteModule[] = []): void {
  for (const register of [...routeModules, ...extra]) register(router);
}
