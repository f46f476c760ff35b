/**
 * What every feature's web and API layers share: problem+json answers for every error,
 * ETags and {@code If-Match}, JSON merge patches, the request-size limit, the health
 * endpoint and the OpenAPI document.
 */
package dev.lodestar.web;
