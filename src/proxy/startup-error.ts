/** A problem that stops the proxy from starting, with a message for the person who started it. */
export class StartupError extends Error {}
