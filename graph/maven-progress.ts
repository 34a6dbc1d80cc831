// Turns Maven's batch output into a few lines a newcomer can read: how many artifacts it has
// downloaded and how much, what failed, and nothing else. Maven 3.8 prints colour escapes even in
// batch mode, and one line per download (hundreds on a first build of the launcher).

// eslint-disable-next-line no-control-regex -- ANSI escapes start with the ESC control character
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const DOWNLOADED = /^\[INFO\] Downloaded from [^:]+: (\S+) \(([\d.]+) (B|kB|MB|GB) at/;
const UNITS: Record<string, number> = { B: 1, kB: 1_000, MB: 1_000_000, GB: 1_000_000_000 };
/** A progress line at most this often (bytes), so a first build prints tens of lines. */
const REPORT_EVERY = 10_000_000;

export interface MavenProgress {
  /** Feeds one line of Maven's output; returns what to show of it (nothing, mostly). */
  line(raw: string): string | null;
  /** The closing summary. */
  summary(): string | null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function mavenProgress(): MavenProgress {
  let files = 0;
  let bytes = 0;
  let reported = 0;
  return {
    line(raw) {
      const text = raw.replace(ANSI, '').trimEnd();
      const download = DOWNLOADED.exec(text);
      if (download) {
        files += 1;
        bytes += Number(download[2]) * (UNITS[download[3] ?? 'B'] ?? 1);
        if (bytes - reported < REPORT_EVERY) return null;
        reported = bytes;
        const name = download[1]?.split('/').pop() ?? '';
        return `  Maven: ${files} files, ${megabytes(bytes)} downloaded (now ${name})`;
      }
      if (/^\[(ERROR|WARNING)\]/.test(text) || /BUILD (SUCCESS|FAILURE)/.test(text)) {
        return `  ${text.replace(/^\[INFO\] /, '')}`;
      }
      return null;
    },
    summary() {
      return files === 0 ? null : `  Maven: ${files} files, ${megabytes(bytes)} downloaded`;
    },
  };
}
