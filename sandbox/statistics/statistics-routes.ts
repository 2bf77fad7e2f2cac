// Organization statistics routes under api.linkedin.com/rest (doc §12).
import type { Router } from "../http/router";
import { getFollowerStatistics, getNetworkSize } from "./follower-statistics-route";
import { getShareStatistics } from "./share-statistics-route";

export function registerStatisticsRoutes(router: Router): void {
  router.register({
    method: "GET",
    path: "/rest/organizationalEntityShareStatistics",
    handler: getShareStatistics,
    description:
      "FINDER q=organizationalEntity: lifetime, timeIntervals DAY/MONTH, or shares/ugcPosts per post",
  });
  router.register({
    method: "GET",
    path: "/rest/organizationalEntityFollowerStatistics",
    handler: getFollowerStatistics,
    description: "FINDER q=organizationalEntity: 7 facets (lifetime) or follower gains per DAY/WEEK/MONTH",
  });
  router.register({
    method: "GET",
    path: "/rest/networkSizes/{id}",
    handler: getNetworkSize,
    description: "edgeType=COMPANY_FOLLOWED_BY_MEMBER → {firstDegreeSize}",
  });
}
