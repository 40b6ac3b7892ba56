# Pameran: one app node. `docker compose up` runs two of them behind nginx (see docker-compose.yml).

# ---- build: install everything, build contracts, server and client, then drop dev dependencies ----
FROM node:24.11.1-bookworm-slim AS build
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Manifests first, so that source edits reuse the installed node_modules layer.
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY server/package.json server/
COPY client/package.json client/
COPY bench/package.json bench/
RUN npm ci --loglevel=error
COPY . .
RUN npm run build
RUN npm prune --omit=dev --loglevel=error \
 && mkdir -p /out \
 && for p in package.json package-lock.json node_modules scripts/start.mjs scripts/ensure-built.mjs scripts/admin.mjs \
      packages/contracts/package.json packages/contracts/dist packages/contracts/node_modules \
      server/package.json server/dist server/node_modules \
      client/package.json client/dist client/node_modules; do \
      if [ -e "$p" ]; then cp -a --parents "$p" /out/; fi; \
    done \
 && test -f /out/server/dist/main.js && test -f /out/client/dist/index.html \
 && test -f /out/packages/contracts/dist/index.js

# ---- runtime: built output and production dependencies only, as an unprivileged user ----
FROM node:24.11.1-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data \
    npm_config_update_notifier=false
WORKDIR /app
COPY --from=build --chown=node:node /out/ /app/
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"
# This is `npm start` (package.json: "start": "node scripts/start.mjs"): it starts one node with the
# environment given, everything being built already. Run without npm in between because npm's `sh -c` layer
# does not pass SIGTERM on: `docker stop` would leave the server to be killed instead of shutting down.
CMD ["node", "scripts/start.mjs"]
