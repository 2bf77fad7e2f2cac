// The time limits of one safeFetch (overall and idle) and the caller's cancel, as one AbortSignal
// whose reason is always a SafeFetchError; and the mapping of socket errors to plain words.
import { SafeFetchError, safeFetchMessages } from "@/lib/net/safe-fetch-error";

/** The overall and idle timers, and the caller's cancel, as one AbortSignal with a typed reason. */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly overall: NodeJS.Timeout;
  private idle: NodeJS.Timeout | undefined;
  private readonly aborted: Promise<never>;
  private readonly forwardCancel = () =>
    this.controller.abort(new SafeFetchError("ABORTED", safeFetchMessages.ABORTED));

  constructor(
    timeoutMs: number,
    private readonly idleTimeoutMs: number,
    private readonly callerSignal: AbortSignal | undefined,
  ) {
    this.overall = setTimeout(() => this.timeOut(), timeoutMs);
    this.touch();
    if (callerSignal?.aborted) this.forwardCancel();
    callerSignal?.addEventListener("abort", this.forwardCancel, { once: true });
    this.aborted = new Promise<never>((_, reject) => this.onAbort(reject));
    this.aborted.catch(() => {});
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The site said something: restart the idle timer. */
  touch(): void {
    clearTimeout(this.idle);
    if (!this.signal.aborted) this.idle = setTimeout(() => this.timeOut(), this.idleTimeoutMs);
  }

  onAbort(listener: (reason: SafeFetchError) => void): void {
    if (this.signal.aborted) listener(this.signal.reason as SafeFetchError);
    else
      this.signal.addEventListener("abort", () => listener(this.signal.reason as SafeFetchError), {
        once: true,
      });
  }

  /** Settles with `work`, or rejects with the reason as soon as the deadline aborts. */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.aborted]);
  }

  dispose(): void {
    clearTimeout(this.overall);
    clearTimeout(this.idle);
    this.callerSignal?.removeEventListener("abort", this.forwardCancel);
  }

  translate(error: unknown, url: URL | undefined): SafeFetchError {
    if (error instanceof SafeFetchError) return error;
    if (this.signal.aborted && this.signal.reason instanceof SafeFetchError) return this.signal.reason;
    const code = String((error as NodeJS.ErrnoException)?.code ?? "");
    const context = { url: url?.href, detail: code || String(error), cause: error };
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
      return new SafeFetchError("DNS_FAILED", safeFetchMessages.DNS_FAILED(url?.hostname ?? "?"), context);
    if (/CERT|^ERR_TLS_|^ERR_SSL_|^UNABLE_TO_|SELF_SIGNED|^ERR_OSSL/.test(code))
      return new SafeFetchError("TLS_FAILED", safeFetchMessages.TLS_FAILED, context);
    if (code.startsWith("HPE_") || code.startsWith("Z_"))
      return new SafeFetchError("BAD_RESPONSE", safeFetchMessages.BAD_RESPONSE, context);
    return new SafeFetchError("CONNECTION_FAILED", safeFetchMessages.CONNECTION_FAILED, context);
  }

  private timeOut(): void {
    this.controller.abort(new SafeFetchError("TIMEOUT", safeFetchMessages.TIMEOUT));
  }
}
