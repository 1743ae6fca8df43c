import { STAFF_ENDPOINTS } from '@mocharaka/core/contract';

const PUBLIC_ENDPOINTS = new Set(
  STAFF_ENDPOINTS.filter((endpoint) => endpoint.roles === 'public').map(({ method, path }) => `${method} ${path}`),
);

/** The staff routes callable without being signed in (the sign-in itself). */
export function isPublicStaffEndpoint(method: string, path: string): boolean {
  return PUBLIC_ENDPOINTS.has(`${method.toUpperCase()} ${path}`);
}
