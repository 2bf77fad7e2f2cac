"use client";
// A yes/no question before something that cannot be undone, on the native modal <dialog>: the
// browser keeps focus inside it and makes the page behind it inert. Focus starts on Cancel (the
// safe answer) and goes back to whatever opened the dialog when it closes.
import { useId, useRef, type ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: "danger" | "primary";
  /** The confirmed work is running: the buttons wait and Escape does nothing. */
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "danger",
  loading = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog(open, cancelRef);
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      // Escape: the parent decides (it owns `open`), so the browser must not close it by itself.
      onCancel={(event) => {
        event.preventDefault();
        if (!loading) onCancel();
      }}
      // A click on the backdrop lands on the <dialog> itself; clicks inside land on its content.
      onClick={(event) => {
        if (event.target === event.currentTarget && !loading) onCancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open && (
        <div className="p-6">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <div id={descriptionId} className="mt-2 space-y-2 text-sm text-slate-600">
            {children}
          </div>
          <div className="mt-6 flex justify-end gap-2">
            <button
              ref={cancelRef}
              type="button"
              className={buttonClasses({ variant: "secondary" })}
              onClick={onCancel}
              disabled={loading}
            >
              {cancelLabel}
            </button>
            <Button variant={tone} onClick={onConfirm} loading={loading}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
