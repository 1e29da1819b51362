import { storage } from '#imports';
import { normalizeSecret, type OpenApiStatus, readOpenApiStatus } from '../lib/openapi-source';

/*
 * The OpenAPI secret key and the source's status, in storage.local only: never settings, never sync.
 * Only the background imports this file; no reply to any message carries the secret.
 */

const secretItem = storage.defineItem<unknown>('local:openapiSecret');

export async function loadApiSecret(): Promise<string | undefined> {
  return normalizeSecret(await secretItem.getValue());
}

export async function saveApiSecret(secret: string): Promise<void> {
  await secretItem.setValue(secret);
}

export async function clearApiSecret(): Promise<void> {
  await secretItem.removeValue();
}

const statusItem = storage.defineItem<unknown>('local:openapiStatus');

export async function loadOpenApiStatus(): Promise<OpenApiStatus> {
  return readOpenApiStatus(await statusItem.getValue());
}

export async function saveOpenApiStatus(status: OpenApiStatus): Promise<void> {
  await statusItem.setValue(status);
}
