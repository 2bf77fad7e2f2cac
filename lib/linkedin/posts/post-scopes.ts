// Which scope each posts call needs (doc §7): members write with w_member_social and read with
// r_member_social (restricted: most apps lack it, so reading a member's posts back may be refused),
// Pages use the organization pair. Passed as requiredScopes so a 403 names what is missing.
export function postWriteScopes(author?: string): readonly string[] {
  if (author?.startsWith("urn:li:organization:")) return ["w_organization_social"];
  if (author?.startsWith("urn:li:person:")) return ["w_member_social"];
  return ["w_member_social", "w_organization_social"];
}

export function postReadScopes(author?: string): readonly string[] {
  if (author?.startsWith("urn:li:organization:")) return ["r_organization_social"];
  if (author?.startsWith("urn:li:person:")) return ["r_member_social"];
  return ["r_member_social", "r_organization_social"];
}
