// Organization routes under api.linkedin.com/rest.
import type { Router } from "../http/router";
import { getOrganizationAcls, postOrganizationAcls } from "./acls";
import {
  getOrganization,
  getOrganizationLookup,
  getOrganizations,
  getOrganizationsLookup,
} from "./organizations";

export function registerOrganizationRoutes(router: Router): void {
  router.register({
    method: "GET",
    path: "/rest/organizationAcls",
    handler: getOrganizationAcls,
    description: "Finders q=roleAssignee and q=organization (role, state, start, count)",
  });
  router.register({
    method: "POST",
    path: "/rest/organizationAcls",
    handler: postOrganizationAcls,
    requireRestliMethod: ["BATCH_CREATE", "BATCH_PARTIAL_UPDATE"],
    description: "BATCH_CREATE role assignments, BATCH_PARTIAL_UPDATE their state",
  });
  router.register({
    method: "GET",
    path: "/rest/organizations/{id}",
    handler: getOrganization,
    description: "Administered organization (403 for non-administrators)",
  });
  router.register({
    method: "GET",
    path: "/rest/organizations",
    handler: getOrganizations,
    description: "BATCH_GET ids=List(...) and finders vanityName, emailDomain, parentOrganization",
  });
  router.register({
    method: "GET",
    path: "/rest/organizationsLookup/{id}",
    handler: getOrganizationLookup,
    description: "Any organization, limited fields",
  });
  router.register({
    method: "GET",
    path: "/rest/organizationsLookup",
    handler: getOrganizationsLookup,
    description: "BATCH_GET of the limited view",
  });
}
