// Test hygiene (style.md §9): logs are silent and any console call is a bug.
process.env.EVALTAB_LOG_LEVEL = 'silent';
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[method] = (...args: unknown[]) => {
    throw new Error(`console.${method} called in a test: ${args.map(String).join(' ')}`);
  };
}
