// Which API client the pages use: the real one by default, a fake one in component tests.
import { createContext, type ReactNode, useContext } from 'react';
import { type ApiClient, createApiClient } from './client';
import { readToken } from './token';

const defaultClient = createApiClient({ getToken: readToken });

const ApiContext = createContext<ApiClient>(defaultClient);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApiClient(): ApiClient {
  return useContext(ApiContext);
}
