// The Node options and environment the image runs the server with (Dockerfile: NODE_OPTIONS, MALLOC_ARENA_MAX),
// so benchmarks measure what production runs. BENCH_NODE_FLAGS="…" tries other flags.

/** Node flags of the production server. */
export const PRODUCTION_NODE_FLAGS: readonly string[] = (
  process.env.BENCH_NODE_FLAGS ?? "--max-semi-space-size=4 --max-old-space-size=96"
)
  .split(" ")
  .filter(Boolean);

/** Environment of the production server beside its flags. */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };
