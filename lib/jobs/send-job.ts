// Typed enqueue: the payload is validated against the job's schema before it reaches the queue.
import type { SendOptions } from "pg-boss";
import type { z } from "zod";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { getQueue } from "@/lib/jobs/queue";

export async function sendJob<Schema extends z.ZodType>(
  job: JobDefinition<Schema>,
  payload: z.infer<Schema>,
  options: SendOptions = {},
): Promise<string | null> {
  const data = job.schema.parse(payload) as object;
  const queue = await getQueue();
  return queue.send(job.name, data, options);
}
