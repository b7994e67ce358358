import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { docsPlugin } from './http/docs.js';
import { errorsPlugin } from './http/errors.js';
import { Repository } from './repository/repository.js';
import { resources } from './resources/index.js';
import { registerResourceRoutes } from './resources/routes.js';
import { registerDatasetRoutes } from './routes/dataset.js';
import { registerSearchRoutes } from './search/search.routes.js';

export interface AppDeps {
  config: Config;
  db: Db;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the Katalog app on an open, migrated database. Never listens: server.ts does. */
export async function buildApp({ config, db }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 256 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(errorsPlugin);
  await app.register(docsPlugin, { config });

  const repo = new Repository(db, config.CURSOR_SECRET);
  registerDatasetRoutes(app, db, repo, config);
  registerSearchRoutes(app, db, repo, config);
  for (const resource of resources) registerResourceRoutes(app, resource, repo, config);
  return app;
}
