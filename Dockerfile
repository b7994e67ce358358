# syntax=docker/dockerfile:1
# Katalog: one image for every role (docs/deploying.md). By default the single process (`npm start`);
# deploy/compose.yml runs it as the primary under Litestream (deploy/primary.sh) and as read nodes.
# The Litestream binary comes from the npm package @flydotio/litestream, published for linux/amd64
# only: build with --platform=linux/amd64 (elsewhere set LITESTREAM_PATH to a Litestream 0.3.13).

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary; the toolchain is there for when none matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY seed ./seed
COPY migrations ./migrations
# npm ci builds dist/ (prepare), then the dev dependencies go.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/data/katalog.db
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/migrations ./migrations
COPY --chown=node:node deploy ./deploy
RUN mkdir -p /data /replica && chown node:node /data /replica
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/server.js"]
