// Deterministic synthetic LinkedIn statistics for the sandbox (§12): the same organisation, post
// and clock always give the same numbers, and every element builder returns LinkedIn's JSON shape.
export * from "./follower-demographics";
export * from "./follower-stats";
export * from "./organization-share-stats";
export * from "./post-stats";
export * from "./prng";
export * from "./share-statistics";
export * from "./utc-time";
