/**
 * The service worker: keeps the app shell (index.html, scripts, styles, icons) so the app opens
 * without a connection. It never touches /api/: data and readings go through the app, which keeps
 * its own per-account copies and queue. Pages are fetched from the network first (a new version is
 * seen at once) and from the shell when that fails; hashed assets from the cache first.
 */

// Minimal service-worker types: the project compiles against the DOM library, not WebWorker.
interface ExtendableEvent extends Event {
  waitUntil: (work: Promise<unknown>) => void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith: (response: Promise<Response>) => void;
}
interface WorkerScope {
  location: Location;
  skipWaiting: () => Promise<void>;
  clients: { claim: () => Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const worker = globalThis as unknown as WorkerScope;
// Filled in at build time by service-worker-plugin.ts with the built files and their hash.
const SHELL = JSON.parse("__ECOW_SHELL__") as { version: string; files: string[] };
const PREFIX = "ecow-shell-";
const CACHE = `${PREFIX}${SHELL.version}`;

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.files))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => worker.clients.claim()),
  );
});

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match("/index.html", { cacheName: CACHE });
    if (shell) return shell;
    throw error;
  }
}

async function asset(request: Request): Promise<Response> {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  // Lazy chunks left out of the shell (the charts) are kept once fetched: their names change with them.
  if (response.ok && new URL(request.url).pathname.startsWith("/assets/")) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== worker.location.origin || url.pathname.startsWith("/api/"))
    return;
  event.respondWith(request.mode === "navigate" ? page(request) : asset(request));
});
