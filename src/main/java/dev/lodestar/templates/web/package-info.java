/**
 * The template library's page: templates by area and words, each with its key results and
 * its weak version, the form that starts a draft from one, and the form with which admins
 * and champions add and delete the organisation's own.
 */
package dev.lodestar.templates.web;
