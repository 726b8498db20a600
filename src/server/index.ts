// The local server: the JSON API and the web app over a store, and starting it on a port.
export * from './api.js';
export { type AppOptions, createApp } from './app.js';
export { CONTENT_SECURITY_POLICY, isLoopbackHost, SECURITY_HEADERS } from './security.js';
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  isAddressInUse,
  type RunningServer,
  type ServerOptions,
  serverUrl,
  startServer,
} from './start-server.js';
export { defaultWebRoot } from './web-app.js';
