/** The few `chrome.*` APIs this example uses (no @types/chrome dependency). */
declare namespace chrome.runtime {
  interface MessageSender {
    id?: string;
    url?: string;
  }
  const onMessage: {
    addListener(
      callback: (
        message: unknown,
        sender: MessageSender,
        sendResponse: (response: unknown) => void,
      ) => boolean | undefined,
    ): void;
  };
  function sendMessage(message: unknown): Promise<unknown>;
  const id: string;
}
