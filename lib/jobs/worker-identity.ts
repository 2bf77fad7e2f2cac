// Identifies this process in heartbeats and in what a job records about who ran it.
import os from "node:os";

export const workerId = `${os.hostname()}:${process.pid}`;
