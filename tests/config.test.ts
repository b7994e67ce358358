import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DATABASE_PATH: './data/katalog.db', SEED_ON_START: true });
  });

  it('parses values from the environment', () => {
    const c = loadConfig({
      PORT: '8080',
      SEED_ON_START: 'false',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      TRUST_PROXY: '10.0.0.0/8, loopback',
    });
    expect(c).toMatchObject({
      PORT: 8080,
      SEED_ON_START: false,
      CORS_ORIGINS: ['https://a.example', 'https://b.example'],
      TRUST_PROXY: ['10.0.0.0/8', 'loopback'],
    });
    // Origins as browsers send them, which is what they are compared with (hostile 16 H16-2's class).
    expect(
      loadConfig({ CORS_ORIGINS: 'https://App.Example:443, http://b.example:8080, http://[::1]:80' }).CORS_ORIGINS,
    ).toEqual(['https://app.example', 'http://b.example:8080', 'http://[::1]']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example:99999' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
  });

  it('rejects bad values with a message naming each variable', () => {
    const run = () => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', SEED_ON_START: 'yes', TRUST_PROXY: 'my-lb' });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/^Invalid configuration:/);
      expect(message).toContain('PORT="eighty"');
      expect(message).toContain('LOG_LEVEL="loud"');
      expect(message).toContain('SEED_ON_START="yes"');
      expect(message).toContain('TRUST_PROXY="my-lb": invalid IP address: my-lb');
    }
  });
});
