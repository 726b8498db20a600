// What the rest of the program may know of a PostgreSQL location without loading the driver: whether
// a location is one, and how to show it without its password.

export const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * A location for messages: a URL loses its password, anything else is left as it is. A password
 * holding a raw `@` (an invalid URL users still type) is cut at the last `@`, so no part of it shows.
 */
export function scrubPassword(location: string): string {
  const url = /^([a-z][a-z0-9+.-]*:\/\/)([^:/?#@]*):(.*)@([^@]*)$/is.exec(location);
  return url === null ? location : `${url[1]}${url[2]}@${url[4]}`;
}
