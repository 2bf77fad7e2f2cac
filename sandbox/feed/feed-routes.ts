// The human view of posts: https://www.linkedin.com/feed/update/{urn} in sandbox form (doc §7.2).
import type { Router } from "../http/router";
import { feedUpdatePage } from "./feed-page";

export function registerFeedRoutes(router: Router): void {
  router.register({
    method: "GET",
    path: "/feed/update/{urn*}",
    handler: feedUpdatePage,
    description: "A post as LinkedIn displays it (HTML)",
  });
}
