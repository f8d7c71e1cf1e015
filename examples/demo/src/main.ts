// The demo (a relay + mailserver node, two TCP clients and a WebSocket client playing public, 1:1
// and group chats) is not built yet: the layers it needs are still in progress. See README.md.
console.log(
  'statuskit: packages built. The demo is not implemented yet: see README.md for the state of each layer.',
);
