// Session ids of unfinished uploads, kept in localStorage so that picking the same file again
// after a reload continues the upload instead of starting over. Storage may be unavailable
// (private mode, quota): then uploads still work, they just cannot resume across reloads.
import type { SessionMemory } from "@/lib/media/resumable-upload";

export function browserSessionMemory(): SessionMemory | undefined {
  if (typeof window === "undefined") return undefined;
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch {
      return undefined;
    }
  };
  return {
    get: (key) => attempt(() => window.localStorage.getItem(key)) ?? undefined,
    set: (key, sessionId) => void attempt(() => window.localStorage.setItem(key, sessionId)),
    delete: (key) => void attempt(() => window.localStorage.removeItem(key)),
  };
}
