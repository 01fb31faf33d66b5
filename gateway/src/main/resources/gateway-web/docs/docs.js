// Swagger UI over the network's merged API document. It lives in this file, not inline in the page,
// so that the page's Content-Security-Policy allows no inline script. Signing in is the realm's
// authorization code flow with PKCE for the public client gazetteer-web; the realm's URLs come from
// the document's oauth2 security scheme.
window.addEventListener('load', function () {
  'use strict';
  var ui = SwaggerUIBundle({
    url: '/openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'BaseLayout',
    // no call to an online validator, and no spec or config taken from the page's query
    validatorUrl: null,
    queryConfigEnabled: false,
    oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect.html',
  });
  ui.initOAuth({
    clientId: 'gazetteer-web',
    usePkceWithAuthorizationCodeGrant: true,
  });
  window.ui = ui;
});
