// Runs once when the Next server starts. Node-only work lives in a separate module so the
// Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerProcess } = await import("./lib/server-process");
    await startServerProcess();
  }
}
