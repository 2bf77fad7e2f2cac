"use client";
// The browser's IANA time zone: the calendar shows times where the person looking at it is. The
// server cannot know it, so it is null there and during hydration, then the real zone.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, () => null);
}
