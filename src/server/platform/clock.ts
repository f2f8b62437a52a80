/** The only source of "now" on the server, so tests can move time (session expiry, throttling). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
