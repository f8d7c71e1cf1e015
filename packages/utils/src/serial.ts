/**
 * A serial queue: each operation starts once the one before it has settled (fulfilled or
 * rejected), and a failed operation does not stop the ones after it.
 * @example
 * const queue = serialQueue();
 * await Promise.all([queue(() => write(a)), queue(() => write(b))]); // a, then b
 */
export function serialQueue(): <T>(operation: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>) => {
    const run = tail.then(operation, operation);
    tail = run.catch(() => undefined);
    return run;
  };
}
