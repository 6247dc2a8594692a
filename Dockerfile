# syntax=docker/dockerfile:1
# Build stage: install every dependency, type-check and bundle to JavaScript, check the content and
# prebuild the intent model for it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY intents ./intents
COPY locales ./locales
RUN npm run build && node dist/cli/main.js content check

# Runtime stage: the bundled code, the model and the content, run by plain node as the non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
# A small young generation and an old-generation cap keep the server near 120 MB after 10,000 messages (the live
# heap is about 35 MB; without them V8 keeps 200 MB of headroom); two malloc arenas for the training thread.
# Measured beside the bare bot, throughput relative to it did not change (see README, "Accuracy and benchmarks").
ENV NODE_OPTIONS="--max-semi-space-size=4 --max-old-space-size=96" MALLOC_ARENA_MAX=2
WORKDIR /app
# The build bundles the code with its dependencies (and htmx for the console): no node_modules at run time.
COPY package.json ./
COPY --from=build /app/dist ./dist
# The prebuilt model and the parsed content files (keyed by their text), for a start in under a second.
COPY --from=build /app/.cache ./.cache
COPY --from=build /app/intents ./intents
COPY --from=build /app/locales ./locales
USER node
ENTRYPOINT ["node"]
CMD ["dist/main.js"]
