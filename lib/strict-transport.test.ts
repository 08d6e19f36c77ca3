import { describe, expect, it } from 'vitest';
import { cameOverHttps } from './strict-transport';

describe('HSTS', () => {
  it('is sent for requests that came over HTTPS, directly or through a proxy, and not over plain HTTP', () => {
    expect(cameOverHttps({ encrypted: true, forwardedProto: undefined })).toBe(true);
    expect(cameOverHttps({ encrypted: false, forwardedProto: 'https' })).toBe(true);
    expect(cameOverHttps({ encrypted: false, forwardedProto: 'HTTPS, http' })).toBe(true);
    expect(cameOverHttps({ encrypted: false, forwardedProto: 'http' })).toBe(false);
    expect(cameOverHttps({ encrypted: false, forwardedProto: undefined })).toBe(false);
  });
});
