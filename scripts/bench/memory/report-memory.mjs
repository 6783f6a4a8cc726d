// Loaded with --import into each process the memory benchmark measures: on SIGUSR2 it writes the
// process's own view of its memory (V8 heap, external buffers) to MEMORY_REPORT_FILE, which the
// benchmark reads beside what the kernel says the process holds.
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
  const file = process.env.MEMORY_REPORT_FILE;
  if (file) writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), at: Date.now() }));
});
