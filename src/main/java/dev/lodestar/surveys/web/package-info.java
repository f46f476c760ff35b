/**
 * The survey's pages: answering it, editing its questions, and its results.
 */
package dev.lodestar.surveys.web;
