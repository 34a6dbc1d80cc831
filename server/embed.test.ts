import { describe, expect, it } from 'vitest';
import { readServerConfig } from './config.js';
import { embedFrameAncestors } from './embed.js';

describe('the frame policy of /embed', () => {
  it('lets decks opened from disk frame it when any origin may', () => {
    expect(embedFrameAncestors('*')).toBe('* file:');
    expect(embedFrameAncestors('https://slides.example.org *')).toBe(
      'https://slides.example.org * file:',
    );
    expect(embedFrameAncestors('* file:')).toBe('* file:');
  });

  it('keeps a restricted list as configured', () => {
    expect(embedFrameAncestors('https://slides.example.org')).toBe('https://slides.example.org');
    expect(embedFrameAncestors("'self'")).toBe("'self'");
    expect(embedFrameAncestors("'none'")).toBe("'none'");
    expect(embedFrameAncestors('https://slides.example.org file:')).toBe(
      'https://slides.example.org file:',
    );
  });

  it('accepts file: in EMBED_ALLOWED_ORIGINS, and nothing else of a scheme', () => {
    expect(
      readServerConfig({ EMBED_ALLOWED_ORIGINS: 'https://slides.example.org file:' })
        .embedAllowedOrigins,
    ).toBe('https://slides.example.org file:');
    expect(() => readServerConfig({ EMBED_ALLOWED_ORIGINS: 'data:' })).toThrow(
      /EMBED_ALLOWED_ORIGINS/,
    );
    expect(() => readServerConfig({ EMBED_ALLOWED_ORIGINS: "file: 'none'" })).toThrow(
      /EMBED_ALLOWED_ORIGINS/,
    );
  });
});
