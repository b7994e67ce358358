/**
 * A Swagger UI plugin (browser code, served as /docs/static/theme/katalog-swagger-ui.js) that makes
 * /docs show its tag list, and then each operation opened, without converting Katalog's whole
 * OpenAPI 3.1 document first. See "Docs: time to the tag list" in docs/performance.md.
 *
 * Why: Swagger UI resolves `$ref`s lazily, one subtree (an operation, the security schemes) at a
 * time, through swagger-client's `resolveSubtree`. For OpenAPI 3.1 it picks the ApiDOM strategy,
 * which refracts the *whole* document into ApiDOM elements before dereferencing the subtree, and
 * Swagger UI hands it a fresh copy of the spec on every batch (`specSelectors.specJS()`), so its
 * cache never hits: the page paid a whole-document refract before the tag list (for the security
 * schemes) and again for every operation opened (measured: 2–4 s each on this machine, 28 s for
 * every path at once against 0.7–2.4 s with the JSON resolver).
 *
 * What it does, nothing else changes (the page still renders the document as OpenAPI 3.1):
 * 1. `resolveSubtree` of an OpenAPI 3.1 document goes through swagger-client's JSON (specmap)
 *    resolver, the one it uses for 3.0 and 2.0, which walks only the subtree asked for. The one
 *    difference that matters for a resolver: in 3.1 a `$ref` may have sibling keywords
 *    (`description`, `x-references`) that apply too, and the ApiDOM strategy merges the target with
 *    them (siblings win) while specmap would drop them. So the same merge is done first, for local
 *    references, over the copy of the spec the call was given (a cycle keeps its `$ref`).
 *    tests/browser.test.ts compares it with Swagger UI's own 3.1 resolver on five operations (every
 *    path was compared once: docs/performance.md says the one difference left).
 * 2. The security schemes (needed only by the Authorize dialog) are not resolved before the first
 *    render: not at all when they hold nothing to resolve (no `$ref`, no OpenID Connect discovery;
 *    Katalog's bearer key), else when the browser is idle.
 *
 * Written as plain ES5 in a string: it runs in the browser as is, under the docs' CSP
 * (`script-src 'self'`: a served file, no eval).
 */
export const SWAGGER_UI_PLUGIN_JS = `/* Katalog's Swagger UI plugin: see src/http/swagger-ui-plugin.ts */
(function () {
  'use strict';
  function isOpenApi31(spec) {
    return !!spec && typeof spec.openapi === 'string' && /^3\\.1\\./.test(spec.openapi);
  }
  function pointer(spec, ref) {
    return ref.slice(2).split('/').reduce(function (value, key) {
      return value == null ? value : value[key.replace(/~1/g, '/').replace(/~0/g, '~')];
    }, spec);
  }
  /** A copy of the spec where every local $ref with sibling keywords is the target merged with them. */
  function mergeRefSiblings(spec) {
    var inlining = [];
    function walk(value) {
      var out, key;
      if (Array.isArray(value)) return value.map(walk);
      if (value === null || typeof value !== 'object') return value;
      out = {};
      if (typeof value.$ref === 'string' && value.$ref.indexOf('#/') === 0 && Object.keys(value).length > 1 && inlining.indexOf(value.$ref) < 0) {
        var target = pointer(spec, value.$ref);
        if (target && typeof target === 'object' && !Array.isArray(target)) {
          inlining.push(value.$ref);
          for (key in target) out[key] = walk(target[key]);
          // Siblings after the target's keywords, as the ApiDOM strategy orders them.
          for (key in value) {
            if (key === '$ref') continue;
            delete out[key];
            out[key] = walk(value[key]);
          }
          // The target was itself a $ref: merge again, still guarding against the same cycle.
          if (typeof out.$ref === 'string' && Object.keys(out).length > 1) out = walk(out);
          inlining.pop();
          return out;
        }
      }
      for (key in value) out[key] = walk(value[key]);
      return out;
    }
    return walk(spec);
  }
  var plugin = {
    afterLoad: function (system) {
      var resolveSubtree = system.fn.resolveSubtree;
      system.fn.resolveSubtree = function (spec, path, options) {
        if (!isOpenApi31(spec)) return resolveSubtree(spec, path, options);
        var json = mergeRefSiblings(spec);
        json.openapi = '3.0.3';
        return resolveSubtree(json, path, options);
      };
    },
    statePlugins: {
      spec: {
        wrapActions: {
          requestResolvedSubtree: function (original, system) {
            return function (path) {
              if (path && path[0] === 'components' && path[1] === 'securitySchemes') {
                // Nothing to resolve (no $ref, no OpenID Connect discovery): the Authorize dialog
                // reads the schemes from the spec itself.
                var schemes = system.specSelectors.specJson().getIn(['components', 'securitySchemes']);
                var text = schemes && schemes.toJS ? JSON.stringify(schemes.toJS()) : '';
                if (!/"\\$ref"|"openIdConnect"/.test(text)) return { type: 'katalog_security_schemes_resolved' };
                var later = window.requestIdleCallback || function (fn) { return setTimeout(fn, 200); };
                later(function () { original(path); }, { timeout: 3000 });
                return { type: 'katalog_security_schemes_deferred' };
              }
              return original(path);
            };
          },
        },
      },
    },
  };
  // Swagger UI's DownloadUrl (which loads the spec) and this plugin: /docs's \`plugins\` option names this.
  window.katalogSwaggerUiPlugin = function () {
    return [window.SwaggerUIBundle.plugins.DownloadUrl, plugin];
  };
})();
`;
