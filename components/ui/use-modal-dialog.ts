"use client";
// The native modal <dialog> driven by a parent's `open`: showModal() keeps focus inside and makes
// the page behind inert; focus starts on `initialFocus` and returns to whatever opened the dialog;
// a dialog still open when its component goes away is closed. Used by every dialog and sheet.
import { useEffect, useRef, type RefObject } from "react";

export function useModalDialog(
  open: boolean,
  initialFocus: RefObject<HTMLElement | null>,
): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      initialFocus.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const opener = returnFocusRef.current;
      if (opener?.isConnected) opener.focus();
      returnFocusRef.current = null;
    }
  }, [open, initialFocus]);

  useEffect(() => {
    const dialog = dialogRef.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return dialogRef;
}
