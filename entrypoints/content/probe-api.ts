/**
 * The few extension APIs the probe and its second part use, under the `chrome` namespace (promise-based in MV3,
 * Firefox's included), and only when needed: a page the gate stops never has the extension's bindings set up in its
 * world (each API touched costs a page time and heap). No polyfill: these scripts run on every page.
 */
interface ExtensionApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export const extension = (): ExtensionApi => (globalThis as unknown as { chrome: ExtensionApi }).chrome;
