// Hands snapshots of an upload state to the caller's onState in order, one at a time: parts finish
// concurrently, and an async save (a database write) must never let an older snapshot land after
// a newer one. A failed save fails the upload: progress the caller cannot persist is not progress.

export interface StateSaver<S> {
  save(state: S): void;
  /** Resolves when every snapshot so far has been handed over; rejects with the first save error. */
  flush(): Promise<void>;
}

export function createStateSaver<S>(
  onState: ((state: S) => void | Promise<void>) | undefined,
): StateSaver<S> {
  let chain: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  return {
    save(state) {
      if (!onState) return;
      const snapshot = structuredClone(state);
      chain = chain.then(async () => {
        if (failure) return;
        try {
          await onState(snapshot);
        } catch (error) {
          failure = { error };
        }
      });
    },
    async flush() {
      await chain;
      if (failure) throw failure.error;
    },
  };
}
