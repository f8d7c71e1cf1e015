/**
 * @statuskit/mvds: see README.md. This layer is under construction; nothing is exported yet.
 */
export {};
