// A job is a name, a zod payload schema and a handler; pg-boss does retries, backoff and timing.
import type { z } from "zod";

export type JobContext = { jobId: string; workerId: string; retryCount: number };

export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  name: string;
  schema: Schema;
  /** Queue policy for pg-boss: retries, expiry (a job killed mid-run is retried after it). */
  queue: {
    retryLimit: number;
    retryDelay?: number;
    retryBackoff?: boolean;
    expireInSeconds: number;
    /** pg-boss storage policy, fixed when the queue is created ("stately": one queued + one active per singletonKey). */
    policy?: "standard" | "stately";
  };
  /** Cron expression (UTC) for recurring jobs; pg-boss runs each tick once across all workers. */
  schedule?: string;
  /** How many jobs of this kind one worker process runs at once. */
  concurrency: number;
  handler: (payload: z.infer<Schema>, context: JobContext) => Promise<void>;
};

export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition;
}
