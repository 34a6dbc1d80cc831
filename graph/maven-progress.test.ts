import { describe, expect, it } from 'vitest';
import { mavenProgress } from './maven-progress.js';

const download = (file: string, size: string) =>
  `[INFO] Downloaded from central: https://repo.example/org/x/${file} (${size} at 2.1 MB/s)`;

describe('Maven progress', () => {
  it('counts downloads and reports every ten megabytes, naming the artifact, not the host', () => {
    const progress = mavenProgress();
    expect(progress.line(download('a-1.pom', '8.1 kB'))).toBeNull();
    expect(progress.line(download('neo4j-kernel-5.26.jar', '12 MB'))).toBe(
      '  Maven: 2 files, 12.0 MB downloaded (now neo4j-kernel-5.26.jar)',
    );
    expect(progress.line(download('b.jar', '500 kB'))).toBeNull();
    expect(progress.summary()).toBe('  Maven: 3 files, 12.5 MB downloaded');
  });

  it('drops colour escapes and chatter, keeps errors and the verdict', () => {
    const progress = mavenProgress();
    expect(progress.line('\u001b[0m\u001b[0m[INFO] Scanning for projects...')).toBeNull();
    expect(progress.line('\u001b[1m[ERROR]\u001b[m Failed to execute goal')).toBe(
      '  [ERROR] Failed to execute goal',
    );
    expect(progress.line('[INFO] BUILD SUCCESS')).toBe('  BUILD SUCCESS');
    expect(progress.summary()).toBeNull();
  });
});
