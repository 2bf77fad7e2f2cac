// History posts are generated, never stored, so the few changes a client can make to one (DELETE,
// PARTIAL_UPDATE) are kept as a small overlay in state.ext.history: emptied by reset, snapshotted
// with the rest, and only ever as large as the number of history posts actually touched.
import type { SandboxPost, SandboxState } from "../state";
import { getExtension } from "../state";

/** What a PARTIAL_UPDATE may change on a post (posts/update-post.ts). */
interface HistoryEdit {
  commentary: string;
  contentCallToActionLabel?: string;
  contentLandingPage?: string;
  lastModifiedAt: number;
}

export interface HistoryOverlay {
  /** URN → deletedAt (sandbox time). */
  deleted: Record<string, number>;
  edits: Record<string, HistoryEdit>;
}

export function isHistoryPost(post: Pick<SandboxPost, "extra">): boolean {
  return post.extra?.history === true;
}

/** The overlay if any change was made (reads never create it, so it stays out of state until used). */
function overlayOf(state: SandboxState): HistoryOverlay | undefined {
  return state.ext.history as HistoryOverlay | undefined;
}

/** A fresh copy of a generated post with its recorded changes applied (callers may mutate it). */
export function withOverlay(state: SandboxState, post: SandboxPost): SandboxPost {
  const copy: SandboxPost = { ...post };
  const overlay = overlayOf(state);
  const edit = overlay?.edits[post.id];
  if (edit) {
    copy.commentary = edit.commentary;
    copy.isEditedByAuthor = true;
    copy.lastModifiedAt = edit.lastModifiedAt;
    if (edit.contentCallToActionLabel !== undefined)
      copy.contentCallToActionLabel = edit.contentCallToActionLabel;
    if (edit.contentLandingPage !== undefined) copy.contentLandingPage = edit.contentLandingPage;
  }
  const deletedAt = overlay?.deleted[post.id];
  if (deletedAt !== undefined) {
    copy.deletedAt = deletedAt;
    copy.lastModifiedAt = deletedAt;
  }
  return copy;
}

/**
 * Saves what a handler changed on a history post's copy (posts/update-post.ts calls this after
 * PARTIAL_UPDATE and DELETE); a no-op for stored posts, which are changed in place.
 */
export function recordHistoryChange(state: SandboxState, post: SandboxPost): void {
  if (!isHistoryPost(post)) return;
  const overlay = getExtension<HistoryOverlay>(state, "history", () => ({ deleted: {}, edits: {} }));
  if (post.deletedAt !== undefined) {
    overlay.deleted[post.id] = post.deletedAt;
    return;
  }
  if (post.isEditedByAuthor) {
    overlay.edits[post.id] = {
      commentary: post.commentary,
      ...(post.contentCallToActionLabel === undefined
        ? {}
        : { contentCallToActionLabel: post.contentCallToActionLabel }),
      ...(post.contentLandingPage === undefined ? {} : { contentLandingPage: post.contentLandingPage }),
      lastModifiedAt: post.lastModifiedAt,
    };
  }
}
