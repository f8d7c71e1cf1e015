/**
 * A dedicated worker for the Chromium tests: opens the WebSocket carrier to the URL it is sent and
 * echoes every byte back on the same stream, reporting what happened to the page.
 */
import { connectWebSocket } from '../../src/index.js';

const scope = globalThis as unknown as {
  onmessage: ((e: { data: { url: string } }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (e) => {
  try {
    const duplex = await connectWebSocket(e.data.url);
    let echoed = 0;
    duplex.addEventListener('data', (d) => {
      echoed += d.detail.length;
      duplex.send(d.detail);
    });
    duplex.addEventListener('close', (c) =>
      scope.postMessage({ closed: true, echoed, error: c.detail.error?.name ?? null }),
    );
    scope.postMessage({
      open: true,
      inWorker: typeof (globalThis as { document?: unknown }).document === 'undefined',
    });
  } catch (err) {
    scope.postMessage({ failed: String(err) });
  }
};
