// How often a worker says it is alive, and when silence means it is gone (used by /api/health
// and by the publishing sweep, which releases the work of a worker that is gone).
export const HEARTBEAT_INTERVAL_MS = 10_000;
export const WORKER_STALE_MS = 3 * HEARTBEAT_INTERVAL_MS;
