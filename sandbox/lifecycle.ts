// Per-state lifecycle hooks for resources that live outside the JSON state (e.g. uploaded media
// bytes in temp files): `onReset` runs on POST /_sandbox/reset, `onClose` when the server closes.
// Keyed by the state object, so two sandboxes in one process never touch each other's resources.
import type { SandboxState } from "./state";

interface Hooks {
  reset: Set<() => void>;
  close: Set<() => void | Promise<void>>;
}

const registry = new WeakMap<SandboxState, Hooks>();

function hooksOf(state: SandboxState): Hooks {
  let hooks = registry.get(state);
  if (!hooks) {
    hooks = { reset: new Set(), close: new Set() };
    registry.set(state, hooks);
  }
  return hooks;
}

export function onReset(state: SandboxState, hook: () => void): void {
  hooksOf(state).reset.add(hook);
}

export function onClose(state: SandboxState, hook: () => void | Promise<void>): void {
  hooksOf(state).close.add(hook);
}

export function runResetHooks(state: SandboxState): void {
  for (const hook of registry.get(state)?.reset ?? []) hook();
}

/** Runs every close hook once (errors are logged, never thrown) and forgets them. */
export async function runCloseHooks(state: SandboxState): Promise<void> {
  const hooks = registry.get(state);
  if (!hooks) return;
  registry.delete(state);
  for (const hook of hooks.close) {
    try {
      await hook();
    } catch (error) {
      console.error("[sandbox] close hook failed:", error);
    }
  }
}
