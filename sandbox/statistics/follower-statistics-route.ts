// GET /rest/organizationalEntityFollowerStatistics?q=organizationalEntity (doc §12.6): lifetime
// follower counts by 7 facets, or DAY/WEEK/MONTH follower gains; and GET /rest/networkSizes/{urn}
// ?edgeType=COMPANY_FOLLOWED_BY_MEMBER for the total.
import type { RequestContext } from "../http/context";
import { badRequest, invalidParam, notFound } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { requireScope } from "../rest/require-scope";
import { project, stringParam, stringPathKey } from "../restli/responses";
import {
  followerDemographics,
  networkSize,
  timeBoundFollowerGains,
  toFollowerGainsElement,
  toLifetimeFollowerStatisticsElement,
  toNetworkSizeResponse,
} from "../stats";
import { findOrganization, parseOrganizationUrn } from "../world";
import { followerProfileFor } from "./org-profiles";
import { authorizeOrgStatistics, STATISTICS_PAGING } from "./statistics-access";
import { clipToWindow, readTimeIntervals } from "./time-intervals";

export const NETWORK_EDGE_TYPE = "COMPANY_FOLLOWED_BY_MEMBER";

export function getFollowerStatistics(ctx: RequestContext): Reply {
  const org = authorizeOrgStatistics(ctx);
  const now = ctx.now();
  const options = { now, profile: followerProfileFor(ctx.state, org) };
  const intervals = readTimeIntervals(ctx, ["DAY", "WEEK", "MONTH"]);
  const elements = intervals
    ? timeBoundFollowerGains(org, clipToWindow(intervals.range, now), intervals.granularity, options).map(
        (b) => toFollowerGainsElement(org, b),
      )
    : [toLifetimeFollowerStatisticsElement(org, followerDemographics(org, networkSize(org, options)))];
  return json(200, project(ctx, { paging: STATISTICS_PAGING, elements }));
}

export function getNetworkSize(ctx: RequestContext): Reply {
  const urn = stringPathKey(ctx, "id");
  const orgId = parseOrganizationUrn(urn);
  if (orgId === undefined)
    throw badRequest(`Invalid network URN "${urn}": expected urn:li:organization:{id}`, "INVALID_URN_ID");
  const edgeType = stringParam(ctx, "edgeType");
  if (edgeType !== NETWORK_EDGE_TYPE)
    throw invalidParam(`Invalid value for parameter "edgeType": expected ${NETWORK_EDGE_TYPE}`);
  requireScope(ctx, ["rw_organization_admin", "r_organization_admin", "r_organization_social"]);
  if (!findOrganization(ctx.state.world, orgId)) throw notFound(`Organization ${urn} does not exist`);
  const size = networkSize(urn, { now: ctx.now(), profile: followerProfileFor(ctx.state, urn) });
  return json(200, toNetworkSizeResponse(size));
}
