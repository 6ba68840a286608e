// Starts Swagger UI on the server's own OpenAPI document. validatorUrl: null keeps Swagger UI
// from sending the document to an outside validator: /docs makes no outside request.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
  });
});
